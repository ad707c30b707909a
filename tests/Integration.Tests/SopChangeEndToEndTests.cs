using System.Net;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;

namespace Delegation.Integration.Tests;

/// <summary>An SOP change noted at a check-in, on the embedded engine.</summary>
public sealed class SopChangeEndToEndTests : SopChangeFlowTests
{
    /// <inheritdoc />
    protected override Dictionary<string, string> Backend => [];
}

/// <summary>
/// An SOP change noted at a check-in, on each backend, driven as people would: the check-in link from the
/// owner's reminder, the review link from the owner's email, the new version from the delegate's inbox.
/// </summary>
public abstract class SopChangeFlowTests : IAsyncLifetime
{
    protected const string Change = "Confirm each new booking through the EHR's secure messaging the same day.\nNever leave a voicemail that names the practice.";
    protected const string Review = "sopchange-virtualassistant-1";

    StandaloneHost host = null!;

    /// <summary>The host under test; started per test.</summary>
    protected StandaloneHost Host => host;

    /// <summary>The settings that choose the backend (none: the embedded engine and a local folder).</summary>
    protected abstract Dictionary<string, string> Backend { get; }

    public async Task InitializeAsync()
    {
        // A week in about 12 s, so the first check-in's reminder comes within seconds of the hire.
        var settings = new Dictionary<string, string>(Backend)
        {
            ["Workflow__TimeScale"] = "50000",
            ["Workflow__HireReminderDelay"] = "2.00:00:00",
        };
        host = await StandaloneHost.StartAsync(settings);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SopChange_ProposedAtACheckIn_Approved_DeliversVersion2ToTheDelegate_AndTheLinkIsUsedUp()
    {
        var (planId, taskId, token) = await CheckInOpenAsync();
        using (var page = await host.Http.GetAsync($"checkins/{token}"))
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("An SOP needs a change (optional)", html, StringComparison.Ordinal);
            Assert.Contains($"<option value=\"{taskId}\">", html, StringComparison.Ordinal);
        }

        using (var recorded = await host.PostCheckInAsync(token, new JsonObject { ["sopTaskId"] = taskId, ["sopChange"] = Change }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        // The owner's email links the review and never carries the change's free text.
        var proposed = await host.WaitForAsync(planId, $"{Review}-proposed");
        Assert.Equal("ana@example.com", proposed.To.Mailboxes.Single().Address);
        Assert.DoesNotContain("secure messaging the same day", proposed.TextBody + proposed.HtmlBody, StringComparison.Ordinal);
        var link = Outbox.LinkIn(proposed, "/sop-changes/");
        var reviewToken = link.AbsolutePath["/sop-changes/".Length..];

        // A GET (a mail scanner's prefetch) shows the steps and the change, and changes nothing: twice over.
        for (var i = 0; i < 2; i++)
        {
            using var page = await host.Http.GetAsync($"sop-changes/{reviewToken}");
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Confirm each new booking through the EHR&#39;s secure messaging the same day.", html, StringComparison.Ordinal);
            Assert.Contains("The steps now (version 1)", html, StringComparison.Ordinal);
            Assert.Contains("<ol>", html, StringComparison.Ordinal);
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        }

        using (var twin = await host.Http.GetAsync($"api/sop-changes/{reviewToken}"))
        {
            var json = await twin.ReadJsonAsync();
            Assert.Equal(Change, json.GetProperty("proposedChange").GetString());
            Assert.Equal(1, json.GetProperty("sopVersion").GetInt32());
        }

        using (var decided = await host.Http.PostAsync($"sop-changes/{reviewToken}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["decision"] = "approve", ["text"] = Change, ["reason"] = "new clients were missing their confirmations",
        })))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            Assert.Contains("Jo Park gets it by email", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var approved = await host.WaitForAsync(planId, $"{Review}-approved");
        Assert.Equal("jo@example.com", approved.To.Mailboxes.Single().Address);
        Assert.Contains("(version 2)", approved.Subject, StringComparison.Ordinal);
        var sop = PlanSteps.Text(Assert.Single(approved.Attachments.OfType<MimePart>(), a => a.FileName == $"SOP-{taskId}.html"));
        Assert.Contains("version 2", sop, StringComparison.Ordinal);
        Assert.Contains("Where this differs from a step below, this holds:", sop, StringComparison.Ordinal);
        Assert.Contains("Confirm each new booking through the EHR's secure messaging the same day.", sop, StringComparison.Ordinal);
        Assert.Contains("because new clients were missing their confirmations.", sop, StringComparison.Ordinal);
        using (var served = await host.Http.GetAsync($"api/plans/{planId}/sops/{taskId}"))
        {
            Assert.Contains("because new clients were missing their confirmations.", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The plan page names the version now served.
        var sops = (await host.WaitForStatusAsync(planId, "Active")).GetProperty("sops").EnumerateArray();
        Assert.Equal(2, sops.Single(s => s.GetProperty("taskId").GetString() == taskId).GetProperty("version").GetInt32());

        // The link works once: the page and the API both refuse it now, and no second version or email follows.
        using (var again = await host.Http.PostAsync($"api/sop-changes/{reviewToken}", Intakes.Json(new JsonObject { ["decision"] = "reject" })))
        {
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
            Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Already decided", (await again.ReadJsonAsync()).GetProperty("title").GetString());
        }

        using (var page = await host.Http.GetAsync($"sop-changes/{reviewToken}"))
        {
            Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        }

        Assert.DoesNotContain($"{Review}-rejected", host.MessagesFor(planId));
    }

    [Fact]
    public async Task SopChange_Rejected_TellsTheDelegateKindly_AndTheSopKeepsItsVersion()
    {
        var (planId, taskId, token) = await CheckInOpenAsync();
        using (var recorded = await host.PostCheckInAsync(token, new JsonObject { ["sopTaskId"] = taskId, ["sopChange"] = Change }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        var reviewToken = Outbox.LinkIn(await host.WaitForAsync(planId, $"{Review}-proposed"), "/sop-changes/").AbsolutePath["/sop-changes/".Length..];
        using (var bad = await host.Http.PostAsync($"api/sop-changes/{reviewToken}", Intakes.Json(new JsonObject { ["decision"] = "maybe" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.ReadJsonAsync()).GetProperty("errors").TryGetProperty("decision", out _));
        }

        using (var decided = await host.Http.PostAsync($"api/sop-changes/{reviewToken}", Intakes.Json(new JsonObject { ["decision"] = "reject" })))
        {
            Assert.Equal(HttpStatusCode.Accepted, decided.StatusCode);
        }

        var rejected = await host.WaitForAsync(planId, $"{Review}-rejected");
        Assert.Equal("jo@example.com", rejected.To.Mailboxes.Single().Address);
        Assert.Contains("is keeping the SOP as it is for now. Thank you for helping keep it right.", rejected.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("secure messaging the same day", rejected.TextBody + rejected.HtmlBody, StringComparison.Ordinal);
        using var sop = await host.Http.GetAsync($"api/plans/{planId}/sops/{taskId}?format=md");
        var markdown = await sop.Content.ReadAsStringAsync();
        Assert.Contains("· version 1*", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed on", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Review}-approved", host.MessagesFor(planId));
    }

    [Fact]
    public async Task SopChange_HostileText_IsOnlyEncoded_OnTheCheckInAndReviewPages_AndInTheNewSop()
    {
        const string Hostile = "<script>alert(1)</script> [link](javascript:alert(1))";
        var (planId, taskId, token) = await CheckInOpenAsync();
        using (var recorded = await host.PostCheckInAsync(token, new JsonObject { ["sopTaskId"] = taskId, ["sopChange"] = Hostile }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        var reviewToken = Outbox.LinkIn(await host.WaitForAsync(planId, $"{Review}-proposed"), "/sop-changes/").AbsolutePath["/sop-changes/".Length..];
        using (var page = await host.Http.GetAsync($"sop-changes/{reviewToken}"))
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }

        using (var decided = await host.Http.PostAsync($"api/sop-changes/{reviewToken}", Intakes.Json(new JsonObject { ["decision"] = "approve" })))
        {
            Assert.Equal(HttpStatusCode.Accepted, decided.StatusCode);
        }

        var approved = await host.WaitForAsync(planId, $"{Review}-approved");
        var sop = PlanSteps.Text(Assert.Single(approved.Attachments.OfType<MimePart>(), a => a.FileName == $"SOP-{taskId}.html"));
        Assert.DoesNotContain("<script", sop, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", sop, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", sop, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SopChange_BadFields_Answer400NamingTheField_AndStartNothing()
    {
        var (planId, taskId, token) = await CheckInOpenAsync();

        using (var unknown = await host.PostCheckInAsync(token, new JsonObject { ["sopTaskId"] = "t99", ["sopChange"] = Change }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Contains(taskId, (await unknown.ReadJsonAsync()).GetProperty("errors").GetProperty("sopTaskId")[0].GetString(), StringComparison.Ordinal);
        }

        using (var tooLong = await host.PostCheckInAsync(token, new JsonObject { ["sopTaskId"] = taskId, ["sopChange"] = new string('a', 2001) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
            Assert.True((await tooLong.ReadJsonAsync()).GetProperty("errors").TryGetProperty("sopChange", out _));
        }

        using (var form = await host.Http.PostAsync($"checkins/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["onTrack"] = "yes", ["readyForMore"] = "no", ["stress"] = "2", ["sopTaskId"] = taskId, ["sopChange"] = "  ",
        })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
            Assert.Contains("Say what should change in the SOP.", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Nothing was recorded or started: the same link still records the check-in, and no review email follows.
        using (var plain = await host.PostCheckInAsync(token, new JsonObject()))
        {
            Assert.Equal(HttpStatusCode.Accepted, plain.StatusCode);
        }

        await host.WaitForAsync(planId, "remind-VirtualAssistant-2-owner");
        Assert.DoesNotContain(host.MessagesFor(planId), m => m.StartsWith("sopchange", StringComparison.Ordinal));
    }

    /// <summary>A plan with its assistant hired and the first check-in open: its id, the phase-1 task, the check-in's token.</summary>
    protected async Task<(string PlanId, string TaskId, string Token)> CheckInOpenAsync()
    {
        var (planId, plan, token) = await host.AssistantCheckInOpenAsync("SOP Change Practice");
        return (planId, Assert.Single(PlanSteps.PhaseOneTasks(plan)), token);
    }
}
