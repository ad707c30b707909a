using Delegation.Core.Plans;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="SavePlan"/> stage as a Functions activity.</summary>
public sealed class SavePlanActivity(SavePlan activity)
{
    /// <summary>Stores the plan document; overwriting it on a retry is harmless.</summary>
    [Function(nameof(SavePlan))]
    public Task<bool> RunAsync([ActivityTrigger] Plan input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
