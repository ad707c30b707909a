using Delegation.Core.Ports;
using Delegation.Core.Reports;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="ListPlanIds"/> stage as a Functions activity.</summary>
public sealed class ListPlanIdsActivity(ListPlanIds activity)
{
    /// <summary>One page of plan ids.</summary>
    [Function(nameof(ListPlanIds))]
    public Task<DocumentPage> RunAsync([ActivityTrigger] PlanIdPageRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
