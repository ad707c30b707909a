using System.Net;
using Azure.Storage.Blobs;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>The durable option: Azure Storage orchestration service and Blob documents, on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteEndToEndTests : IAsyncLifetime
{
    // A task hub and container per test run, so runs never see each other's plans.
    readonly string hub = "hub" + Guid.NewGuid().ToString("N")[..12];
    readonly string container = "docs-" + Guid.NewGuid().ToString("N")[..12];
    StandaloneHost host = null!;

    public async Task InitializeAsync() => host = await StandaloneHost.StartAsync(new Dictionary<string, string>
    {
        ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
        ["Standalone__TaskHub"] = hub,
        ["Storage__ContainerName"] = container,
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Intake_OnAzurite_BecomesActivePlanStoredInBlobAndSurvivesRestart()
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;

        var plan = await host.WaitForStatusAsync(planId, "Active");
        PlanAssertions.IsCompleteActivePlan(plan, planId);
        PlanAssertions.SingleEmailTo(host.OutboxDir, "ana@example.com");
        var blobs = new BlobServiceClient(AzuriteFixture.ConnectionString).GetBlobContainerClient(container);
        Assert.True(await blobs.GetBlobClient($"plans/{planId}/plan.json").ExistsAsync());
        Assert.False(Directory.Exists(Path.Combine(host.BlobsDir, "plans")), "documents must go to Blob, not the local folder");

        await host.RestartAsync();
        var afterRestart = await host.WaitForStatusAsync(planId, "Active");
        using var resubmitted = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));

        Assert.Equal(plan.GetProperty("totals").ToString(), afterRestart.GetProperty("totals").ToString());
        Assert.Equal(planId, (await resubmitted.ReadJsonAsync()).GetProperty("planId").GetString());
        PlanAssertions.SingleEmailTo(host.OutboxDir, "ana@example.com");
    }
}
