using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;

namespace Delegation.Integration.Tests;

/// <summary>
/// A hire never learns the plan id, which opens the owner's whole plan: over a rollout on the embedded engine (welcome,
/// reminders, an approved SOP change, the phase-2 email, the pause after two missed check-ins), no header, part or
/// attachment of any email to the hire holds it, and the SOP links in them open the SOP while a tampered one is refused.
/// </summary>
public sealed partial class DelegatePrivacyEndToEndTests : IAsyncLifetime
{
    const string Hire = "jo@example.com";
    StandaloneHost host = null!;

    public async Task InitializeAsync() =>
        // A week in about 12 s: the whole rollout below passes in well under two minutes.
        host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["Workflow__TimeScale"] = "50000",
            ["Workflow__HireReminderDelay"] = "2.00:00:00",
        });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [GeneratedRegex(@"http://localhost:\d+/sops/[A-Za-z0-9_-]+")]
    private static partial Regex SopLinks();

    [Fact]
    public async Task EveryEmailToTheHire_HoldsNoPlanId_AndItsSopLinksOpenTheSop()
    {
        var intake = Intakes.Realistic("Privacy Practice " + Guid.NewGuid().ToString("N")[..6]);
        intake["budget"]!["monthly"] = 3000;
        intake["tasks"] = new JsonArray
        {
            Intakes.Task("Scheduling appointments", "admin", 1.5, 5, 2, true, true),
            Intakes.Task("Inbox", "admin", 1.5, 4, 2, true, false),
            Intakes.Task("Intake forms", "onboarding", 1, 4, 3, true, true),
        };
        intake["preferences"]!["startWith"] = 1;
        string planId;
        using (var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake)))
        {
            planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        }

        var plan = await host.WaitForStatusAsync(planId, "Active");
        var first = plan.GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("phase") is { ValueKind: JsonValueKind.Number } p && p.GetInt32() == 1).GetProperty("taskId").GetString()!;
        var owner = System.Web.HttpUtility.ParseQueryString(Outbox.LinkIn(await host.WaitForAsync(planId, "hire-VirtualAssistant-1"), "/manage?token=").Query)["token"]!;
        using (var registered = await host.Http.PostAsync($"api/plans/{planId}/delegates?token={Uri.EscapeDataString(owner)}",
            Intakes.Json(new JsonObject { ["role"] = "VirtualAssistant", ["name"] = "Jo Park", ["email"] = Hire })))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }

        // Check-in 1 goes well and notes an SOP change, which the owner approves: the hire gets version 2.
        var token = CheckInToken(await host.WaitForAsync(planId, "remind-VirtualAssistant-1-owner"));
        using (var recorded = await PostCheckInAsync(token, new JsonObject { ["readyForMore"] = true, ["sopTaskId"] = first, ["sopChange"] = "Confirm each booking the same day." }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        var review = Outbox.LinkIn(await host.WaitForAsync(planId, "sopchange-virtualassistant-1-proposed"), "/sop-changes/").AbsolutePath["/sop-changes/".Length..];
        using (var decided = await host.Http.PostAsync($"api/sop-changes/{review}", Intakes.Json(new JsonObject { ["decision"] = "approve" })))
        {
            Assert.Equal(HttpStatusCode.Accepted, decided.StatusCode);
        }

        await host.WaitForAsync(planId, "sopchange-virtualassistant-1-approved");

        // Check-in 2 goes well too: phase 2 starts, and its tasks go to the hire. Then two check-ins pass unrecorded: the pause.
        using (var recorded = await PostCheckInAsync(CheckInToken(await host.WaitForAsync(planId, "remind-VirtualAssistant-2-owner")), new JsonObject { ["readyForMore"] = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        await host.WaitForAsync(planId, "phase-2-VirtualAssistant");
        await host.WaitForAsync(planId, "paused-1-delegate", TimeSpan.FromSeconds(120));

        var toHire = new List<(string Id, MimeMessage Message)>();
        foreach (var id in host.MessagesFor(planId))
        {
            var message = await host.WaitForAsync(planId, id);
            if (message.To.Mailboxes.Any(m => m.Address == Hire))
            {
                toHire.Add((id, message));
            }
        }

        Assert.Superset(new HashSet<string> { "hired-VirtualAssistant-delegate", "remind-VirtualAssistant-1-delegate", "sopchange-virtualassistant-1-approved",
            "phase-2-VirtualAssistant", "paused-1-delegate" }, toHire.Select(m => m.Id).ToHashSet());
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, message) in toHire)
        {
            var headers = string.Join("\n", message.Headers.Select(h => h.ToString()));
            var attachments = string.Join("\n", message.Attachments.OfType<MimePart>().Select(Decode));
            var all = headers + message.TextBody + message.HtmlBody + attachments;
            Assert.False(all.Contains(planId, StringComparison.OrdinalIgnoreCase), $"{id} holds the plan id");
            Assert.False(all.Contains("/plans/", StringComparison.Ordinal), $"{id} links a plan page");
            links.UnionWith(SopLinks().Matches(message.TextBody ?? "").Select(m => m.Value));
        }

        // The welcome, the reminders, the approval, the phase email and the pause all link the hire's SOPs; each opens.
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            using var page = await host.Http.GetAsync(new Uri(link).PathAndQuery.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("<h1", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The approved change's link serves the current version, 2.
        var approved = await host.WaitForAsync(planId, "sopchange-virtualassistant-1-approved");
        using (var current = await host.Http.GetAsync(new Uri(Outbox.LinkIn(approved, "/sops/").ToString()).PathAndQuery.TrimStart('/')))
        {
            Assert.Contains("version 2", await current.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A tampered link, and an owner's signed link in its place, are refused as problems.
        var any = new Uri(links.First()).AbsolutePath["/sops/".Length..];
        foreach (var bad in new[] { any[..8] + (any[8] == 'A' ? 'B' : 'A') + any[9..], any[..^3], owner })
        {
            using var refused = await host.Http.GetAsync($"sops/{Uri.EscapeDataString(bad)}");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    static string CheckInToken(MimeMessage reminder) => Outbox.LinkIn(reminder, "/checkins/").AbsolutePath["/checkins/".Length..];

    Task<HttpResponseMessage> PostCheckInAsync(string token, JsonObject extra)
    {
        var body = new JsonObject { ["onTrack"] = true, ["stress"] = 2, ["readyForMore"] = false };
        foreach (var (k, v) in extra)
        {
            body[k] = v?.DeepClone();
        }

        return host.Http.PostAsync($"api/checkins/{token}", Intakes.Json(body));
    }

    static string Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
