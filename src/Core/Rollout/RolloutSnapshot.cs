using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Rollout;

/// <summary>
/// What the plan page and API show of a running rollout, stored as <c>plans/{planId}/rollout.json</c>.
/// Delegates appear by name only; check-in notes never appear. <see cref="CancelledAt"/> (plan time) lets
/// monthly reports tell a plan cancelled before a month from one cancelled during it.
/// </summary>
public sealed record RolloutSnapshot(
    string PlanId,
    PlanStatus Status,
    int CurrentPhase,
    int LastPhase,
    int Streak,
    int CheckInsPerPhase,
    IReadOnlyList<RoleProgress> Roles,
    IReadOnlyList<CheckInRecord> History,
    DateTimeOffset? CancelledAt = null,
    IReadOnlyList<string>? Applied = null)
{
    /// <summary>Storage path of a plan's snapshot.</summary>
    public static string PathOf(string planId) => $"plans/{planId}/rollout.json";

    /// <summary>The published view of <paramref name="s"/>, with due dates in plan time.</summary>
    public static RolloutSnapshot Of(RolloutState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new RolloutSnapshot(
            s.PlanId,
            s.Status,
            s.CurrentPhase,
            s.LastPhase,
            s.Streak,
            s.Settings.CheckInsPerPhase,
            s.Roles.Select(r => new RoleProgress(r.Role, r.Cadence, r.FromPhase, r.Delegate?.Name, r.Delegate is not null,
                r.Delegate is null || s.Status is PlanStatus.Paused or PlanStatus.Cancelled ? null : r.NextCheckInAt,
                r.Open is { Recorded: false } o ? o.Id : null,
                r.Delegate is null ? null : r.KickoffDate, r.Delegate is null ? null : r.MeetingTime, r.Delegate is null ? null : r.HiredAt)).ToList(),
            s.History,
            s.CancelledAt,
            s.Applied);
    }
}

/// <summary>
/// One role's place in the rollout; once someone took it, <paramref name="KickoffDate"/> and <paramref name="MeetingTime"/>
/// anchor its dated series and <paramref name="HiredAt"/> (plan time) is the day its cost starts in monthly reports.
/// </summary>
public sealed record RoleProgress(
    SupportRole Role,
    Cadence Cadence,
    int FromPhase,
    string? DelegateName,
    bool Filled,
    DateTimeOffset? NextCheckInAt,
    string? OpenCheckInId,
    DateOnly? KickoffDate = null,
    TimeOnly? MeetingTime = null,
    DateTimeOffset? HiredAt = null);
