using System.Text.Json.Serialization;
using Delegation.Core.Planning;

namespace Delegation.Core.Rollout;

/// <summary>What people tell a running plan. One event name carries them all, so a wait for one
/// kind can never swallow another.</summary>
public static class PlanEvents
{
    /// <summary>The external event name raised to a rollout instance.</summary>
    public const string Name = "PlanEvent";
}

/// <summary>The kinds of <see cref="PlanEvent"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanEventKind>))]
public enum PlanEventKind
{
    /// <summary>The practice registered who took a role.</summary>
    DelegateRegistered,
    /// <summary>A check-in's outcome was recorded.</summary>
    CheckInRecorded,
    /// <summary>The owner paused the rollout.</summary>
    Pause,
    /// <summary>The owner resumed it.</summary>
    Resume,
    /// <summary>The owner cancelled the plan.</summary>
    Cancel,
    /// <summary>The owner moved an upcoming check-in to <see cref="PlanEvent.At"/>.</summary>
    Reschedule,
    /// <summary>The owner updated the plan: its roles and phases are now <see cref="PlanEvent.Shape"/>.</summary>
    PlanUpdated,
}

/// <summary>
/// One message to a running plan. <see cref="Id"/> makes it safe to raise again: an event raised while the
/// rollout continues as new can be lost (durabletask-dotnet#387), so the API re-raises until the published
/// snapshot lists the id as applied, and the rollout applies each id once.
/// </summary>
public sealed record PlanEvent(
    PlanEventKind Kind,
    DelegateInfo? Delegate = null,
    string? CheckInId = null,
    CheckInOutcome? Outcome = null,
    string? Id = null,
    DateTimeOffset? At = null,
    RolloutShape? Shape = null);

/// <summary>
/// The roles and phases of a new plan version, as its rollout needs them: small (ids, no documents), so it fits an event.
/// </summary>
/// <param name="Version">The plan version this shape is of.</param>
/// <param name="Roles">Every role the new version engages.</param>
public sealed record RolloutShape(int Version, IReadOnlyList<RoleShape> Roles);

/// <summary>One engaged role of a new plan version.</summary>
/// <param name="Role">The role.</param>
/// <param name="Cadence">How often it meets, for a role nobody has taken yet (a hire's series keeps its own).</param>
/// <param name="Phases">The phases that hand it tasks, in order.</param>
/// <param name="MeetingTime">Its local meeting time, for a role new to the plan.</param>
/// <param name="Change">What changed in its work, when anything did; null when its work is as before.</param>
public sealed record RoleShape(SupportRole Role, Cadence Cadence, IReadOnlyList<int> Phases, TimeOnly? MeetingTime, RoleWorkChange? Change);

/// <summary>What an update changed in one role's work, by task id (names come from the stored plan when the email is written).</summary>
/// <param name="Version">The plan version.</param>
/// <param name="ChangedSops">Tasks the role has now whose SOP is new or has a new version: attached to the hire's email.</param>
/// <param name="Later">Tasks new to the role that a later phase hands over: named, their SOPs come with that phase.</param>
/// <param name="Lost">Names of the tasks that are no longer the role's.</param>
public sealed record RoleWorkChange(int Version, IReadOnlyList<string> ChangedSops, IReadOnlyList<string> Later, IReadOnlyList<string> Lost);

/// <summary>Who took a role.</summary>
public sealed record DelegateInfo(SupportRole Role, string Name, string Email);

/// <summary>
/// How a check-in went, as the therapist recorded it. Notes stay in the workflow and are never emailed.
/// <paramref name="Met"/> false is "we couldn't meet": the other fields mean nothing then, and the check-in
/// counts neither as held nor as missed (events from before it existed read as met).
/// </summary>
public sealed record CheckInOutcome(bool OnTrack, int Stress, bool ReadyForMore, string? Notes, bool Met = true)
{
    /// <summary>"We couldn't meet this time", with an optional note.</summary>
    /// <param name="notes">The owner's note, if any.</param>
    public static CheckInOutcome NotMet(string? notes = null) => new(false, 0, false, notes, Met: false);
}
