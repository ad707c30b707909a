using Delegation.Core.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Delegation.Functions.Orchestrators;

/// <summary>The review of an SOP change proposed at a check-in as a Functions orchestration; the workflow itself is <see cref="SopChangeReview"/> in Core.</summary>
public static class SopChangeReviewOrchestrator
{
    /// <summary>Runs <see cref="SopChangeReview.RunAsync"/>.</summary>
    [Function(nameof(SopChangeReview))]
    public static Task<SopChangeOutcome> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        SopChangeReview.RunAsync(context, context.GetInput<SopChangeReviewRequest>()!);
}
