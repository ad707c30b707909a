using System.Diagnostics;
using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// Two standalone hosts on one Azurite task hub, as two instances of a scaled-out app: they share the work,
/// and when one is killed mid-run the other finishes every plan, with exactly one plan email each.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScaleOutTests : IAsyncLifetime
{
    const int Plans = 40;

    readonly string hub = "scale" + Guid.NewGuid().ToString("N")[..12];
    readonly string container = "scale-" + Guid.NewGuid().ToString("N")[..12];
    // One outbox for both, as one SendGrid account would be: a message sent by either counts once.
    readonly string outbox = Directory.CreateTempSubdirectory("delegation-scale-outbox-").FullName;
    StandaloneHost first = null!;
    StandaloneHost second = null!;

    Dictionary<string, string> Settings() => new()
    {
        ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
        ["Standalone__TaskHub"] = hub,
        ["Storage__ContainerName"] = container,
        ["Email__OutboxPath"] = outbox,
        // Work the killed host had taken comes back after this, not the provider's 5 minutes.
        ["Standalone__QueueVisibilityTimeout"] = "00:00:20",
    };

    public async Task InitializeAsync()
    {
        first = await StandaloneHost.StartAsync(Settings());
        second = await StandaloneHost.StartAsync(Settings());
    }

    public async Task DisposeAsync()
    {
        // Both, even if one failed to start: no host outlives the test.
        if (second is not null)
        {
            await second.DisposeAsync();
        }

        if (first is not null)
        {
            await first.DisposeAsync();
        }

        Directory.Delete(outbox, recursive: true);
    }

    [Fact]
    public async Task TwoHostsOneTaskHub_ShareTheWork_AndOneKilledMidRunLosesAndDoublesNothing()
    {
        var clock = Stopwatch.StartNew();
        // Half the intakes through each host, as a load balancer would spread them.
        var planIds = await Intakes.SubmitManyAsync(Plans, "Scale Out Practice", i => i % 2 == 0 ? first : second);

        // Kill the second host once both have sent plan emails and most plans are still under way.
        while ((Sent(first) == 0 || Sent(second) == 0 || PlanEmails().Count < 5) && clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(50);
        }

        var sentBeforeKill = PlanEmails().Count;
        Assert.True(Sent(first) > 0 && Sent(second) > 0, $"Work was not shared: first host sent {Sent(first)}, second {Sent(second)}.\n{second.Log}");
        await second.StopAsync(kill: true);
        var killedAt = clock.Elapsed;
        Assert.InRange(sentBeforeKill, 1, Plans - 1);

        // The surviving host reads every plan from the shared store and finishes the ones the dead host held.
        foreach (var planId in planIds)
        {
            var remaining = TimeSpan.FromSeconds(180) - clock.Elapsed;
            await first.WaitForStatusAsync(planId, "Active", remaining > TimeSpan.FromSeconds(5) ? remaining : TimeSpan.FromSeconds(5));
        }

        while (PlanEmails().Count < Plans && clock.Elapsed < TimeSpan.FromSeconds(190))
        {
            await Task.Delay(200);
        }

        Assert.All(planIds, id => Assert.Single(PlanEmails(), f => Path.GetFileName(f) == $"{id}-plan-1.eml"));
        Assert.Equal(Plans, PlanEmails().Count);
        Console.WriteLine($"Scale-out: killed after {killedAt.TotalSeconds:0} s with {sentBeforeKill}/{Plans} sent; all sent after {clock.Elapsed.TotalSeconds:0} s.");
    }

    // The send activity logs each message it writes: a host that logged one executed activities.
    static int Sent(StandaloneHost host) =>
        host.Log.Split('\n').Count(l => l.Contains("to the outbox", StringComparison.Ordinal) && l.Contains("(plan)", StringComparison.Ordinal));

    List<string> PlanEmails() => [.. Directory.GetFiles(outbox, "*-plan-*.eml")];
}
