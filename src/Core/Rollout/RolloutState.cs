using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Rollout;

/// <summary>
/// Everything a running plan remembers between cycles; <see cref="CheckInTime"/> and <see cref="Country"/>
/// are null in rollouts started before the practice chose a time (their meetings stay at 10:00, holidays unskipped);
/// <see cref="ToldAllHandedOver"/> is set once the owner, ready for more with nothing left, has been told so; <see cref="ToldWaiting"/> is
/// the unregistered roles the owner's last reminder said the next phase waits for, and <see cref="ToldWaitingMet"/> whether it said so with
/// the count already met, so a reminder repeats neither until it changes. It is the input of each
/// <c>ContinueAsNew</c> generation, so it stays small: no documents, a bounded history.
/// </summary>
public sealed record RolloutState(
    string PlanId,
    RolloutSettings Settings,
    PlanClock Clock,
    string TimeZone,
    DayOfWeek CheckInDay,
    PlanStatus Status,
    int CurrentPhase,
    int LastPhase,
    int Streak,
    int Pauses,
    IReadOnlyList<RoleTrack> Roles,
    IReadOnlyList<CheckInRecord> History,
    DateTimeOffset? CancelledAt = null,
    TimeOnly? CheckInTime = null,
    string? Country = null,
    IReadOnlyList<string>? Applied = null,
    bool ToldAllHandedOver = false,
    IReadOnlyList<SupportRole>? ToldWaiting = null,
    bool ToldWaitingMet = false)
{
    /// <summary>Ids of the most recent events applied, newest last: enough to recognise a re-raised one.</summary>
    public const int MaxApplied = 32;

    /// <summary>Most check-in records kept; older ones have already been reported.</summary>
    public const int MaxHistory = 100;

    /// <summary>True once the plan will never act again.</summary>
    public bool IsOver => Status is PlanStatus.Cancelled;

    /// <summary>The track of <paramref name="role"/>, if the plan engages it.</summary>
    public RoleTrack? Track(SupportRole role) => Roles.FirstOrDefault(r => r.Role == role);
}

/// <summary>One engaged role: who took it, where its check-ins are.</summary>
/// <param name="Role">The role.</param>
/// <param name="Cadence">How often it meets.</param>
/// <param name="FromPhase">The first phase that needs it.</param>
/// <param name="Delegate">Who took it, once registered.</param>
/// <param name="HireReminders">Hire reminders sent so far.</param>
/// <param name="NextHireReminderAt">When the next hire reminder is due (plan time), if any.</param>
/// <param name="Number">Number of the upcoming check-in.</param>
/// <param name="NextCheckInAt">When the upcoming check-in meets (plan time), once the role is filled.</param>
/// <param name="ReminderSent">Whether the upcoming check-in's reminder went out.</param>
/// <param name="Open">The check-in that may be recorded now, if any.</param>
/// <param name="Missed">Check-ins in a row with no outcome.</param>
/// <param name="KickoffDate">The local date the plan set the role's kickoff for; its series is the plan's. Null in older rollouts.</param>
/// <param name="MeetingTime">The role's own local meeting time (roles meet an hour apart); null uses the rollout's check-in time.</param>
/// <param name="HiredAt">When the role's first hire was registered (plan time): monthly reports cost the role from that day. Null before a hire, and in rollouts that registered one before this was kept.</param>
/// <param name="Phases">The phases that hand this role tasks, in order; null in rollouts started before this was kept.</param>
/// <param name="BriefedPhase">The phase the role's last reminder was written in: a reminder in a later one reviews that phase's tasks for the first time.</param>
public sealed record RoleTrack(
    SupportRole Role,
    Cadence Cadence,
    int FromPhase,
    DelegateInfo? Delegate,
    int HireReminders,
    DateTimeOffset? NextHireReminderAt,
    int Number,
    DateTimeOffset? NextCheckInAt,
    bool ReminderSent,
    OpenCheckIn? Open,
    int Missed,
    DateOnly? KickoffDate = null,
    TimeOnly? MeetingTime = null,
    DateTimeOffset? HiredAt = null,
    IReadOnlyList<int>? Phases = null,
    int? BriefedPhase = null)
{
    /// <summary>Whether <paramref name="phase"/> hands this role tasks (an older rollout: every phase from its first).</summary>
    public bool GainsIn(int phase) => Phases?.Contains(phase) ?? FromPhase <= phase;
}

/// <summary>A check-in whose reminder went out and whose outcome may be recorded until the next one opens.</summary>
/// <param name="Id">The check-in's id, "{Role}-{Number}".</param>
/// <param name="At">When it meets (plan time): its series slot, or where the owner moved it.</param>
/// <param name="Recorded">Whether an outcome (or "we couldn't meet") was recorded.</param>
/// <param name="GraceHandled">Whether its grace period has been dealt with.</param>
/// <param name="Slot">The series slot it was moved from; null while it has not been moved.</param>
/// <param name="Moves">How often the owner moved it: the moved event's SEQUENCE.</param>
public sealed record OpenCheckIn(string Id, DateTimeOffset At, bool Recorded, bool GraceHandled, DateTimeOffset? Slot = null, int Moves = 0);

/// <summary>What happened at one check-in (notes are not kept here: this record is published in the plan).</summary>
public sealed record CheckInRecord(
    string CheckInId,
    SupportRole Role,
    DateTimeOffset At,
    bool Missed,
    bool? OnTrack,
    int? Stress,
    bool? ReadyForMore,
    DateTimeOffset? RecordedAt);
