using Delegation.Core.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Delegation.Functions.Orchestrators;

/// <summary>The owner's plan update as a Functions orchestration; the workflow itself is <see cref="PlanUpdate"/> in Core.</summary>
public static class PlanUpdateOrchestrator
{
    /// <summary>Runs <see cref="PlanUpdate.RunAsync"/>.</summary>
    [Function(nameof(PlanUpdate))]
    public static Task<PlanUpdateOutcome> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        PlanUpdate.RunAsync(context, context.GetInput<PlanUpdateRequest>()!);
}
