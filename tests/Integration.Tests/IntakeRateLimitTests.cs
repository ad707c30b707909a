using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>The standalone host limits intakes per client address; a host of its own with a low limit makes it deterministic.</summary>
public sealed class IntakeRateLimitTests : IAsyncLifetime
{
    const int Permits = 3;
    StandaloneHost host = null!;

    public async Task InitializeAsync() => host = await StandaloneHost.StartAsync(new Dictionary<string, string>
    {
        ["RateLimiting__IntakePermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Intake_OverThePerClientLimit_Is429ProblemWithRetryAfterAndStartsNothing()
    {
        // Refused bodies count too: the limit is on requests, so probing costs the same as posting.
        for (var i = 0; i < Permits; i++)
        {
            using var counted = await host.Http.PostAsync("api/intake", Intakes.Json("{}"));
            Assert.Equal(HttpStatusCode.BadRequest, counted.StatusCode);
        }

        using var limited = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await limited.ReadJsonAsync()).GetProperty("status").GetInt32());
        var retryAfter = limited.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After in seconds");
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        // Reading is not limited, and the refused intake started nothing.
        using var health = await host.Http.GetAsync("api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var form = await host.Http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        await Task.Delay(300);
        Assert.False(Directory.Exists(Path.Combine(host.BlobsDir, "plans")), "a refused intake wrote a plan");
    }
}
