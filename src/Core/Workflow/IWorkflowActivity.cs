namespace Delegation.Core.Workflow;

/// <summary>
/// One stage of the workflow as a plain service. Each host wraps it in its own activity type
/// (a Functions <c>[ActivityTrigger]</c>, a Durable Task SDK <c>TaskActivity</c>) in one line,
/// so both run the same code.
/// </summary>
public interface IWorkflowActivity<in TInput, TOutput>
{
    /// <summary>Runs the stage. May run more than once for the same input: it must be idempotent.</summary>
    Task<TOutput> RunAsync(TInput input, CancellationToken cancellationToken = default);
}
