using System.Text.Json.Serialization;
using Delegation.Core.Planning;

namespace Delegation.Core.Rollout;

/// <summary>The emails a rollout sends.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeKind>))]
public enum NoticeKind
{
    /// <summary>Gentle reminder to register who took a role.</summary>
    HireReminder,
    /// <summary>A check-in is tomorrow: agenda and a link to record how it went.</summary>
    CheckInReminder,
    /// <summary>No outcome arrived within the grace period.</summary>
    FollowUp,
    /// <summary>A check-in was off track: a short guide to adjust.</summary>
    Adjustment,
    /// <summary>Two check-ins in a row were missed: the rollout paused.</summary>
    PausedForMisses,
    /// <summary>The next phase starts: its SOPs.</summary>
    PhaseStarted,
    /// <summary>A hire was registered: the role's kickoff date and its calendar file.</summary>
    HireRegistered,
    /// <summary>The owner moved a check-in: the new time, and the calendar update for that one meeting.</summary>
    CheckInMoved,
    /// <summary>The owner said "ready for more" with every phase handed over: what is left, and what to do next. Sent once.</summary>
    AllHandedOver,
    /// <summary>The owner said "ready for more", but a role of the phases started has nobody registered: the next phase waits for it.</summary>
    PhaseWaitsForHires,
    /// <summary>A check-in noted that an SOP needs a change: the owner's single-use link to review it.</summary>
    SopChangeProposed,
    /// <summary>The owner approved the change: the delegate's new version of the SOP.</summary>
    SopChangeApproved,
    /// <summary>The owner kept the SOP as it is: the delegate is told, kindly.</summary>
    SopChangeRejected,
    /// <summary>The owner updated the plan and this hire's work changed: their new or changed SOPs, and what moved.</summary>
    WorkUpdated,
}

/// <summary>
/// One email to send, described by ids only; the activity builds the message from the stored
/// plan. <see cref="MessageKey"/> makes its message id deterministic, so a retry never sends twice.
/// A <see cref="NoticeKind.HireRegistered"/> notice also carries the series' anchor (<see cref="KickoffDate"/>,
/// <see cref="MeetingTime"/>, <see cref="CheckInDay"/>, <see cref="RegisteredAt"/>), so its calendar file is the rollout's series.
/// A reminder carries where the rollout stands (<see cref="Meeting"/>, <see cref="KickoffDate"/> for its week, <see cref="GoodCheckIns"/>, <see cref="GoodNeeded"/>,
/// <see cref="NextPhase"/>), the role's last recorded check-in (<see cref="Last"/>, the owner's copy only), the phase whose tasks it reviews
/// for the first time (<see cref="NewInPhase"/>) and the meeting after it (<see cref="FollowingAt"/>), a hire reminder which one it is (<see cref="Attempt"/>, <see cref="LastReminder"/>), a moved check-in its old time and series slot (<see cref="MovedFrom"/>, <see cref="Slot"/>), a pause the dates it names and, in plan time, until when the last can be recorded (<see cref="MissedAt"/>, <see cref="RecordBy"/>), a phase start its date and, per hire who gains tasks, the check-in that hands them over (<see cref="StartsAt"/>, <see cref="HandOvers"/>; the hire's copy: <see cref="CheckInAt"/>), an SOP change its task and new version (<see cref="TaskId"/>, <see cref="SopVersion"/>; <see cref="CheckInId"/> is the change's check-in), an owner's reminder or a waiting phase the roles the next phase waits for, the owner's hire email the roles still unregistered (<see cref="Waiting"/>), a reminder whether the associate that credentialing is for is still to be registered (<see cref="AssociatePending"/>) and which roles have nobody registered (<see cref="Unregistered"/>, so the brief knows whose part credentialing is),
/// a plan update the hire's changed work (<see cref="WorkChange"/>), a follow-up or a pause when each check-in's record link closes, in plan time, as a reminder closes it (<see cref="ClosedAt"/>: the follow-up's one; the pause's earlier missed ones, oldest first):
/// the email is written from the notice and the stored plan only, so a retried send says the same thing.
/// </summary>
public sealed record RolloutNotice(
    string PlanId,
    NoticeKind Kind,
    string MessageKey,
    bool ToDelegate,
    SupportRole? Role = null,
    DelegateInfo? Delegate = null,
    string? CheckInId = null,
    DateTimeOffset? CheckInAt = null,
    int? Phase = null,
    string? TimeZone = null,
    DateTimeOffset? LinkExpiresAt = null,
    DateOnly? KickoffDate = null,
    TimeOnly? MeetingTime = null,
    DateTimeOffset? RegisteredAt = null,
    DayOfWeek? CheckInDay = null,
    int? Meeting = null,
    int? GoodCheckIns = null,
    int? GoodNeeded = null,
    int? NextPhase = null,
    IReadOnlyList<DateTimeOffset>? MissedAt = null,
    DateTimeOffset? StartsAt = null,
    int? Attempt = null,
    bool LastReminder = false,
    DateTimeOffset? MovedFrom = null,
    DateTimeOffset? Slot = null,
    DateTimeOffset? RecordBy = null,
    IReadOnlyList<RoleMeeting>? HandOvers = null,
    CheckInRecord? Last = null,
    int? NewInPhase = null,
    DateTimeOffset? FollowingAt = null,
    string? TaskId = null,
    int? SopVersion = null,
    IReadOnlyList<SupportRole>? Waiting = null,
    bool AssociatePending = false,
    RoleWorkChange? WorkChange = null,
    IReadOnlyList<SupportRole>? Unregistered = null,
    IReadOnlyList<DateTimeOffset>? ClosedAt = null);

/// <summary>A hire and the meeting where they take over a phase's tasks (plan time).</summary>
public sealed record RoleMeeting(DelegateInfo Delegate, DateTimeOffset At);
