using System.Net;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// The SOP change flow on the durable backend (Azure Storage orchestration service, Blob documents, on Azurite): the
/// same tests as on the embedded engine, and a review that outlives a restart of the host with one email each.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteSopChangeTests : SopChangeFlowTests
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
    };

    [Fact]
    public async Task SopChange_HostRestartsWhileTheReviewWaits_ApprovalStillDeliversVersion2_OneEmailEach()
    {
        var (planId, taskId, token) = await CheckInOpenAsync();
        using (var recorded = await Host.PostCheckInAsync(token, new JsonObject { ["sopTaskId"] = taskId, ["sopChange"] = Change }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        var reviewToken = Outbox.LinkIn(await Host.WaitForAsync(planId, $"{Review}-proposed"), "/sop-changes/").AbsolutePath["/sop-changes/".Length..];

        await Host.RestartAsync();
        using (var decided = await Host.Http.PostAsync($"api/sop-changes/{reviewToken}", Intakes.Json(new JsonObject { ["decision"] = "approve" })))
        {
            Assert.Equal(HttpStatusCode.Accepted, decided.StatusCode);
        }

        var approved = await Host.WaitForAsync(planId, $"{Review}-approved");
        Assert.Contains("(version 2)", approved.Subject, StringComparison.Ordinal);
        Assert.Single(Host.MessagesFor(planId), m => m == $"{Review}-proposed");
        Assert.Single(Host.MessagesFor(planId), m => m == $"{Review}-approved");
        using var sop = await Host.Http.GetAsync($"api/plans/{planId}/sops/{taskId}?format=md");
        Assert.Contains("· version 2*", await sop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
