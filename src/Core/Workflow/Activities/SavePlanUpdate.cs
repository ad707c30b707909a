using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="SavePlanUpdate"/>.</summary>
/// <param name="Plan">The new version.</param>
/// <param name="IntakeHash">The hash of the intake it was made from.</param>
/// <param name="Intake">That intake as the owner sent it, for the next update form.</param>
/// <param name="CurrentPhase">The phase the rollout will be in once it applies the new version.</param>
/// <param name="At">When the version was worked out.</param>
/// <param name="BaseIntake">For a plan's first update, the intake of version 1, recorded with it.</param>
public sealed record PlanUpdateRecord(Plan Plan, string IntakeHash, Intake.Intake Intake, int CurrentPhase, DateTimeOffset At, Intake.Intake? BaseIntake = null);

/// <summary>
/// Stage of an update: record the version (what changed, its intake, a copy of each plan) and store the plan, then say what
/// the rollout must change. Retry-safe: the copy of the version before is kept before the plan is replaced, and every
/// record is create-only, so a second attempt compares the same two plans and keeps the first record.
/// </summary>
public sealed class SavePlanUpdate(PlanStore plans, PlanVersionStore versions) : IWorkflowActivity<PlanUpdateRecord, RolloutShape>
{
    /// <inheritdoc />
    public async Task<RolloutShape> RunAsync(PlanUpdateRecord input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = input.Plan;
        var baseVersion = plan.Version - 1;
        if (await versions.GetPlanAsync(plan.PlanId, baseVersion, cancellationToken) is null)
        {
            var stored = await plans.GetAsync(plan.PlanId, cancellationToken)
                ?? throw new InvalidOperationException($"Plan {plan.PlanId} is not stored.");
            if (stored.Version != baseVersion)
            {
                throw new InvalidOperationException($"Plan {plan.PlanId} is at version {stored.Version}; this update was made from {baseVersion}.");
            }

            await versions.KeepPlanAsync(stored, cancellationToken);
        }

        var before = (await versions.GetPlanAsync(plan.PlanId, baseVersion, cancellationToken))!;
        if (baseVersion == 1 && input.BaseIntake is { } first)
        {
            await versions.RecordAsync(plan.PlanId, new PlanVersion(1, before.CreatedAt, PlanVersionStore.HashOf(first), null), first, cancellationToken);
        }

        await versions.KeepPlanAsync(plan, cancellationToken);
        await versions.RecordAsync(plan.PlanId, new PlanVersion(plan.Version, input.At, input.IntakeHash, PlanChanges.Between(before, plan)), input.Intake, cancellationToken);
        // The plan last: until it is replaced, readers see the version before in full.
        await plans.SaveAsync(plan, cancellationToken);
        return UpdatePhases.Shape(before, plan, input.CurrentPhase);
    }
}
