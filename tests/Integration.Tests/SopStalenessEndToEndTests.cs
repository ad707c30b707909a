using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>SOP staleness on the embedded engine, with the documents in the host's folder.</summary>
public sealed class SopStalenessEndToEndTests : SopStalenessFlowTests
{
    /// <inheritdoc />
    protected override Dictionary<string, string> Backend => [];

    /// <inheritdoc />
    protected override async Task<string?> ReadAsync(string path) =>
        File.Exists(Path.Combine(Host.BlobsDir, path)) ? await File.ReadAllTextAsync(Path.Combine(Host.BlobsDir, path)) : null;

    /// <inheritdoc />
    protected override Task WriteAsync(string path, string content) => File.WriteAllTextAsync(Path.Combine(Host.BlobsDir, path), content);
}

/// <summary>
/// SOPs that go stale, on each backend, driven as people would: a check-in that says the SOPs are still right, then a
/// monthly report (run through the admin call, as its timer would) that lists an SOP left unconfirmed, and its review link.
/// </summary>
public abstract class SopStalenessFlowTests : IAsyncLifetime
{
    protected const string Key = "test-admin-key-0123456789";
    static readonly string CurrentMonth = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    StandaloneHost host = null!;

    /// <summary>The host under test; started per test.</summary>
    protected StandaloneHost Host => host;

    /// <summary>The settings that choose the backend (none: the embedded engine and a local folder).</summary>
    protected abstract Dictionary<string, string> Backend { get; }

    /// <summary>A stored document's text, or null when there is none.</summary>
    protected abstract Task<string?> ReadAsync(string path);

