using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Browser.Tests;

/// <summary>
/// "Update my plan" in Chromium, as the owner uses it: the manage page's link opens the intake form filled in with the
/// current intake, and sending it with a larger budget makes the plan's version 2. The form passes axe.
/// </summary>
public sealed class PlanUpdatePageTests(RolloutBrowserFixture fixture) : IClassFixture<RolloutBrowserFixture>
{
    [Fact]
    public async Task ManagePage_UpdateMyPlan_OpensThePrefilledForm_AndSendingItMakesVersion2()
    {
        var (planId, manage, _) = await fixture.NewPlanLinksAsync();
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(manage);
        driver.Visible("main");
        driver.FindElement(OpenQA.Selenium.By.LinkText("Update my plan")).Click();
        driver.WaitFor(() => driver.Css("#form-status").Text == "Your current answers are filled in." ? true : (bool?)null, "the current intake to load");
        Assert.Equal("Update your plan", driver.Css("h1").Text);
        Assert.Equal("Calm Harbor Counseling", driver.Css("[data-path='practice.name']").GetAttribute("value"));
        Assert.Equal("1200", driver.Css("[data-path='budget.monthly']").GetAttribute("value"));
        Assert.Equal(5, driver.All("#task-list > li").Count);
        Assert.Equal("Scheduling appointments", driver.All("#task-list [data-field=name]")[0].GetAttribute("value"));
        Axe.AssertNoViolations(driver, "the update form, filled in");

        driver.Fill("[data-path='budget.monthly']", "3000");
        driver.Css("#submit").Click();
        driver.WaitFor(() => driver.Url.EndsWith($"/plans/{planId}", StringComparison.Ordinal) ? true : (bool?)null, "the plan page after the update");

        var email = await fixture.Host.WaitForAsync(planId, "planupdate-2");
        Assert.StartsWith("Your updated delegation plan for Calm Harbor Counseling (version 2)", email.Subject, StringComparison.Ordinal);
    }
}
