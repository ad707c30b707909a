using Delegation.Core.Ports;
using Microsoft.DurableTask;

namespace Delegation.Core.Workflow;

/// <summary>The retry policies every orchestration uses for its activities, defined once.</summary>
internal static class WorkflowRetries
{
    /// <summary>Activities that touch storage: a bad minute of storage or a host restart is worth five tries.</summary>
    public static readonly TaskOptions Io = TaskOptions.FromRetryPolicy(Schedule());

    /// <summary>
    /// Activities that send email: the same schedule for storage faults and host restarts, but never for
    /// <see cref="EmailDeliveryException"/>. The sender's HTTP pipeline already retried 429/5xx/timeouts
    /// (bounded); retrying it here too would multiply the attempts, and a 400 would be sent again for nothing.
    /// </summary>
    public static readonly TaskOptions Email = TaskOptions.FromRetryPolicy(Schedule(
        failure => !failure.IsCausedBy<EmailDeliveryException>()));

    // One schedule: up to five attempts, 1 s doubling to at most 30 s; "handle" says which failures it covers.
    static RetryPolicy Schedule(Func<TaskFailureDetails, bool>? handle = null) => new(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromSeconds(30))
    {
        HandleFailure = handle ?? (_ => true),
    };
}
