using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Browser.Tests;

/// <summary>
/// An SOP change in Chromium, as the owner makes it: the check-in page's "An SOP needs a change" part, then the
/// review page behind the emailed link, approved with its form. Both pages pass axe, and they are the README's pictures.
/// </summary>
public sealed class SopChangePageTests(RolloutBrowserFixture fixture) : IClassFixture<RolloutBrowserFixture>
{
    [Fact]
    public async Task CheckInPage_ProposesAnSopChange_AndTheReviewPageApprovesIt()
    {
        var (planId, _, checkIn) = await fixture.NewPlanLinksAsync();
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(checkIn);
        driver.Visible("form.card");
        driver.Css("#on-yes").Click();
        driver.Css("#more-no").Click();
        var task = driver.All("#sopTaskId option").First(o => o.GetAttribute("value") is { Length: > 0 });
        var taskName = task.Text;
        driver.Select("#sopTaskId", task.GetAttribute("value")!);
        driver.Fill("#sopChange", "Add a last step: note in the weekly report anything this SOP did not cover, so we can add it.");
        Axe.AssertNoViolations(driver, "the check-in page proposing an SOP change");
        driver.SaveFullPageScreenshot(Screenshots.Path("checkin-page.png"));
        driver.Css("button[type=submit]").Click();
        driver.WaitFor(() => driver.Css("h1").Text == "Thank you", "the check-in to be recorded");

        // The change is reviewed under the check-in's id: the role's first check-in, whose reminder carried the link.
        var role = fixture.Host.MessagesFor(planId).Single(m => m.EndsWith("-1-owner", StringComparison.Ordinal))["remind-".Length..^"-1-owner".Length];
        var proposed = await fixture.Host.WaitForAsync(planId, $"sopchange-{role.ToLowerInvariant()}-1-proposed");
        var review = Outbox.LinkIn(proposed, "/sop-changes/");

        driver.Navigate().GoToUrl(review);
        driver.Visible("form.card");
        Assert.Equal($"Review a change to the SOP for {taskName}", driver.Css("h1").Text);
        Assert.Contains("anything this SOP did not cover", driver.Css("blockquote").Text, StringComparison.Ordinal);
        Assert.NotEmpty(driver.All(".card ol li"));
        Axe.AssertNoViolations(driver, "the SOP change review page");
        driver.SaveFullPageScreenshot(Screenshots.Path("sop-change-review.png"));

        driver.Css("#approve").Click();
        driver.Fill("#reason", "new clients were missing their confirmations");
        driver.Css("button[type=submit]").Click();
        driver.WaitFor(() => driver.Css("main").Text.Contains("gets it by email", StringComparison.Ordinal) ? true : (bool?)null, "the decision to be recorded");
        Axe.AssertNoViolations(driver, "the SOP change decision's thanks");
    }
}
