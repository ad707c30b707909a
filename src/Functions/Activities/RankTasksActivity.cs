using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="RankTasks"/> stage as a Functions activity.</summary>
public sealed class RankTasksActivity(RankTasks activity)
{
    /// <summary>Scores every task of the intake.</summary>
    [Function(nameof(RankTasks))]
    public Task<IReadOnlyList<RankedTask>> RunAsync([ActivityTrigger] Intake input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
