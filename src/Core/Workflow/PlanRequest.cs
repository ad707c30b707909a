namespace Delegation.Core.Workflow;

/// <summary>The orchestration's input: a validated intake under its plan id, and the rollout settings
/// it will run with (fixed at submission so that a configuration change never alters a running plan).</summary>
public sealed record PlanRequest(string PlanId, Intake.Intake Intake, DateTimeOffset ReceivedAt, Rollout.RolloutSettings? Settings = null);
