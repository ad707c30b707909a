using System.Net;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// The months after the plan, in seconds: Workflow:TimeScale makes a week pass in about 12 s.
/// Every step is driven as people would: links from the emails in the outbox, the HTTP API.
/// </summary>
public sealed class RolloutTests : IAsyncLifetime
{
    StandaloneHost host = null!;

    public async Task InitializeAsync() => host = await StandaloneHost.StartAsync(new Dictionary<string, string>
    {
        ["Workflow__TimeScale"] = "50000",
        ["Workflow__HireReminderDelay"] = "2.00:00:00",
        
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Rollout_PositiveCheckIns_StartEachPhaseUntilCompleted()
    {
        var planId = await StartPlanAsync();
        await host.WaitForStatusAsync(planId, "Active");

        // The hire reminder goes out after the rollout has published its state, so the plan shows it by then.
        var hire = await host.WaitForAsync(planId, "hire-VirtualAssistant-1");
        var plan = await host.WaitForStatusAsync(planId, "Active");
        Assert.Equal(3, plan.GetProperty("rollout").GetProperty("lastPhase").GetInt32());
        var manage = Outbox.LinkIn(hire, "/manage?token=");
        var token = System.Web.HttpUtility.ParseQueryString(manage.Query)["token"]!;
        using (var page = await host.Http.GetAsync(manage.PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await RegisterAsync(planId, token);

        var n = 1;
        foreach (var phase in new[] { 2, 3 })
        {
            for (var i = 0; i < 2; i++, n++)
            {
                await RecordAsync(planId, n, onTrack: true, ready: true);
            }

            await host.WaitForAsync(planId, $"phase-{phase}-owner");
            await host.WaitForAsync(planId, $"phase-{phase}-VirtualAssistant");
        }

        var done = await host.WaitForStatusAsync(planId, "Completed");
        Assert.All(done.GetProperty("tasks").EnumerateArray().Where(t => t.GetProperty("phase").ValueKind != System.Text.Json.JsonValueKind.Null),
            t => Assert.Equal("delegated", t.GetProperty("status").GetString()));
        var history = done.GetProperty("checkIns")[0].GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(4, history.Count(h => h.GetProperty("onTrack").ValueKind == System.Text.Json.JsonValueKind.True));
        Assert.DoesNotContain(host.MessagesFor(planId), m => m.StartsWith("followup", StringComparison.Ordinal));

        // Only the owner grades a check-in: no email to the hire carries a link that records an outcome or manages the plan.
        var toHire = new List<MimeKit.MimeMessage>();
        foreach (var id in host.MessagesFor(planId))
        {
            var message = await MimeKit.MimeMessage.LoadAsync(Path.Combine(host.OutboxDir, $"{planId}-{id}.eml"));
            if (message.To.Mailboxes.Any(m => m.Address == "jo@example.com"))
            {
                toHire.Add(message);
            }
        }

        Assert.Contains(toHire, m => m.Subject is { } s && System.Text.RegularExpressions.Regex.IsMatch(s, @"^Week \d+ check-in with "));
        Assert.All(toHire, m =>
        {
            Assert.DoesNotContain("/checkins/", m.TextBody + m.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain("manage?token=", m.TextBody + m.HtmlBody, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CheckInLink_ForgedReusedOrGetOnly_ChangesNothingAndIsRefused()
    {
        var planId = await StartPlanAsync();
        await host.WaitForStatusAsync(planId, "Active");
        var hire = await host.WaitForAsync(planId, "hire-VirtualAssistant-1");
        await RegisterAsync(planId, System.Web.HttpUtility.ParseQueryString(Outbox.LinkIn(hire, "/manage?token=").Query)["token"]!);
        var reminder = await host.WaitForAsync(planId, "remind-VirtualAssistant-1-owner");
        var link = Outbox.LinkIn(reminder, "/checkins/");
        var token = link.AbsolutePath["/checkins/".Length..];

        // A GET (a mail scanner's prefetch) shows the form and records nothing.
        using var page = await host.Http.GetAsync($"checkins/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());

        var forged = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];
        using var forgedAnswer = await PostOutcomeAsync(forged, onTrack: true, ready: true);
        Assert.Equal(HttpStatusCode.Forbidden, forgedAnswer.StatusCode);

        using var first = await PostOutcomeAsync(token, onTrack: true, ready: true);
        using var again = await PostOutcomeAsync(token, onTrack: true, ready: true);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CheckIn_WeCouldNotMeet_IsNeitherHeldNorMissed_AndGetsNoFollowUp()
    {
        var planId = await StartPlanAsync();
        await host.WaitForStatusAsync(planId, "Active");
        var hire = await host.WaitForAsync(planId, "hire-VirtualAssistant-1");
        await RegisterAsync(planId, System.Web.HttpUtility.ParseQueryString(Outbox.LinkIn(hire, "/manage?token=").Query)["token"]!);
        var reminder = await host.WaitForAsync(planId, "remind-VirtualAssistant-1-owner");
        Assert.Contains("If you could not meet, say so with the same link", reminder.TextBody, StringComparison.Ordinal);
        var token = Outbox.LinkIn(reminder, "/checkins/").AbsolutePath["/checkins/".Length..];
        using (var page = await host.Http.GetAsync($"checkins/{token}"))
        {
            Assert.Contains("We couldn't meet", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var notMet = await host.Http.PostAsync($"api/checkins/{token}", Intakes.Json(new JsonObject { ["met"] = false })))
        {
            Assert.Equal(HttpStatusCode.Accepted, notMet.StatusCode);
        }

        // The next week's reminder comes after the first one's grace period: by then a follow-up would have been sent.
        await host.WaitForAsync(planId, "remind-VirtualAssistant-2-owner");
        Assert.DoesNotContain("followup-VirtualAssistant-1", host.MessagesFor(planId));
        var plan = await host.WaitForStatusAsync(planId, "Active");
        var first = plan.GetProperty("checkIns")[0].GetProperty("history").EnumerateArray()
            .Single(h => h.GetProperty("checkInId").GetString() == "VirtualAssistant-1");
        Assert.False(first.GetProperty("missed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("onTrack").ValueKind);
    }

    [Fact]
    public async Task Rollout_MissedAndOffTrackCheckIns_FollowUpPauseAdjustResumeCancel()
    {
        var planId = await StartPlanAsync();
        await host.WaitForStatusAsync(planId, "Active");
        var hire = await host.WaitForAsync(planId, "hire-VirtualAssistant-1");
        var owner = System.Web.HttpUtility.ParseQueryString(Outbox.LinkIn(hire, "/manage?token=").Query)["token"]!;
        await RegisterAsync(planId, owner);

        // First check-in: off track holds the rollout and sends a short adjustment guide.
        await RecordAsync(planId, 1, onTrack: false, ready: false);
        await host.WaitForAsync(planId, "adjust-VirtualAssistant-1");

        // Two missed in a row: one follow-up, then the rollout pauses and says why.
        await host.WaitForAsync(planId, "followup-VirtualAssistant-2");
        await host.WaitForAsync(planId, "paused-1");
        var paused = await host.WaitForStatusAsync(planId, "Paused");
        Assert.Equal(1, paused.GetProperty("rollout").GetProperty("currentPhase").GetInt32());

        using (var resume = await host.Http.PostAsync($"api/plans/{planId}/resume?token={Uri.EscapeDataString(owner)}", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        }

        await host.WaitForStatusAsync(planId, "Active");
        using (var cancel = await host.Http.PostAsync($"api/plans/{planId}/cancel?token={Uri.EscapeDataString(owner)}", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }

        await host.WaitForStatusAsync(planId, "Cancelled");
        var sent = host.MessagesFor(planId);
        await Task.Delay(TimeSpan.FromSeconds(15)); // more than a plan-time week: nothing more may go out
        Assert.Equal(sent, host.MessagesFor(planId));
        using var wrongOwner = await host.Http.PostAsync($"api/plans/{planId}/pause?token=not-a-token", null);
        Assert.Equal(HttpStatusCode.Forbidden, wrongOwner.StatusCode);
    }

    async Task<string> StartPlanAsync()
    {
        var intake = Intakes.Realistic("Rollout Practice " + Guid.NewGuid().ToString("N")[..6]);
        intake["budget"]!["monthly"] = 3000;
        intake["tasks"] = new JsonArray
        {
            Intakes.Task("Scheduling appointments", "admin", 1.5, 5, 2, true, true),
            Intakes.Task("Inbox", "admin", 1.5, 4, 2, true, false),
            Intakes.Task("Intake forms", "onboarding", 1, 4, 3, true, true),
            Intakes.Task("Client follow-ups", "onboarding", 1, 3, 3, true, true),
            Intakes.Task("Paperwork", "admin", 1, 2, 4, false, false),
        };
        intake["preferences"]!["startWith"] = 1;
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
    }

    async Task RegisterAsync(string planId, string ownerToken)
    {
        var body = new JsonObject { ["role"] = "VirtualAssistant", ["name"] = "Jo Park", ["email"] = "jo@example.com" };
        using var response = await host.Http.PostAsync($"api/plans/{planId}/delegates?token={Uri.EscapeDataString(ownerToken)}", Intakes.Json(body));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    async Task RecordAsync(string planId, int number, bool onTrack, bool ready)
    {
        var reminder = await host.WaitForAsync(planId, $"remind-VirtualAssistant-{number}-owner");
        await host.WaitForAsync(planId, $"remind-VirtualAssistant-{number}-delegate");
        var token = Outbox.LinkIn(reminder, "/checkins/").AbsolutePath["/checkins/".Length..];
        using var response = await PostOutcomeAsync(token, onTrack, ready);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    Task<HttpResponseMessage> PostOutcomeAsync(string token, bool onTrack, bool ready) =>
        host.Http.PostAsync($"api/checkins/{token}", Intakes.Json(new JsonObject
        {
            ["onTrack"] = onTrack, ["stress"] = 2, ["readyForMore"] = ready, ["notes"] = "Inbox rules helped.",
        }));
}
