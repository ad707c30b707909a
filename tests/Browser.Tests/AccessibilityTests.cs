using System.Net;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Browser.Tests;

/// <summary>A host whose weeks pass in seconds, so the emails with check-in and manage links arrive during a test.</summary>
public sealed class RolloutBrowserFixture : BrowserFixture
{
    readonly SemaphoreSlim gate = new(1, 1);
    (string PlanId, Uri Manage, Uri CheckIn)? links;

    protected override IDictionary<string, string>? HostSettings => new Dictionary<string, string>
    {
        ["Workflow__TimeScale"] = "50000",
        ["Workflow__HireReminderDelay"] = "2.00:00:00",
    };

    /// <summary>One plan, taken as a practice owner would to its first check-in: the links its emails carry.</summary>
    public async Task<(string PlanId, Uri Manage, Uri CheckIn)> PlanLinksAsync()
    {
        await gate.WaitAsync();
        try
        {
            return links ??= await FollowEmailsAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A plan of its own, taken to its first check-in, for a test that uses its single-use links up.</summary>
    public Task<(string PlanId, Uri Manage, Uri CheckIn)> NewPlanLinksAsync() => FollowEmailsAsync();

    async Task<(string, Uri, Uri)> FollowEmailsAsync()
    {
        using var response = await Host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        var plan = await Host.WaitForStatusAsync(planId, "Active");
        var role = plan.GetProperty("supportMix")[0].GetProperty("role").GetString()!;

        var manage = Outbox.LinkIn(await Host.WaitForAsync(planId, $"hire-{role}-1"), "/manage?token=");
        var token = System.Web.HttpUtility.ParseQueryString(manage.Query)["token"]!;
        var hire = new JsonObject { ["role"] = role, ["name"] = "Jo Park", ["email"] = "jo@example.com" };
        using var registered = await Host.Http.PostAsync($"api/plans/{planId}/delegates?token={Uri.EscapeDataString(token)}", Intakes.Json(hire));
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        var checkIn = Outbox.LinkIn(await Host.WaitForAsync(planId, $"remind-{role}-1-owner"), "/checkins/");
        return (planId, manage, checkIn);
    }
}

/// <summary>
/// axe-core in Chromium on every page a practice owner sees: the intake form, the plan page, the check-in
/// page and the manage page, each in the states that show different elements.
/// </summary>
public sealed class AccessibilityTests(RolloutBrowserFixture fixture) : IClassFixture<RolloutBrowserFixture>
{
    [Fact]
    public void IntakeForm_Empty_WithTaskRows_AndWithErrors_HasNoAxeViolations()
    {
        var driver = fixture.Driver;
        driver.Navigate().GoToUrl(fixture.Url("/"));
        driver.Visible("#task-list > li");
        Axe.AssertNoViolations(driver, "the empty intake form");

        driver.Css("#suggestions [data-suggestion='Scheduling appointments']").Click();
        driver.Css("#add-task").Click();
        Assert.NotEmpty(driver.All("#task-list .remove"));
        Axe.AssertNoViolations(driver, "the intake form with task rows");

        driver.Fill("#practice-email", "not-an-email");
        driver.Css("#submit").Click();
        driver.Visible("#error-summary");
        Axe.AssertNoViolations(driver, "the intake form showing errors");
    }

    [Fact]
    public async Task PlanPage_WithDelegatedAndKeptTasks_HasNoAxeViolations()
    {
        var (planId, _, _) = await fixture.PlanLinksAsync();
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(fixture.Url($"/plans/{planId}"));
        driver.Visible("#plan-ranking", TimeSpan.FromSeconds(30));
        Assert.NotEmpty(driver.All("#plan-ranking .kept"));

        Axe.AssertNoViolations(driver, "the plan page");
    }

    [Fact]
    public async Task CheckInPage_AndItsThanks_HaveNoAxeViolations()
    {
        var (_, _, checkIn) = await fixture.PlanLinksAsync();
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(checkIn);
        driver.Visible("form.card");
        Axe.AssertNoViolations(driver, "the check-in page");

        driver.Css("#on-yes").Click();
        driver.Css("#more-no").Click();
        driver.Css("button[type=submit]").Click();
        driver.WaitFor(() => driver.Css("h1").Text == "Thank you", "the check-in to be recorded");
        Axe.AssertNoViolations(driver, "the check-in thanks");
    }

    [Fact]
    public async Task ManagePage_HasNoAxeViolations()
    {
        var (_, manage, _) = await fixture.PlanLinksAsync();
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(manage);
        driver.Visible("form.card");

        Axe.AssertNoViolations(driver, "the manage page");
    }
}
