using Delegation.Core.Rollout;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="SaveRollout"/> stage as a Functions activity.</summary>
public sealed class SaveRolloutActivity(SaveRollout activity)
{
    /// <summary>Publishes the rollout's state beside the plan.</summary>
    [Function(nameof(SaveRollout))]
    public Task<bool> RunAsync([ActivityTrigger] RolloutSnapshot input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
