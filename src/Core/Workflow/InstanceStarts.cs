using Microsoft.DurableTask.Client;

namespace Delegation.Core.Workflow;

/// <summary>
/// Starting an orchestration under a fixed instance id exactly once: the dedupe statuses that make a
/// second start fail, and how to recognise that failure, for every caller that starts one.
/// </summary>
public static class InstanceStarts
{
    /// <summary>Every status counts as "already exists": a fixed id is never reused, even after a failure.</summary>
    public static readonly IReadOnlyList<OrchestrationRuntimeStatus> NeverReplace =
    [
        OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed,
        OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Terminated, OrchestrationRuntimeStatus.Suspended,
    ];

    /// <summary>
    /// True when <paramref name="ex"/> is the backend refusing a duplicate start. The gRPC client surfaces
    /// it as an RpcException (AlreadyExists), the Functions client as its own type; both say so in type
    /// name or message.
    /// </summary>
    public static bool IsAlreadyExists(Exception? ex) =>
        ex is not null
        && (ex.GetType().Name.Contains("AlreadyExists", StringComparison.Ordinal)
            || ex.Message.Contains("AlreadyExists", StringComparison.Ordinal)
            || ex.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase)
            || IsAlreadyExists(ex.InnerException));
}
