using Delegation.Core.Plans;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Stage: store the plan document so the API, the pages and the email read one copy.</summary>
public sealed class SavePlan(PlanStore plans) : IWorkflowActivity<Plan, bool>
{
    /// <inheritdoc />
    public async Task<bool> RunAsync(Plan input, CancellationToken cancellationToken = default)
    {
        await plans.SaveAsync(input, cancellationToken);
        return true;
    }
}
