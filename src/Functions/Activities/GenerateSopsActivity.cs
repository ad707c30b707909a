using Delegation.Core.Plans;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="GenerateSops"/> stage as a Functions activity.</summary>
public sealed class GenerateSopsActivity(GenerateSops activity)
{
    /// <summary>Writes and stores an SOP per delegated task; a retry with unchanged content gets the version already stored.</summary>
    [Function(nameof(GenerateSops))]
    public Task<IReadOnlyList<SopLink>> RunAsync([ActivityTrigger] SopRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
