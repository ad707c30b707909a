namespace Delegation.Standalone.Hosting;

/// <summary>Settings of the standalone host, bound from <c>Standalone</c>.</summary>
public sealed class StandaloneOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Standalone";

    /// <summary>Port of the web form and API (the same one <c>func start</c> uses).</summary>
    public int Port { get; set; } = 7071;

    /// <summary>Address to listen on: <c>localhost</c> by default, <c>*</c> or an IP address to accept other machines (then, in Production, <c>App:BaseUrl</c> must be public).</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>Loopback port of the Durable Task gRPC sidecar; 0 picks a free one.</summary>
    public int SidecarPort { get; set; }

    /// <summary>Durable task hub; the same name as in host.json, so both hosts can share a storage account.</summary>
    public string TaskHub { get; set; } = "DelegationHub";

    /// <summary>
    /// With Azure Storage: how long a message taken by a host that then died stays invisible before
    /// another host retries it (the provider's default, 5 minutes, when unset). Shorter recovers sooner.
    /// </summary>
    public TimeSpan? QueueVisibilityTimeout { get; set; }
}
