namespace Delegation.Core.Workflow;

/// <summary>The orchestration's input: a validated intake under its plan id.</summary>
public sealed record PlanRequest(string PlanId, Intake.Intake Intake, DateTimeOffset ReceivedAt);
