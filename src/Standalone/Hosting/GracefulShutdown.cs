using Microsoft.DurableTask.Worker.Hosting;

namespace Delegation.Standalone.Hosting;

/// <summary>
/// Stopping on SIGTERM or Ctrl+C within 5 s. Kestrel stops first and waits, up to the host's shutdown
/// timeout (30 s by default), for every request in flight; one of those is the Durable Task worker's
/// <c>GetWorkItems</c> stream to the in-process sidecar, which ends only when the worker stops, and the
/// worker, a later hosted service, stopped only after Kestrel gave up. So the worker is stopped first,
/// and the timeout is short. Work is at least once: an activity cut off here is abandoned, and the
/// engine hands it out again (after a restart, or to another host once its lease or message expires).
/// </summary>
internal static partial class GracefulShutdown
{
    /// <summary>Longest wait for hosted services to stop; the process exits well inside 5 s.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services)
    {
        services.Configure<HostOptions>(o => o.ShutdownTimeout = Timeout);
        services.AddHostedService<WorkerStopsFirst>();
        return services;
    }

    /// <summary>Stops the Durable Task worker in the stopping phase, before any hosted service (Kestrel among them) stops.</summary>
    sealed partial class WorkerStopsFirst(IServiceProvider services, ILogger<WorkerStopsFirst> log) : IHostedLifecycleService
    {
        public async Task StoppingAsync(CancellationToken cancellationToken)
        {
            // Resolved now, not in the constructor: the worker is itself one of the hosted services.
            foreach (var worker in services.GetServices<IHostedService>().OfType<DurableTaskWorker>())
            {
                await worker.StopAsync(cancellationToken);
            }

            LogWorkerStopped(log);
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "The workflow worker stopped taking work; work in flight is retried by the engine.")]
        static partial void LogWorkerStopped(ILogger log);
    }
}
