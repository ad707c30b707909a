using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// Monthly reports on the Azure Storage backend (Azurite), with pages of two plans so the run crosses a
/// continue-as-new boundary: the path the sidecar could not run while the month used sub-orchestrations.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteMonthlyReportsTests : IAsyncLifetime
{
    const string Key = "test-admin-key-0123456789";
    readonly string hub = "hub" + Guid.NewGuid().ToString("N")[..12];
    readonly string container = "docs-" + Guid.NewGuid().ToString("N")[..12];
    StandaloneHost host = null!;
    BlobContainerClient blobs = null!;

    public async Task InitializeAsync()
    {
        host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
            ["Standalone__TaskHub"] = hub,
            ["Storage__ContainerName"] = container,
            ["Admin__Key"] = Key,
            ["Reports__SummaryEmail"] = "operator@example.com",
            ["Reports__BatchSize"] = "2",
        });
        blobs = new BlobServiceClient(AzuriteFixture.ConnectionString).GetBlobContainerClient(container);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AdminReports_OnAzurite_ThreePlansOverTwoPages_ReportsStoredEmailedAndOneSummary()
    {
        using var intake = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));
        var realPlanId = (await intake.ReadJsonAsync()).GetProperty("planId").GetString()!;
        await host.WaitForStatusAsync(realPlanId, "Active");
        await WaitForBlobAsync($"plans/{realPlanId}/rollout.json");
        string[] seeded =
        [
            await SeedAsync(realPlanId, new(2025, 9, 1, 9, 0, 0, TimeSpan.Zero)),
            await SeedAsync(realPlanId, new(2025, 10, 3, 9, 0, 0, TimeSpan.Zero)),
            await SeedAsync(realPlanId, new(2025, 10, 15, 0, 0, 0, TimeSpan.Zero)),
        ];

        var summary = await RunMonthAsync("2025-10");

        // The real plan started this month, so it is listed but not active in October 2025.
        Assert.Equal(3, summary.GetProperty("reported").GetInt32());
        Assert.Equal(3, summary.GetProperty("emailsSent").GetInt32());
        Assert.Equal(1, summary.GetProperty("notActive").GetInt32());
        Assert.Equal(0, summary.GetProperty("failedCount").GetInt32());
        foreach (var planId in seeded)
        {
            Assert.True(await blobs.GetBlobClient($"reports/2025-10/{planId}.json").ExistsAsync(), $"no report JSON for {planId}");
            Assert.True(await blobs.GetBlobClient($"reports/2025-10/{planId}.html").ExistsAsync(), $"no report HTML for {planId}");
            await host.WaitForAsync(planId, "report-2025-10");
        }

        var mail = await host.WaitForAsync("reports", "2025-10-summary");
        Assert.Contains("Practices reported: 3", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(["2025-10-summary"], host.MessagesFor("reports"));
    }

    async Task<JsonElement> RunMonthAsync(string month)
    {
        using (var start = await AdminSendAsync(HttpMethod.Post, $"api/admin/reports?month={month}"))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var status = await AdminSendAsync(HttpMethod.Get, $"api/admin/reports/{month}");
            last = await status.Content.ReadAsStringAsync();
            if (status.StatusCode == HttpStatusCode.OK)
            {
                var run = JsonDocument.Parse(last).RootElement;
                Assert.True(run.GetProperty("status").GetString() != "Failed", $"Reports {month} failed: {last}\nHost log:\n{host.Log}");
                if (run.GetProperty("status").GetString() == "Completed")
                {
                    return run.GetProperty("summary").Clone();
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Reports {month} did not complete. Last answer: {last}\nHost log:\n{host.Log}");
    }

    /// <summary>A copy of the real plan and its rollout in Blob under a new id, started when given.</summary>
    async Task<string> SeedAsync(string realPlanId, DateTimeOffset createdAt)
    {
        var planId = Guid.NewGuid().ToString("N");
        var plan = JsonNode.Parse((await blobs.GetBlobClient($"plans/{realPlanId}/plan.json").DownloadContentAsync()).Value.Content.ToString())!;
        plan["planId"] = planId;
        plan["createdAt"] = createdAt;
        var rollout = JsonNode.Parse((await blobs.GetBlobClient($"plans/{realPlanId}/rollout.json").DownloadContentAsync()).Value.Content.ToString())!;
        rollout["planId"] = planId;
        rollout["history"] = new JsonArray();
        await blobs.GetBlobClient($"plans/{planId}/plan.json").UploadAsync(BinaryData.FromString(plan.ToJsonString()));
        await blobs.GetBlobClient($"plans/{planId}/rollout.json").UploadAsync(BinaryData.FromString(rollout.ToJsonString()));
        return planId;
    }

    async Task WaitForBlobAsync(string name)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await blobs.GetBlobClient(name).ExistsAsync() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.True(await blobs.GetBlobClient(name).ExistsAsync(), $"{name} never appeared.");
    }

    async Task<HttpResponseMessage> AdminSendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", Key);
        return await host.Http.SendAsync(request);
    }
}
