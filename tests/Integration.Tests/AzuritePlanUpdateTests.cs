using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// The plan update on the durable backend (Azure Storage orchestration service, Blob documents, on Azurite): the same
/// tests as on the embedded engine, and an update that outlives a crash of the host with one version and one email.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuritePlanUpdateTests : PlanUpdateFlowTests
{
    // A task hub and container per test, so runs never see each other's plans.
    readonly string hub = "hub" + Guid.NewGuid().ToString("N")[..12];
    readonly string container = "docs-" + Guid.NewGuid().ToString("N")[..12];

    /// <inheritdoc />
    protected override Dictionary<string, string> Backend => new()
    {
        ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
        ["Standalone__TaskHub"] = hub,
        ["Storage__ContainerName"] = container,
        // Messages the killed host had taken come back after this, not the provider's 5 minutes.
        ["Standalone__QueueVisibilityTimeout"] = "00:00:20",
    };

    [Fact]
    public async Task Update_HostKilledMidUpdate_FinishesAfterTheRestart_OneVersionOneEmail()
    {
        // No hire yet: at this test's pace a week passes in seconds, and a hire's check-ins missed while the host is down
        // would pause the plan, which an update then rightly leaves alone.
        var (planId, token, intake) = await PlanWithHireAsync(hire: false);
        intake["budget"]!["monthly"] = 4000;
        using (var accepted = await PutAsync(planId, token, intake))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        // Killed as a crash would stop it, with the update's workflow under way and its email not sent yet.
        await Host.StopAsync(kill: true);
        Assert.DoesNotContain(Host.MessagesFor(planId), m => m.StartsWith("planupdate", StringComparison.Ordinal));
        await Host.RestartAsync();

        // The owner, unsure it went through, sends it again: the same update, not a second one.
        using (var again = await PutAsync(planId, token, intake))
        {
            Assert.True(again.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, again.StatusCode.ToString());
        }

        await Host.WaitForAsync(planId, "planupdate-2", TimeSpan.FromMinutes(3));
        await WaitForVersionAsync(planId, 2);
        var versions = await (await Host.Http.GetAsync($"api/plans/{planId}/versions")).ReadJsonAsync();
        Assert.Equal([1, 2], versions.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Single(Host.MessagesFor(planId), m => m == "planupdate-2");
        Assert.DoesNotContain(Host.MessagesFor(planId), m => m.StartsWith("planupdate-3", StringComparison.Ordinal));
    }
}
