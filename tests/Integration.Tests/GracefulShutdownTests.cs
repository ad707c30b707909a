using System.Diagnostics;
using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// SIGTERM, as systemd, a container runtime or Ctrl+C sends it: the standalone host exits with 0 within
/// 5 s, sidecar and worker included, and work it had in flight is finished after a restart, once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GracefulShutdownTests
{
    // A service manager's usual grace period is 10 s; the host promises 5, and the test allows 1 s for the signal and the wait.
    static readonly TimeSpan Allowed = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Sigterm_IdleInMemoryHost_ExitsWithZeroWithinFiveSeconds()
    {
        await using var host = await StandaloneHost.StartAsync();

        var stopping = Stopwatch.StartNew();
        await host.StopAsync();

        Assert.True(stopping.Elapsed < Allowed, $"Stopping took {stopping.Elapsed.TotalSeconds:0.0} s:\n{host.Log}");
        Assert.True(host.ExitCode == 0, $"Exit code {host.ExitCode}:\n{host.Log}");
    }

    [Fact]
    public async Task Sigterm_WithPlansInFlightOnAzurite_ExitsWithinFiveSeconds_AndEveryPlanFinishesOnceAfterRestart()
    {
        const int Plans = 30;
        await using var host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
            ["Standalone__TaskHub"] = "stop" + Guid.NewGuid().ToString("N")[..12],
            ["Storage__ContainerName"] = "stop-" + Guid.NewGuid().ToString("N")[..12],
            // A message taken by the stopped host comes back after this, not the provider's 5 minutes.
            ["Standalone__QueueVisibilityTimeout"] = "00:00:15",
        });
        // One after another, many of them: posted all at once, identical plans move through the pipeline in
        // lockstep and can all be emailed before the stop; posted in turn, the last are still early when the first lands.
        var planIds = new List<string>();
        for (var i = 1; i <= Plans; i++)
        {
            using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic($"Shutdown Practice {i}")));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            planIds.Add((await response.ReadJsonAsync()).GetProperty("planId").GetString()!);
        }

        // Stop as soon as the first plan is emailed, so the others are somewhere between intake and email.
        var waiting = Stopwatch.StartNew();
        while (PlanEmails(host, planIds) == 0 && waiting.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(25);
        }

        var stopping = Stopwatch.StartNew();
        await host.StopAsync();
        var stopped = stopping.Elapsed;
        var sentBeforeStop = PlanEmails(host, planIds);

        Assert.True(stopped < Allowed, $"Stopping took {stopped.TotalSeconds:0.0} s:\n{host.Log}");
        Assert.True(host.ExitCode == 0, $"Exit code {host.ExitCode}:\n{host.Log}");
        Assert.True(sentBeforeStop is > 0 and < Plans, $"{sentBeforeStop} of {Plans} plans were emailed before the stop; the test needs some in flight:\n{host.Log}");

        await host.RestartAsync();
        foreach (var planId in planIds)
        {
            await host.WaitForStatusAsync(planId, "Active", TimeSpan.FromSeconds(90));
        }

        // The plan email is the pipeline's last step; give one that just finished a moment to land.
        var settling = Stopwatch.StartNew();
        while (PlanEmails(host, planIds) < Plans && settling.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
        }

        Assert.All(planIds, id => Assert.Equal(["plan-1"], host.MessagesFor(id).Where(m => m.StartsWith("plan-", StringComparison.Ordinal))));
    }

    static int PlanEmails(StandaloneHost host, List<string> planIds) =>
        planIds.Count(id => host.MessagesFor(id).Any(m => m.StartsWith("plan-", StringComparison.Ordinal)));
}
