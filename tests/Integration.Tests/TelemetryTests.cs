using System.Diagnostics;
using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, the standalone host exports traces of its HTTP requests and
/// of the workflow (the Durable Task SDK's spans), and HTTP metrics, over OTLP.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Intake_WithAnOtlpEndpoint_ExportsTheRequestTheWorkflowAndMetrics()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Export within a second, not the SDK's 5 s (traces) and 60 s (metrics).
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });

        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic("Telemetry Practice")));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        await host.WaitForStatusAsync(planId, "Active");

        (string Path, string Text)[] expected =
        [
            ("/v1/traces", "api/intake"),                     // the intake request's route
            ("/v1/traces", "Microsoft.DurableTask"),          // the workflow's activity source
            ("/v1/traces", "delegation-standalone"),          // the service name on the resource
            ("/v1/metrics", "http.server.request.duration"),  // ASP.NET Core's request metric
        ];
        var waiting = Stopwatch.StartNew();
        while (!expected.All(e => receiver.Received(e.Path, e.Text)) && waiting.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
        }

        Assert.All(expected, e => Assert.True(receiver.Received(e.Path, e.Text), $"No export to {e.Path} mentions '{e.Text}'.\n{host.Log}"));
        // The worker's loopback gRPC calls to the sidecar are filtered out of the HTTP spans.
        Assert.False(receiver.Received("/v1/traces", "GetWorkItems"), "The sidecar's GetWorkItems stream was exported as a span.");
    }
}
