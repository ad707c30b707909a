using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// The moments around start and stop, when the HTTP port answers but the workflow engine may not:
/// on Azurite, where the engine takes longest to come up. Nothing in them may be a 500.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReadinessTests
{
    static Dictionary<string, string> OnAzurite() => new()
    {
        ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
        ["Standalone__TaskHub"] = "hub" + Guid.NewGuid().ToString("N")[..12],
        ["Storage__ContainerName"] = "docs-" + Guid.NewGuid().ToString("N")[..12],
    };

    [Fact]
    public async Task WhileStarting_IntakesGet503WithRetryAfterUntilHealthSaysReady_ThenOneIsAccepted()
    {
        await using var host = await StandaloneHost.StartAsync(OnAzurite(), waitUntilReady: false);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var seen = new List<HttpStatusCode>();
        string? planId = null;

        while (planId is null && DateTime.UtcNow < deadline)
        {
            try
            {
                using var health = await host.Http.GetAsync("api/health");
                using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));
                seen.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString();
                    continue;
                }

                await AssertUnavailableAsync(response, host.Log);
                Assert.True(health.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.OK, $"health said {health.StatusCode}");
            }
            catch (HttpRequestException)
            {
                // the port is not listening yet
            }
        }

        Assert.NotNull(planId);
        using var ready = await host.Http.GetAsync("api/health");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        await host.WaitForStatusAsync(planId, "Active");
        PlanAssertions.SingleEmailTo(host.OutboxDir, "ana@example.com");
    }

    [Fact]
    public async Task WhileStopping_IntakesGetAcceptedOr503_NeverA500()
    {
        await using var host = await StandaloneHost.StartAsync(OnAzurite());
        using var posting = new CancellationTokenSource();
        var statuses = new System.Collections.Concurrent.ConcurrentQueue<HttpStatusCode>();
        var poster = Task.Run(async () =>
        {
            while (!posting.IsCancellationRequested)
            {
                try
                {
                    using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic($"Practice {Guid.NewGuid():N}")));
                    statuses.Enqueue(response.StatusCode);
                    if (response.StatusCode != HttpStatusCode.Accepted)
                    {
                        await AssertUnavailableAsync(response, host.Log);
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the port has closed: the host is gone
                }
            }
        });

        // Stop once intakes are going through: a fixed delay was too short on a busy machine, and the
        // test then saw only the 503s of a host already stopping.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!statuses.ToArray().Contains(HttpStatusCode.Accepted) && DateTime.UtcNow < deadline && !poster.IsCompleted)
        {
            await Task.Delay(50);
        }

        await host.StopAsync();
        await posting.CancelAsync();
        await poster;

        Assert.Contains(HttpStatusCode.Accepted, statuses);
    }

    static async Task AssertUnavailableAsync(HttpResponseMessage response, string log)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}\n{log}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
