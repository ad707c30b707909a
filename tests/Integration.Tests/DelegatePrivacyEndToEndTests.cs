using System.Net;
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
        var (planId, plan, token) = await host.AssistantCheckInOpenAsync("Privacy Practice", hireEmail: Hire);
        var first = Assert.Single(PlanSteps.PhaseOneTasks(plan));
        var owner = PlanSteps.OwnerToken(await host.WaitForAsync(planId, "plan-1"));

        // Check-in 1 goes well and notes an SOP change, which the owner approves: the hire gets version 2.
        using (var recorded = await host.PostCheckInAsync(token, new JsonObject { ["readyForMore"] = true, ["sopTaskId"] = first, ["sopChange"] = "Confirm each booking the same day." }))
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
        using (var recorded = await host.PostCheckInAsync(PlanSteps.CheckInToken(await host.WaitForAsync(planId, "remind-VirtualAssistant-2-owner")), new JsonObject { ["readyForMore"] = true }))
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
            var attachments = string.Join("\n", message.Attachments.OfType<MimePart>().Select(PlanSteps.Text));
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
}
