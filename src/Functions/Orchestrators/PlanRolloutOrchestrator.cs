using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Delegation.Functions.Orchestrators;

/// <summary>The months-long rollout as a Functions orchestration; the workflow itself is <see cref="PlanRollout"/> in Core.</summary>
public static class PlanRolloutOrchestrator
{
    /// <summary>Runs one generation of <see cref="PlanRollout.RunAsync"/>.</summary>
    [Function(nameof(PlanRollout))]
    public static Task<PlanStatus> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        PlanRollout.RunAsync(context, context.GetInput<RolloutState>()!);
}
