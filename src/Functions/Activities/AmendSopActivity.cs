using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="AmendSop"/> stage as a Functions activity.</summary>
public sealed class AmendSopActivity(AmendSop activity)
{
    /// <summary>Records an approved SOP change and stores the SOP's next version.</summary>
    [Function(nameof(AmendSop))]
    public Task<int> RunAsync([ActivityTrigger] AmendSopRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
