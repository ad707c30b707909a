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

    public IOrchestrationService Service { get; }

    public IOrchestrationServiceClient Client { get; }

    public bool IsDurable { get; }

    public static DurableBackend Create(IConfiguration configuration, StandaloneOptions options, ILoggerFactory loggers)
    {
        var connectionString = configuration[DependencyInjection.StorageSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var memory = new InMemoryOrchestrationService(loggers);
            return new DurableBackend(memory, memory, durable: false);
        }

        var storage = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            LoggerFactory = loggers,
            // One process polls every partition; short polling keeps a quiet host responsive.
            MaxQueuePollingInterval = TimeSpan.FromSeconds(2),
            // Without it, sub-orchestrations started through the sidecar never start (see SidecarMessageTypes).
            CustomMessageTypeBinder = new SidecarMessageTypes(),
        });
        return new DurableBackend(storage, storage, durable: true);
    }
}
