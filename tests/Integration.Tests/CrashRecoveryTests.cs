using System.Diagnostics;
using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// SIGKILL with plans mid-pipeline, on the durable backend: after a restart every plan finishes and
/// every owner has exactly one plan email, neither lost nor doubled.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    const int Plans = 50;

    // A task hub and container per run, so runs never see each other's plans.
    readonly string hub = "crash" + Guid.NewGuid().ToString("N")[..12];
    readonly string container = "crash-" + Guid.NewGuid().ToString("N")[..12];
    StandaloneHost host = null!;

    public async Task InitializeAsync() => host = await StandaloneHost.StartAsync(new Dictionary<string, string>
    {
        ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
        ["Standalone__TaskHub"] = hub,
        ["Storage__ContainerName"] = container,
        // Messages the killed host had taken come back after this, not the provider's 5 minutes.
        ["Standalone__QueueVisibilityTimeout"] = "00:00:20",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Host_KilledWithPlansMidPipeline_FinishesEveryPlanWithExactlyOneEmailEach()
    {
        // Distinct practices are distinct intakes, so 50 plans.
        var planIds = await Intakes.SubmitManyAsync(Plans, "Crash Test Practice", _ => host);

        // Kill as soon as a few plans are through, so most are somewhere between intake and email.
        var deadline = Stopwatch.StartNew();
        while (PlanEmails().Count < 5 && deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(50);
        }

        var sentBeforeKill = PlanEmails().Count;
        await host.RestartAsync(kill: true);
        Assert.InRange(sentBeforeKill, 1, Plans - 1);

        foreach (var planId in planIds)
        {
            var remaining = TimeSpan.FromSeconds(150) - deadline.Elapsed;
            await host.WaitForStatusAsync(planId, "Active", remaining > TimeSpan.FromSeconds(5) ? remaining : TimeSpan.FromSeconds(5));
        }

        // The plan email is written last; give a just-finished one a moment before counting.
        while (PlanEmails().Count < Plans && deadline.Elapsed < TimeSpan.FromSeconds(160))
        {
            await Task.Delay(200);
        }

        Assert.All(planIds, id => Assert.Equal(["plan-1"], host.MessagesFor(id).Where(m => m.StartsWith("plan-", StringComparison.Ordinal))));
        Assert.Equal(Plans, PlanEmails().Count);
    }

    List<string> PlanEmails() =>
        Directory.Exists(host.OutboxDir) ? [.. Directory.GetFiles(host.OutboxDir, "*-plan-*.eml")] : [];
}
