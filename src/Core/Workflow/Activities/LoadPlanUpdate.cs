using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Workflow.Activities;

/// <summary>What an update starts from: the intake with its task ids carried over, and where the rollout stands.</summary>
/// <param name="Skip">Why the update cannot go ahead (the plan moved on since it was accepted); null when it can.</param>
/// <param name="Intake">The update's intake, each task with its id from the version before.</param>
/// <param name="CurrentPhase">The phase the rollout has reached (0 when it had nothing to hand over).</param>
/// <param name="HandedOver">The tasks handed over so far.</param>
/// <param name="CreatedAt">The plan's first date, which it keeps.</param>
/// <param name="Hired">The roles already taken and their series' anchors.</param>
public sealed record PlanUpdateBasis(string? Skip, Intake.Intake? Intake, int CurrentPhase, IReadOnlyList<HandedOverTask> HandedOver, DateTimeOffset CreatedAt,
    IReadOnlyList<RoleAnchor> Hired)
{
    /// <summary>A basis that stops the update.</summary>
    public static PlanUpdateBasis Skipped(string reason) => new(reason, null, 0, [], default, []);
}

/// <summary>Stage of an update: read the stored plan and rollout, and check the update still applies to them.</summary>
public sealed class LoadPlanUpdate(PlanStore plans, RolloutStore rollouts) : IWorkflowActivity<PlanUpdateRequest, PlanUpdateBasis>
{
    /// <inheritdoc />
    public async Task<PlanUpdateBasis> RunAsync(PlanUpdateRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await plans.GetAsync(input.PlanId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {input.PlanId} is not stored.");
        var rollout = await rollouts.GetAsync(input.PlanId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {input.PlanId} has no rollout yet.");
        // The API checked these when it accepted the update; they can change before it runs.
        if (plan.Version != input.Version - 1)
        {
            return PlanUpdateBasis.Skipped($"the plan is at version {plan.Version}, not {input.Version - 1}");
        }

        if (rollout.Status is PlanStatus.Paused or PlanStatus.Cancelled)
        {
            return PlanUpdateBasis.Skipped($"the plan is {rollout.Status.ToString().ToLowerInvariant()}");
        }

        var hired = rollout.Roles.Where(r => r.Filled && r.KickoffDate is not null && r.MeetingTime is not null)
            .Select(r => new RoleAnchor(r.Role, r.KickoffDate!.Value, r.MeetingTime!.Value)).ToList();
        return new PlanUpdateBasis(null, TaskIdentity.Carry(input.Intake, plan, input.Version), rollout.CurrentPhase,
            UpdatePhases.HandedOver(plan, rollout.CurrentPhase), plan.CreatedAt, hired);
    }
}
