using Delegation.Core.Planning;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Stage: score every task and say why.</summary>
public sealed class RankTasks(IOptions<PlanningOptions> options) : IWorkflowActivity<Intake.Intake, IReadOnlyList<RankedTask>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<RankedTask>> RunAsync(Intake.Intake input, CancellationToken cancellationToken = default) =>
        Task.FromResult(TaskRanker.Rank(input, options.Value));
}
