using Delegation.Core.Plans;
using Delegation.Core.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Delegation.Functions.Orchestrators;

/// <summary>The plan workflow as a Functions orchestration; the workflow itself is <see cref="DelegationPlan"/> in Core.</summary>
public static class DelegationPlanOrchestrator
{
    /// <summary>Runs <see cref="DelegationPlan.RunAsync"/> on the <see cref="PlanRequest"/> the intake endpoint scheduled.</summary>
    [Function(nameof(DelegationPlan))]
    public static Task<PlanProgress> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DelegationPlan.RunAsync(context, context.GetInput<PlanRequest>()!);
}