    /// <summary>Replaces a stored document, as an earlier month would have left it.</summary>
    protected abstract Task WriteAsync(string path, string content);

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>(Backend)
        {
            ["Workflow__TimeScale"] = "50000",
            ["Workflow__HireReminderDelay"] = "2.00:00:00",
            ["Admin__Key"] = Key,
        };
        host = await StandaloneHost.StartAsync(settings);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CheckIn_SopsStillRight_ConfirmsTheRolesHandedOverSops_ButNotTheOneItProposesAChangeTo()
    {
        var (planId, tasks, token) = await CheckInOpenAsync();
        Assert.True(tasks.Count >= 2, "phase 1 hands the assistant two tasks");
        var (changed, kept) = (tasks[0], tasks[1]);
        var written = await ConfirmationAsync(planId, kept);
        Assert.Equal("Written", written!["by"]!.GetValue<string>());
        // The SOP the check-in will propose a change to was written long ago, as an older plan's would be.
        var then = DateTimeOffset.UtcNow.AddDays(-100);
        await WriteAsync($"plans/{planId}/sops/{changed}/confirmed.json", new JsonObject { ["at"] = then, ["by"] = "Written" }.ToJsonString());

        using (var page = await host.Http.GetAsync($"checkins/{token}"))
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<input id=\"sopsStillRight\" type=\"checkbox\" name=\"sopsStillRight\" value=\"yes\"", html, StringComparison.Ordinal);
            Assert.Contains("The SOPs for my tasks are still right", html, StringComparison.Ordinal);
        }

        using (var bad = await host.PostCheckInAsync(token, new JsonObject { ["sopsStillRight"] = "maybe" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.ReadJsonAsync()).GetProperty("errors").TryGetProperty("sopsStillRight", out _));
        }

        var before = DateTimeOffset.UtcNow;
        using (var recorded = await host.PostCheckInAsync(token, new JsonObject
        {
            ["sopsStillRight"] = true, ["sopTaskId"] = changed, ["sopChange"] = "Confirm each booking through secure messaging the same day.",
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        var confirmed = await ConfirmationAsync(planId, kept);
        Assert.Equal("CheckIn", confirmed!["by"]!.GetValue<string>());
        Assert.InRange(confirmed["at"]!.GetValue<DateTimeOffset>(), before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(then, (await ConfirmationAsync(planId, changed))!["at"]!.GetValue<DateTimeOffset>());

        // The next check-in's brief asks first about the SOP still unconfirmed, and not about the one just confirmed.
        var plan = await host.WaitForStatusAsync(planId, "Active");
        string NameOf(string id) => plan.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("taskId").GetString() == id).GetProperty("name").GetString()!;
        var brief = await host.WaitForAsync(planId, "remind-VirtualAssistant-2-owner");
        Assert.Contains($"First: is the SOP for {NameOf(changed)} still right? (last confirmed", brief.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"SOP for {NameOf(kept)} still right", brief.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthlyReport_ListsAnSopUnconfirmedFor120Days_AndItsReviewLinkShowsItAndConfirmsIt()
    {
        var (planId, tasks, _) = await CheckInOpenAsync();
        var stale = tasks[0];
        var then = DateTimeOffset.UtcNow.AddDays(-120).AddHours(-1);
        await WriteAsync($"plans/{planId}/sops/{stale}/confirmed.json", new JsonObject { ["at"] = then, ["by"] = "Written" }.ToJsonString());
        var plan = await host.WaitForStatusAsync(planId, "Active");
        var name = plan.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("taskId").GetString() == stale).GetProperty("name").GetString()!;

        await RunMonthAsync(CurrentMonth);

        var mail = await host.WaitForAsync(planId, $"report-{CurrentMonth}");
        var date = then.UtcDateTime.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"- {name} (your virtual assistant): last confirmed {date} (120 days before this report)", mail.TextBody, StringComparison.Ordinal);
        // Only the stale SOP is listed: the other, written today, has no review link.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(mail.TextBody!, "/sop-reviews/"));
        var report = await (await host.Http.GetAsync($"api/plans/{planId}/reports/{CurrentMonth}")).ReadJsonAsync();
        Assert.Equal(stale, Assert.Single(report.GetProperty("staleSops").EnumerateArray()).GetProperty("taskId").GetString());
        using (var served = await host.Http.GetAsync($"api/plans/{planId}/reports/{CurrentMonth}?format=html"))
        {
            Assert.DoesNotContain("sop-reviews", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var link = Outbox.LinkIn(mail, "/sop-reviews/");
        var token = link.AbsolutePath["/sop-reviews/".Length..];

        // A GET (a mail scanner's prefetch) shows the SOP and changes nothing: twice over.
        for (var i = 0; i < 2; i++)
        {
            using var page = await host.Http.GetAsync($"sop-reviews/{token}");
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"Is the SOP for {System.Net.WebUtility.HtmlEncode(name)} still right?", html, StringComparison.Ordinal);
            Assert.Contains($"This is the SOP for {System.Net.WebUtility.HtmlEncode(name)}, which Jo Park, your virtual assistant, does.", html, StringComparison.Ordinal);
            Assert.Contains("at your next check-in with Jo Park, your virtual assistant, and note it", html, StringComparison.Ordinal);
            Assert.Contains("(120 days ago): more than 90 days", html, StringComparison.Ordinal);
            Assert.Contains("<ol>", html, StringComparison.Ordinal);
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        }

        Assert.Equal(then, (await ConfirmationAsync(planId, stale))!["at"]!.GetValue<DateTimeOffset>());
        using (var twin = await host.Http.GetAsync($"api/sop-reviews/{token}"))
        {
            var json = await twin.ReadJsonAsync();
            Assert.True(json.GetProperty("stale").GetBoolean());
            Assert.Equal(120, json.GetProperty("daysSinceConfirmed").GetInt32());
        }

        using (var missing = await host.Http.PostAsync($"api/sop-reviews/{token}", Intakes.Json(new JsonObject())))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.True((await missing.ReadJsonAsync()).GetProperty("errors").TryGetProperty("stillRight", out _));
        }

        using (var forged = await host.Http.GetAsync($"sop-reviews/{token[..^2]}xx"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        using (var confirm = await host.Http.PostAsync($"sop-reviews/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["stillRight"] = "yes" })))
        {
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
            Assert.Contains($"The SOP for {System.Net.WebUtility.HtmlEncode(name)} is confirmed as right on", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("Owner", (await ConfirmationAsync(planId, stale))!["by"]!.GetValue<string>());
        using (var after = await host.Http.GetAsync($"api/sop-reviews/{token}"))
        {
            var json = await after.ReadJsonAsync();
            Assert.False(json.GetProperty("stale").GetBoolean());
            Assert.Equal(0, json.GetProperty("daysSinceConfirmed").GetInt32());
        }
    }

    async Task<JsonNode?> ConfirmationAsync(string planId, string taskId) =>
        await ReadAsync($"plans/{planId}/sops/{taskId}/confirmed.json") is { } text ? JsonNode.Parse(text) : null;

    /// <summary>A plan with its assistant hired and the first check-in open: its id, the phase-1 tasks, the check-in's token.</summary>
    async Task<(string PlanId, List<string> Tasks, string Token)> CheckInOpenAsync()
    {
        var (planId, plan, token) = await host.AssistantCheckInOpenAsync("SOP Staleness Practice", startWith: 2);
        return (planId, PlanSteps.PhaseOneTasks(plan, "VirtualAssistant"), token);
    }

    async Task RunMonthAsync(string month)
    {
        using (var start = await AdminSendAsync(HttpMethod.Post, $"api/admin/reports?month={month}"))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var status = await AdminSendAsync(HttpMethod.Get, $"api/admin/reports/{month}");
            last = await status.Content.ReadAsStringAsync();
            if (status.StatusCode == HttpStatusCode.OK)
            {
                var run = JsonDocument.Parse(last).RootElement;
                Assert.True(run.GetProperty("status").GetString() != "Failed", $"Reports {month} failed: {last}\nHost log:\n{host.Log}");
                if (run.GetProperty("status").GetString() == "Completed")
                {
                    return;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Reports {month} did not complete. Last answer: {last}\nHost log:\n{host.Log}");
    }

    async Task<HttpResponseMessage> AdminSendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", Key);
        return await host.Http.SendAsync(request);
    }
}
