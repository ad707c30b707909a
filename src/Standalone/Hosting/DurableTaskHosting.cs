using Delegation.Standalone.Diagnostics;
using Delegation.Standalone.Workflow;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Delegation.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace Delegation.Standalone.Hosting;

/// <summary>
/// Runs the Durable Task engine inside this process: the SDK's gRPC sidecar serves the chosen
/// orchestration service, and the SDK worker and client talk to it exactly as they talk to a
/// Functions host or a scheduler.
/// </summary>
internal static class DurableTaskHosting
{
    public static WebApplicationBuilder AddStandaloneDurableTask(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StandaloneOptions>().BindConfiguration(StandaloneOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StandaloneOptions>>(new ProblemValidator<StandaloneOptions>(o => o.Problem()));
        services.AddSingleton(sp => DurableBackend.Create(
            builder.Configuration,
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StandaloneOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => sp.GetRequiredService<DurableBackend>().Service);
        services.AddSingleton(sp => sp.GetRequiredService<DurableBackend>().Client);
        services.AddGracefulShutdown();
        services.AddSingleton<EngineReadiness>();
        services.AddHostedService<EngineReadinessProbe>();
        services.AddGrpc();
        services.AddSingleton<TaskHubGrpcServer>();

        services.AddSingleton(sp => GrpcChannel.ForAddress(sp.GetRequiredService<SidecarEndpoint>().Address));
        services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc();
            var diagnostics = CeilingProbe.IsEnabled(builder.Configuration);
            worker.AddTasks(registry =>
            {
                registry.AddDelegationWorkflow();
                if (diagnostics)
                {
                    registry.AddCeilingProbe();
                }
            });
        });
        services.AddDurableTaskClient(client => client.UseGrpc());
        // Both the worker and the client take the channel from DI.
        services.AddOptions<Microsoft.DurableTask.Worker.Grpc.GrpcDurableTaskWorkerOptions>()
            .Configure<GrpcChannel>((o, channel) => o.Channel = channel);
        services.AddOptions<Microsoft.DurableTask.Client.Grpc.GrpcDurableTaskClientOptions>()
            .Configure<GrpcChannel>((o, channel) => o.Channel = channel);
        return builder;
    }

    /// <summary>Creates the task hub's queues and tables when storage is used, and says where state lives.</summary>
    public static async Task PrepareDurableBackendAsync(this WebApplication app)
    {
        var backend = app.Services.GetRequiredService<DurableBackend>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Delegation.Standalone");
        if (backend.Service is AzureStorageOrchestrationService storage)
        {
            await storage.CreateIfNotExistsAsync();
            log.LogInformation("Durable state and documents are in Azure Storage (AzureWebJobsStorage); plans survive a restart.");
        }
        else
        {
            log.LogWarning("No AzureWebJobsStorage set: workflow state is in memory and is lost when this host stops. Documents go to the local folder, email to the outbox.");
        }
    }

    /// <summary>Serves the sidecar only on its own loopback endpoint.</summary>
    public static void MapDurableTaskSidecar(this WebApplication app)
    {
        var port = app.Services.GetRequiredService<SidecarEndpoint>().Port;
        app.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{port}");
    }
}
