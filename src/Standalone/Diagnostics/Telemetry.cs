using Delegation.Standalone.Hosting;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Delegation.Standalone.Diagnostics;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
/// (with the other standard <c>OTEL_*</c> settings, e.g. <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>). Unset, nothing
/// is collected, so a local run pays nothing for it.
/// </summary>
internal static class Telemetry
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The Durable Task SDK's and the engine's activity sources: orchestrations and activities as spans.</summary>
    static readonly string[] WorkflowSources = ["Microsoft.DurableTask", "DurableTask.Core"];

    public static WebApplicationBuilder AddStandaloneTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("delegation-standalone"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(WorkflowSources))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();

        // The worker talks to the in-process sidecar over loopback gRPC many times a second, one call a
        // long-lived stream; as HTTP spans they would bury the requests people make. The workflow's own
        // sources above already show its orchestrations and activities.
        builder.Services.AddOptions<AspNetCoreTraceInstrumentationOptions>().Configure<SidecarEndpoint>((options, sidecar) =>
            options.Filter = context => context.Connection.LocalPort != sidecar.Port);
        builder.Services.AddOptions<HttpClientTraceInstrumentationOptions>().Configure<SidecarEndpoint>((options, sidecar) =>
            options.FilterHttpRequestMessage = request => request.RequestUri is not { IsLoopback: true } uri || uri.Port != sidecar.Port);
        return builder;
    }
}
