using DurableTask.AzureStorage;

namespace Delegation.Standalone.Hosting;

/// <summary>
/// Queue-message type names for the Azure Storage provider. The SDK's gRPC sidecar hands the engine
/// event tags as a protobuf <c>MapField&lt;string, string&gt;</c>; the provider writes <c>$type</c> without an
/// assembly name, so a process that did not write the message cannot resolve it, and a sub-orchestration
/// start that was queued when the host died was refused forever after a restart (the plan stayed in
/// Planning). Tags are written as a plain dictionary, and any MapField already queued is read as one.
/// </summary>
internal sealed class SidecarTagsTypeBinder : ICustomTypeBinder
{
    const string MapField = "Google.Protobuf.Collections.MapField`2";

    public void BindToName(Type serializedType, out string assemblyName, out string typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);
        var type = IsTags(serializedType) ? typeof(Dictionary<string, string>) : serializedType;
        assemblyName = null!;
        typeName = type.FullName!;
    }

    public Type BindToType(string assemblyName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        if (typeName.StartsWith(MapField, StringComparison.Ordinal))
        {
            return typeof(Dictionary<string, string>);
        }

        return Type.GetType(string.IsNullOrEmpty(assemblyName) ? typeName : $"{typeName}, {assemblyName}", throwOnError: true)!;
    }

    static bool IsTags(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition().FullName == MapField
        && type.GetGenericArguments() is [var k, var v] && k == typeof(string) && v == typeof(string);
}
