using Delegation.Core.Rollout;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="StartRollout"/> stage as a Functions activity, with the Durable client bound in.</summary>
public sealed class StartRolloutActivity(StartRollout activity)
{
    /// <summary>Starts the plan's rollout orchestration once.</summary>
    [Function(nameof(StartRollout))]
    public Task<string> RunAsync([ActivityTrigger] RolloutState input, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        activity.RunAsync(input, client, cancellationToken);
}
