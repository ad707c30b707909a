using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Delegation.Functions.Tests;

/// <summary>
/// The serializer the isolated worker is configured with by default. The Durable extension wraps this same
/// one as its data converter, so it carries orchestration inputs, activity inputs and outputs, and custom status.
/// </summary>
internal static class WorkerSerializer
{
    public static ObjectSerializer Create()
    {
        var services = new ServiceCollection();
        services.AddFunctionsWorkerDefaults();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<WorkerOptions>>().Value.Serializer
            ?? throw new InvalidOperationException("The worker has no default serializer.");
    }
}
