using Delegation.Core.Hiring;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="GenerateHiringKits"/> stage as a Functions activity.</summary>
public sealed class GenerateHiringKitsActivity(GenerateHiringKits activity)
{
    /// <summary>Writes and stores a hiring kit per engaged role; a retry with unchanged content gets the version already stored.</summary>
    [Function(nameof(GenerateHiringKits))]
    public Task<IReadOnlyList<HiringKitLink>> RunAsync([ActivityTrigger] HiringKitRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
