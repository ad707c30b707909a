using DurableTask.AzureStorage;
using DurableTask.Core;
using Delegation.Infrastructure;
using Microsoft.DurableTask.Testing.Sidecar;

namespace Delegation.Standalone.Hosting;

/// <summary>
/// The orchestration service behind the sidecar: in memory by default, the Azure Storage provider
/// (the one Durable Functions uses) when <c>AzureWebJobsStorage</c> is set, e.g. to Azurite.
/// </summary>
internal sealed class DurableBackend
{
    DurableBackend(IOrchestrationService service, IOrchestrationServiceClient client, bool durable)
    {
        Service = service;
        Client = client;
        IsDurable = durable;
    }

    /// <summary>
    /// Work items the embedded engine hands out at once: in effect no limit, so the Durable Task worker's
    /// own concurrency limits are the ones that apply. The in-memory service alone allows one per core,
    /// and whenever the sidecar's dispatcher reaches its cap it waits 500 ms before looking again: with a
    /// cap of 32, 200 bare orchestrations took 34 s instead of 4.5 s; with 200 (the worker's own default
    /// on 2 cores), 200 probes that each start a second instance stalled the same way.
    /// </summary>
    const int EmbeddedWorkItems = 10_000;

    public IOrchestrationService Service { get; }

    public IOrchestrationServiceClient Client { get; }

    public bool IsDurable { get; }

    public static DurableBackend Create(IConfiguration configuration, StandaloneOptions options, ILoggerFactory loggers)
    {
        var connectionString = configuration[DependencyInjection.StorageSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var memory = new InMemoryOrchestrationService(loggers);
            return new DurableBackend(new WiderDispatch(memory, EmbeddedWorkItems), memory, durable: false);
        }

        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            LoggerFactory = loggers,
            // One process polls every partition; short polling keeps a quiet host responsive.
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            // Activities here wait on storage and email, not on the CPU, so more may run than the default
            // (10 per core); at the cap the sidecar's dispatcher pauses 500 ms before it looks again.
            MaxConcurrentTaskActivityWorkItems = 100,
            // A standalone host restarted after a crash should not wait the default 30 s for its own old leases.
            LeaseInterval = TimeSpan.FromSeconds(15),
            LeaseRenewInterval = TimeSpan.FromSeconds(5),
            LeaseAcquireInterval = TimeSpan.FromSeconds(5),
            // Messages queued by a host that died must still be readable by the next one.
            CustomMessageTypeBinder = new SidecarTagsTypeBinder(),
        };
        if (options.QueueVisibilityTimeout is { } visibility)
        {
            settings.ControlQueueVisibilityTimeout = visibility;
            settings.WorkItemQueueVisibilityTimeout = visibility;
        }

        var storage = new AzureStorageOrchestrationService(settings);
        return new DurableBackend(storage, storage, durable: true);
    }
}
