using System.Net;
using System.Text.Json;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Browser.Tests;

/// <summary>The plan page's states: planning, not found, and the sections later features add to the plan JSON.</summary>
public sealed class PlanPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // The page's own fetch, wrapped before the page runs: the first two answers say "still planning" (the
    // in-memory engine finishes too fast to watch), then the real plan comes through, with check-in history
    // and a monthly report added in the shape later features will store. Nothing else about the page is faked.
    const string PlanningThenHistory = """
        (() => {
          const realFetch = window.fetch.bind(window);
          const json = body => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
          window.__planFetches = 0;
          window.fetch = async (url, init) => {
            if (typeof url !== 'string' || !url.startsWith('/api/plans/')) return realFetch(url, init);
            window.__planFetches++;
            if (window.__planFetches <= 2) return json({ planId: 'x', status: 'Planning', stage: 'MatchingSupport', error: null });
            const plan = await (await realFetch(url, init)).json();
            plan.checkIns[0].history = [{ at: '2026-12-07T16:00:00Z', outcome: 'Held', summary: 'Scheduling <b>handed over</b>' }];
            plan.checkIns[0].moved = [{ at: '2026-05-26T13:30:00Z', movedFrom: '2026-05-25', holiday: 'Memorial <b>Day</b>' }];
            plan.reports = [{ month: '2026-12', hoursFreed: 9, summary: 'A calmer first month' }];
            return json(plan);
          };
        })();
        """;

    [Fact]
    public async Task PlanPage_WhilePlanning_ShowsTheStages_ThenThePlanWithHistoryAndReports_AndStopsPolling()
    {
        var planId = await SubmitAsync();
        await fixture.Host.WaitForStatusAsync(planId, "Active");
        var driver = fixture.Driver;
        var script = Chromium.OnEveryPage(driver, PlanningThenHistory);
        try
        {
            driver.Navigate().GoToUrl(fixture.Url($"/plans/{planId}"));

            var current = driver.Visible("#stages li[aria-current=step]");
            Assert.Equal("MatchingSupport", current.GetAttribute("data-stage"));
            Assert.Equal(["Received", "RankingTasks"], driver.All("#stages li.done").Select(e => e.GetAttribute("data-stage")));
            Assert.Contains("Matching support", driver.Css("#plan-status").Text, StringComparison.Ordinal);

            driver.Visible("#plan-reports", TimeSpan.FromSeconds(10));
            Assert.False(driver.Css("#progress").Displayed);
            var history = driver.Css("#plan-checkins details.history");
            history.Click();
            Assert.Contains("Scheduling <b>handed over</b>", history.Text, StringComparison.Ordinal);
            Assert.Contains("A calmer first month", driver.Css("#plan-reports").Text, StringComparison.Ordinal);
            // The plan's own series: the kickoff and first weeks from the stored plan, a holiday move as text.
            Assert.StartsWith("Kickoff ", driver.Css("#plan-checkins .series").Text, StringComparison.Ordinal);
            Assert.Contains("(Memorial <b>Day</b>) to", driver.Css("#plan-checkins .moved").Text, StringComparison.Ordinal);
            // A US practice reads its dates the US way, whatever the browser's own locale.
            Assert.Contains("Moved from Mon, May 25 (Memorial <b>Day</b>) to Tue, May 26.", driver.Css("#plan-checkins .moved").Text, StringComparison.Ordinal);
            Assert.Empty(driver.All("#plan b"));
            driver.SaveFullPageScreenshot(Path.Combine(Path.GetTempPath(), "delegation-screenshots", "plan-page-history.png"));

            var fetches = Convert.ToInt32(driver.ExecuteScript("return window.__planFetches;"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(3, fetches);
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Assert.Equal(fetches, Convert.ToInt32(driver.ExecuteScript("return window.__planFetches;"), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(Chromium.CspViolations(driver));
        }
        finally
        {
            Chromium.RemoveOnEveryPage(driver, script);
        }
    }

    [Fact]
    public async Task PlanPage_LinksTheHiringKit_BesideItsRole_AndTheLinkServesIt()
    {
        var planId = await SubmitAsync();
        var plan = await fixture.Host.WaitForStatusAsync(planId, "Active");
        var kit = Assert.Single(plan.GetProperty("hiringKits").EnumerateArray().ToList());
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(fixture.Url($"/plans/{planId}"));

        var link = driver.Visible("#plan-support th a.kit", TimeSpan.FromSeconds(10));
        Assert.Equal(kit.GetProperty("title").GetString(), link.Text);
        Assert.Contains("Virtual assistant", driver.Css("#plan-support tbody th").Text, StringComparison.Ordinal);
        link.Click();
        Assert.Equal("Hiring kit: virtual assistant", driver.Visible("h1").Text);
        Assert.EndsWith(kit.GetProperty("url").GetString()!, new Uri(driver.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_EveryTaskClinical_ListsThemAsStayingWithYou_NotRanked_AndLinksTheForm()
    {
        var planId = await SubmitAsync("""
            {"practice":{"name":"Still Water Psychotherapy","ownerName":"Grace Lin","email":"grace@example.com","timeZone":"America/Denver","sessionFee":180,"clientHoursPerWeek":28},
             "budget":{"monthly":500,"currency":"USD"},
             "tasks":[{"name":"Therapy sessions","category":"clinical","hoursPerWeek":28,"stress":2,"confidence":5,"repetitive":false,"involvesClientInfo":true},
                      {"name":"Progress notes","category":"clinical","hoursPerWeek":5,"stress":4,"confidence":3,"repetitive":true,"involvesClientInfo":true}]}
            """);
        await fixture.Host.WaitForStatusAsync(planId, "Active");
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(fixture.Url($"/plans/{planId}"));

        var stays = driver.Visible("#plan-stays", TimeSpan.FromSeconds(10));
        Assert.Contains("Therapy sessions", stays.Text, StringComparison.Ordinal);
        Assert.Contains("Progress notes", stays.Text, StringComparison.Ordinal);
        Assert.Empty(driver.All("#plan-ranking"));
        Assert.Contains("$500.00 a month is unspent. The admin around your sessions", driver.Css("#plan-summary").Text, StringComparison.Ordinal);
        // The form's link on its own line, with its full address (round 14: a bare "/" read as a stray marker).
        Assert.Equal(fixture.Url("/").ToString(), driver.Css("#plan-summary p > a").GetAttribute("href"));
        Assert.Equal("Start a new plan on the form", driver.Css("#plan-summary p > a").Text);
        // Two clinical tasks: "They are", as the email says.
        Assert.Contains("They are never handed to non-clinical support.", stays.Text, StringComparison.Ordinal);
        Assert.Contains("List the admin around your sessions on ", driver.Css("#plan-free").Text, StringComparison.Ordinal);
        // At the owner's check-in time (the default here), as the calendar's event and the email say.
        Assert.Matches(@"List the admin around your sessions on [^,]+, [^,]+, \d{4} at 08:30, if you have not", driver.Css("#plan-free").Text);
        // No associate is offered: the plan has no figures for one, as the email says none.
        Assert.DoesNotContain("associate therapist", driver.Css("#plan-summary").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_NothingAffordable_SaysThePercentageBillerBesideTheClaimsOption_NotAmongTheFreeSteps()
    {
        var planId = await SubmitAsync("""
            {"practice":{"name":"Harbor Light Counseling","ownerName":"Sam Rivera","email":"harbor@example.com","timeZone":"America/Los_Angeles","sessionFee":120,"clientHoursPerWeek":18},
             "budget":{"monthly":0},
             "tasks":[{"name":"Insurance claims","category":"billing","hoursPerWeek":3,"stress":5,"confidence":2,"repetitive":true,"involvesClientInfo":true},
                      {"name":"Blog posts","category":"marketing","hoursPerWeek":2,"stress":3,"confidence":2,"repetitive":false,"involvesClientInfo":false}]}
            """);
        await fixture.Host.WaitForStatusAsync(planId, "Active");
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(fixture.Url($"/plans/{planId}"));

        var next = driver.Visible("#plan-next", TimeSpan.FromSeconds(10)).Text;
        var option = next.IndexOf("Option 1: Add “Insurance claims”", StringComparison.Ordinal);
        var beside = next.IndexOf("Another way to hand claims over than option 1: billing services", StringComparison.Ordinal);
        Assert.True(option >= 0 && beside > option, next);
        Assert.DoesNotContain("commonly charge a share", driver.Css("#plan-free").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_OneOffProjectRole_ShowsAKickoffAndOneHandOverReview()
    {
        var planId = await SubmitAsync("""
            {"practice":{"name":"Willow Counseling","ownerName":"Sam Park","email":"willow@example.com","timeZone":"America/New_York","sessionFee":140,"clientHoursPerWeek":22},
             "budget":{"monthly":1500,"oneTime":1000,"currency":"USD"},
             "tasks":[{"name":"Fix the online booking widget","category":"tech","oneTimeHours":8,"stress":4,"confidence":1,"repetitive":false,"involvesClientInfo":false}]}
            """);
        var plan = await fixture.Host.WaitForStatusAsync(planId, "Active");
        Assert.Equal("UntilHandOver", plan.GetProperty("checkIns")[0].GetProperty("cadence").GetString());
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(fixture.Url($"/plans/{planId}"));

        // The page says what the email and the calendar hold: one review at the hand-over, not four weekly check-ins.
        var series = driver.Visible("#plan-checkins .series", TimeSpan.FromSeconds(10)).Text;
        Assert.EndsWith("; then one hand-over review two weeks later, and none after it.", series, StringComparison.Ordinal);
        Assert.DoesNotContain("four weeks", series, StringComparison.Ordinal);
        // One meeting, one agenda: the page's lines are the email's, the hand-over review's, not the standing agenda.
        var agendas = driver.All("#plan-checkins .agenda").Select(e => e.Text).ToList();
        Assert.Equal(["Kickoff: ", "Hand-over review: "], agendas.Select(a => a[..(a.IndexOf(':', StringComparison.Ordinal) + 2)]));
        Assert.Contains("Run the acceptance checks together", agendas[1], StringComparison.Ordinal);
        var email = await MimeKit.MimeMessage.LoadAsync(Path.Combine(fixture.Host.OutboxDir, $"{planId}-plan-1.eml"));
        Assert.All(agendas, a => Assert.Contains("  " + a, email.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain("Progress against the SOPs' goals", driver.Css("#plan-checkins").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_KeptProjectTheMonthlyBudgetPaysFor_SaysWhenItWaitsUntil_AsTheEmailDoes()
    {
        // The uk-london review intake: the video platform (£375.00 once) waits for two months of the £210.00 the budget leaves.
        var planId = await SubmitAsync("""
            {"practice":{"name":"Camden Talking Therapies","ownerName":"Olivia Hughes","email":"olivia@camden.example","timeZone":"Europe/London","sessionFee":80,"clientHoursPerWeek":20,"systems":{"ehr":"WriteUpp","billing":"Xero"}},
             "budget":{"monthly":600,"currency":"GBP"},
             "tasks":[{"name":"Booking and rescheduling sessions","category":"admin","stress":4,"confidence":3,"repetitive":true,"involvesClientInfo":true,"hoursPerWeek":4},
                      {"name":"Invoicing clients and chasing unpaid invoices","category":"billing","stress":4,"confidence":3,"repetitive":true,"involvesClientInfo":true,"hoursPerWeek":2},
                      {"name":"Set up a secure video platform for online sessions","category":"tech","stress":4,"confidence":1,"repetitive":false,"involvesClientInfo":false,"oneTimeHours":5}],
             "preferences":{"startWith":2,"checkInDay":"Monday","checkInTime":"08:30"}}
            """);
        var plan = await fixture.Host.WaitForStatusAsync(planId, "Active");
        var project = plan.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("name").GetString()!.StartsWith("Set up a secure video", StringComparison.Ordinal));
        var waits = project.GetProperty("waits").GetString()!;
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(fixture.Url($"/plans/{planId}"));

        var row = driver.Visible($"#plan-ranking tr[data-task='{project.GetProperty("taskId").GetString()}'] .kept", TimeSpan.FromSeconds(10)).Text;
        Assert.Equal(char.ToUpperInvariant(waits[0]) + waits[1..], row);
        var email = await MimeKit.MimeMessage.LoadAsync(Path.Combine(fixture.Host.OutboxDir, $"{planId}-plan-1.eml"));
        Assert.Contains("one-off, score 43): " + waits, email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanPage_ForAnUnknownPlan_SaysSoCalmly()
    {
        var driver = fixture.Driver;

        driver.Navigate().GoToUrl(fixture.Url("/plans/0123456789abcdef0123456789abcdef"));

        var status = driver.WaitFor(() => driver.Css("#plan-status").Text is var t && t.Contains("couldn't find", StringComparison.Ordinal) ? t : null, "the not-found message");
        Assert.Contains("Check the link in your email", status, StringComparison.Ordinal);
        Assert.False(driver.Css("#plan").Displayed);
    }

    const string OneAdminTask = """
        {"practice":{"name":"Willow Counseling","ownerName":"Sam Park","email":"willow@example.com","timeZone":"America/New_York","sessionFee":140,"clientHoursPerWeek":22},
         "budget":{"monthly":1500,"currency":"USD"},
         "tasks":[{"name":"Scheduling appointments","category":"admin","hoursPerWeek":4,"stress":4,"confidence":3,"repetitive":true,"involvesClientInfo":true}]}
        """;

    async Task<string> SubmitAsync(string intake = OneAdminTask)
    {
        using var content = new StringContent(intake, System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Host.Http.PostAsync("api/intake", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("planId").GetString()!;
    }
}
