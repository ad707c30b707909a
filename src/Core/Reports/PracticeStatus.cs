using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Reports;

/// <summary>Where one practice stands, as the operator sees it.</summary>
public enum PracticeState
{
    /// <summary>The intake is still being worked into a plan.</summary>
    Planning,
    /// <summary>Making the plan failed.</summary>
    Failed,
    /// <summary>Nothing could be handed over: no role to hire.</summary>
    NothingDelegated,
    /// <summary>A role of the phases under way has nobody registered.</summary>
    Hiring,
    /// <summary>Every role under way is filled and the rollout runs.</summary>
    Active,
    /// <summary>The rollout paused itself after missed check-ins.</summary>
    Paused,
    /// <summary>The owner cancelled the plan.</summary>
    Cancelled,
}

/// <summary>
/// One practice's line in the operator's summary: practice data only (name, owner email, dates), never a
/// delegate's details or a check-in note. <see cref="Attention"/> says why an agency should call, or is null.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Practice">The practice's name.</param>
/// <param name="OwnerEmail">Where the owner reads the plan's email.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Since">Since when it has stood there, when the stored state tells (plan time).</param>
/// <param name="Phase">The rollout's phase (0 before one starts).</param>
/// <param name="LastPhase">The plan's last phase.</param>
/// <param name="MissedThisMonth">Check-ins missed in the report's month.</param>
/// <param name="Attention">Why it needs a call, in one sentence; null when it does not.</param>
public sealed record PracticeStatus(
    string PlanId,
    string Practice,
    string OwnerEmail,
    PracticeState State,
    DateTimeOffset? Since,
    int Phase,
    int LastPhase,
    int MissedThisMonth,
    string? Attention)
{
    /// <summary>How long a role may wait for a registered hire before the practice needs a call: past the hire reminders.</summary>
    public static readonly TimeSpan StuckAtHiringAfter = TimeSpan.FromDays(14);

    /// <summary>The status of <paramref name="planId"/> from what is stored; <paramref name="plan"/> null while it is being planned.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="plan">The stored plan, or null.</param>
    /// <param name="rollout">The stored rollout snapshot, or null.</param>
    /// <param name="month">The month the summary covers.</param>
    /// <param name="now">When the summary is made.</param>
    public static PracticeStatus Of(string planId, Plan? plan, RolloutSnapshot? rollout, ReportMonth month, DateTimeOffset now)
    {
        if (plan is null)
        {
            return new(planId, "", "", PracticeState.Planning, null, 0, 0, 0, null);
        }

        var missed = (rollout?.History ?? []).Where(r => r.Missed && r.At >= month.Start && r.At < month.End).OrderBy(r => r.At).ToList();
        var phase = rollout?.CurrentPhase ?? 0;
        var lastPhase = PlanPhases.LastOf(plan, rollout);
        string On(DateTimeOffset at) => ReportDates.Local(at, plan.Practice.TimeZone, plan.Practice.Country);
        PracticeStatus Line(PracticeState state, DateTimeOffset? since, string? attention) =>
            new(planId, plan.Practice.Name, plan.Practice.Email, state, since, phase, lastPhase, missed.Count, attention);

        if (plan.Status == PlanStatus.Failed)
        {
            return Line(PracticeState.Failed, plan.CreatedAt, "Making the plan failed: the owner has no plan. Run the intake again or call them.");
        }

        if (rollout is null || rollout.Roles.Count == 0)
        {
            return plan.Tasks.Any(t => t.Role is not null)
                ? Line(PracticeState.Planning, plan.CreatedAt, null)
                : Line(PracticeState.NothingDelegated, plan.CreatedAt, null);
        }

        if (rollout.Status == PlanStatus.Cancelled)
        {
            return Line(PracticeState.Cancelled, rollout.CancelledAt, null);
        }

        if (rollout.Status == PlanStatus.Paused)
        {
            var lastMissed = rollout.History.Where(r => r.Missed).OrderBy(r => r.At).TakeLast(2).ToList();
            // Only the roles the phases begun need: a later phase's role is not overdue (read 8).
            var unfilled = rollout.Roles.Where(r => !r.Filled && r.Role != SupportRole.AssociateTherapist && r.FromPhase <= Math.Max(1, phase))
                .Select(r => RoleTitles.Of(r.Role)).ToList();
            var working = rollout.Roles.Any(r => r.Filled && r.FromPhase <= Math.Max(1, phase));
            var dates = string.Join(" and ", lastMissed.Select(r => On(r.At)));
            return Line(PracticeState.Paused, lastMissed.LastOrDefault()?.At,
                // The hires keep working and the meetings stand (an associate's consultation too): what stops is the reminders and records.
                (lastMissed.Count > 0 ? $"Paused after missed check-ins on {dates}" : "Paused") + (working ? "; the delegated work goes on, but no check-in reminders go out until the owner resumes." : "; no check-in reminders go out until the owner resumes.")
                // A role still open holds the next phase after resuming too: the other thing the operator can help with (read 7).
                + (unfilled.Count > 0 ? $" No {string.Join(" or ", unfilled)} is registered yet." : ""));
        }

        var open = rollout.Roles.Where(r => r.FromPhase <= Math.Max(1, phase) && !r.Filled).ToList();
        if (open.Count > 0)
        {
            // Phase 1 waits from the plan's day; a later phase's start is not stored, so its wait has no date.
            DateTimeOffset? since = open.Any(r => r.FromPhase == 1) ? plan.CreatedAt : null;
            var roles = string.Join(" and ", open.Select(r => RoleTitles.Of(r.Role)));
            var stuck = since is { } s && now - s > StuckAtHiringAfter;
            return Line(PracticeState.Hiring, since, stuck ? $"No {roles} registered {(int)(now - since!.Value).TotalDays} days after the plan: hiring has stalled." : null);
        }

        return Line(PracticeState.Active, null,
            missed.Count > 0 ? $"Missed {missed.Count} check-in{(missed.Count == 1 ? "" : "s")} this month, the first on {On(missed[0].At)}." : null);
    }
}
