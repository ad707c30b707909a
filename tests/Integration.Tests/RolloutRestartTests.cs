using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>A rollout on the durable backend survives its host going away mid-cycle.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class RolloutRestartTests : IAsyncLifetime
{
    readonly string hub = "roll" + Guid.NewGuid().ToString("N")[..12];
    readonly string container = "roll-" + Guid.NewGuid().ToString("N")[..12];
    StandaloneHost host = null!;

    public async Task InitializeAsync() => host = await StandaloneHost.StartAsync(new Dictionary<string, string>
    {
        ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
        ["Standalone__TaskHub"] = hub,
        ["Storage__ContainerName"] = container,
        // Slower than the in-memory rollout tests: the host is down for ~20 s, which must stay well inside
        // the week between check-ins, or the catch-up would rightly count misses. At 20000× (a week in 30 s) a restart
        // on a loaded 2-core machine ran past it (2026-12-08, a helper's run beside three builds): 10000×, a week in 60 s.
        ["Workflow__TimeScale"] = "10000",
        ["Workflow__HireReminderDelay"] = "1.00:00:00",
        // A kill can catch a message mid-work (the recorded outcome's follow-on, a timer): the provider's default gives it
        // back only after 5 minutes, past every wait here (CI, 2026-12-08: "No email …-remind-VirtualAssistant-2-owner").
        // As CrashRecoveryTests: 20 s, inside the week between check-ins.
        ["Standalone__QueueVisibilityTimeout"] = "00:00:20",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Rollout_HostKilledMidCycle_ContinuesWithNoEmailLostOrRepeated()
    {
        var intake = Intakes.Realistic("Restart Practice");
        intake["tasks"] = new JsonArray
        {
            Intakes.Task("Scheduling appointments", "admin", 1.5, 5, 2, true, true),
            Intakes.Task("Inbox", "admin", 1.5, 4, 2, true, false),
            Intakes.Task("Intake forms", "onboarding", 1, 4, 3, true, true),
        };
        intake["preferences"]!["startWith"] = 1;
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake));
        var planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        await host.WaitForStatusAsync(planId, "Active");

        var hire = await host.WaitForAsync(planId, "hire-VirtualAssistant-1");
        var owner = System.Web.HttpUtility.ParseQueryString(Outbox.LinkIn(hire, "/manage?token=").Query)["token"]!;
        var body = new JsonObject { ["role"] = "VirtualAssistant", ["name"] = "Jo Park", ["email"] = "jo@example.com" };
        using (var registered = await host.Http.PostAsync($"api/plans/{planId}/delegates?token={Uri.EscapeDataString(owner)}", Intakes.Json(body)))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }

        await RecordAsync(planId, 1);
        await WaitForRecordedAsync(planId, "VirtualAssistant-1");

        // Mid-cycle: the outcome is in, the next reminder is a timer away, and the host dies without warning.
        // (An event still being processed at the kill would come back only after the queue's visibility timeout.)
        await host.RestartAsync(kill: true);

        await RecordAsync(planId, 2);
        await host.WaitForAsync(planId, "phase-2-owner");
        await host.WaitForAsync(planId, "phase-2-VirtualAssistant");

        string[] expected =
        [
            "plan-1", "hire-VirtualAssistant-1",
            "remind-VirtualAssistant-1-owner", "remind-VirtualAssistant-1-delegate",
            "remind-VirtualAssistant-2-owner", "remind-VirtualAssistant-2-delegate",
            "phase-2-owner", "phase-2-VirtualAssistant",
        ];
        Assert.Superset(expected.ToHashSet(), host.MessagesFor(planId).ToHashSet());
        // Written once each across both processes: a replayed or retried send found its message already there.
        var writes = Written().Matches(host.Log).Select(m => m.Groups[1].Value).Where(id => id.StartsWith(planId, StringComparison.Ordinal)).ToList();
        Assert.Equal(writes.Distinct().Count(), writes.Count);
    }

    async Task WaitForRecordedAsync(string planId, string checkInId)
    {
        for (var i = 0; i < 300; i++)
        {
            using var response = await host.Http.GetAsync($"api/plans/{planId}");
            var plan = await response.ReadJsonAsync();
            var recorded = plan.GetProperty("checkIns").EnumerateArray()
                .SelectMany(c => c.TryGetProperty("history", out var h) ? h.EnumerateArray().ToList() : [])
                .Any(h => h.GetProperty("checkInId").GetString() == checkInId && h.GetProperty("onTrack").ValueKind == System.Text.Json.JsonValueKind.True);
            if (recorded)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{checkInId} was never recorded.\n{host.Log}");
    }

    async Task RecordAsync(string planId, int number)
    {
        var reminder = await host.WaitForAsync(planId, $"remind-VirtualAssistant-{number}-owner", TimeSpan.FromSeconds(180));
        var token = Outbox.LinkIn(reminder, "/checkins/").AbsolutePath["/checkins/".Length..];
        using var recorded = await host.Http.PostAsync($"api/checkins/{token}", Intakes.Json(new JsonObject
        {
            ["onTrack"] = true, ["stress"] = 2, ["readyForMore"] = true,
        }));
        Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
    }

    [GeneratedRegex(@"Wrote (\S+) \(")]
    private static partial Regex Written();
}
