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

    /// <summary>
    /// With Azure Storage: the longest an idle host waits between polls of its queues (they back off up to
    /// this while empty), so the most a form posted to a quiet host waits per queue before anything starts.
    /// Shorter answers sooner and costs more storage transactions while idle (see docs/benchmarks.md).
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Explains what is wrong with these settings, naming the setting, or null when they are usable.</summary>
    public string? Problem()
    {
        if (Port is < 1 or > 65535)
        {
            return $"Standalone:Port is {Port}; it must be 1–65535.";
        }

        if (SidecarPort is < 0 or > 65535 || (SidecarPort != 0 && SidecarPort == Port))
        {
            return $"Standalone:SidecarPort is {SidecarPort}; it must be 0 (a free port) or 1–65535, and not Standalone:Port.";
        }

        // Azure Storage names queues and tables after the hub: 3–45 letters and digits, starting with a letter.
        if (TaskHub is not { Length: >= 3 and <= 45 } || !char.IsAsciiLetter(TaskHub[0]) || !TaskHub.All(char.IsAsciiLetterOrDigit))
        {
            return $"Standalone:TaskHub is '{TaskHub}'; a task hub name is 3–45 letters and digits, starting with a letter.";
        }

        if (MaxQueuePollingInterval <= TimeSpan.Zero || MaxQueuePollingInterval > TimeSpan.FromMinutes(1))
        {
            return $"Standalone:MaxQueuePollingInterval is {MaxQueuePollingInterval}; it must be more than 0 and at most 00:01:00.";
        }

        return QueueVisibilityTimeout is { } timeout && timeout <= TimeSpan.Zero
            ? "Standalone:QueueVisibilityTimeout must be positive when set."
            : null;
    }
}
