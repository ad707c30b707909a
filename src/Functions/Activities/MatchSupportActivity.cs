using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="MatchSupport"/> stage as a Functions activity.</summary>
public sealed class MatchSupportActivity(MatchSupport activity)
{
    /// <summary>Chooses support within budget.</summary>
    [Function(nameof(MatchSupport))]
    public Task<MatchResult> RunAsync([ActivityTrigger] MatchRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
