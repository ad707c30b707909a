using Grpc.Core;
using Microsoft.DurableTask.Client;

namespace Delegation.Standalone.Hosting;

/// <summary>
/// Whether the workflow engine takes work now. Kestrel answers HTTP before the in-process sidecar
/// and its orchestration service do, so without this an intake posted in that moment met a gRPC
/// "connection refused" and a 500. Ready once a client call has gone through the sidecar to the
/// orchestration service after the host started; not ready again from the moment it starts to stop.
/// </summary>
internal sealed class EngineReadiness
{
    volatile bool ready;

    /// <summary>Seconds a caller is asked to wait (<c>Retry-After</c>) while the engine is not ready.</summary>
    public const int RetryAfterSeconds = 2;

    public bool IsReady => ready;

    public void MarkReady() => ready = true;

    public void MarkStopping() => ready = false;

    /// <summary>Failures that mean the engine is not there (starting, stopping), not that the request was wrong.</summary>
    public static bool IsEngineUnavailable(Exception exception) => exception switch
    {
        RpcException rpc => rpc.StatusCode is StatusCode.Unavailable or StatusCode.Cancelled or StatusCode.DeadlineExceeded
            or StatusCode.Aborted,
        OperationCanceledException or ObjectDisposedException => true,
        _ => exception.InnerException is { } inner && IsEngineUnavailable(inner),
    };
}

/// <summary>Probes the engine once the host has started, until a call gets through, then marks it ready.</summary>
internal sealed partial class EngineReadinessProbe(
    EngineReadiness readiness,
    DurableTaskClient client,
    IHostApplicationLifetime lifetime,
    ILogger<EngineReadinessProbe> log) : BackgroundService
{
    // An id no plan can have (plan ids are hex); asking for it goes through the sidecar to the
    // orchestration service and changes nothing.
    const string ProbeInstance = "readiness-probe";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lifetime.ApplicationStopping.Register(readiness.MarkStopping);
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await client.GetInstanceAsync(ProbeInstance, getInputsAndOutputs: false, stoppingToken);
                if (!lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    readiness.MarkReady();
                    LogReady(log);
                }

                return;
            }
            catch (Exception e) when (EngineReadiness.IsEngineUnavailable(e) && !stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return started.Task.IsCompleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The workflow engine takes work: /api/health answers 200.")]
    static partial void LogReady(ILogger log);
}
