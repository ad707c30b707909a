using DurableTask.AzureStorage;
using Google.Protobuf.Collections;

namespace Delegation.Standalone.Hosting;

/// <summary>
/// Type names for the Azure Storage provider's queue messages. The gRPC sidecar hands over a sub-orchestration's
/// tags as a protobuf <see cref="MapField{TKey, TValue}"/>; the provider writes its type name into the message and
/// cannot load it back, so the sub-orchestration never starts (the rollout, the monthly report batches). Written
/// as a plain dictionary it round-trips; everything else keeps the provider's own naming.
/// </summary>
internal sealed class SidecarMessageTypes : ICustomTypeBinder
{
    static readonly System.Reflection.Assembly DurableTaskCore = typeof(DurableTask.Core.TaskMessage).Assembly;
    static readonly System.Reflection.Assembly DurableTaskAzureStorage = typeof(AzureStorageOrchestrationService).Assembly;

    public void BindToName(Type serializedType, out string assemblyName, out string typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);
        assemblyName = null!;
        typeName = (serializedType == typeof(MapField<string, string>) ? typeof(Dictionary<string, string>) : serializedType).FullName!;
    }

    public Type BindToType(string assemblyName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        // Messages already queued by a host without this binder carry the protobuf name: read them as a dictionary too.
        if (typeName.StartsWith("Google.Protobuf.Collections.MapField`2", StringComparison.Ordinal))
        {
            return typeof(Dictionary<string, string>);
        }

        return typeName.StartsWith("DurableTask.Core", StringComparison.Ordinal) ? DurableTaskCore.GetType(typeName, throwOnError: true)!
            : typeName.StartsWith("DurableTask.AzureStorage", StringComparison.Ordinal) ? DurableTaskAzureStorage.GetType(typeName, throwOnError: true)!
            : Type.GetType(typeName, throwOnError: true)!;
    }
}
