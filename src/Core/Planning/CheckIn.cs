using System.Text.Json.Serialization;

namespace Delegation.Core.Planning;

/// <summary>How often a role meets the therapist.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Cadence>))]
public enum Cadence
{
    /// <summary>Every week on the practice's check-in day.</summary>
    Weekly,
    /// <summary>Every other week on the check-in day.</summary>
    Biweekly,
    /// <summary>The first check-in day of each month.</summary>
    Monthly,
    /// <summary>
    /// A role that only does one-off projects meets at the kickoff and once at the hand-over
    /// (<see cref="CheckInScheduler.HandOverWeeks"/> weeks on), then not at all: a 10-hour job books two meetings, not a year of them.
    /// </summary>
    UntilHandOver,
}

/// <summary>
/// The check-ins with one role: a kickoff in the new hire's first days, a check-in each week for the
/// next four weeks, then the role's usual <see cref="Cadence"/>, every date off the country's public holidays.
/// In a plan nobody is hired yet, so the series is a rule (<see cref="Day"/>, <see cref="Time"/>,
/// <see cref="Starts"/>) and every date is null; registering the hire dates it (<see cref="CheckInScheduler.Dated"/>).
/// </summary>
/// <param name="Role">Who the therapist meets.</param>
/// <param name="Cadence">How often, once the first weeks are over.</param>
/// <param name="NextAt">The first meeting, the kickoff; null until the hire is registered.</param>
/// <param name="Agenda">The role's standing agenda.</param>
/// <param name="Review">Each delegated task's SOP KPIs to go through; empty when the role has no SOPs yet.</param>
/// <param name="Kickoff">The kickoff meeting; null in plans made before kickoffs.</param>
/// <param name="FirstWeeks">The weekly check-ins of the four weeks after the kickoff; a project-only role's one hand-over review.</param>
/// <param name="CadenceFrom">The first date the usual cadence gives (before any holiday move).</param>
/// <param name="Until">The last instant the calendar's series covers, a year after the kickoff.</param>
/// <param name="Moved">The usual-cadence meetings up to <paramref name="Until"/> that a public holiday moved.</param>
/// <param name="Day">The weekday this role meets on; null in plans made before undated series.</param>
/// <param name="Time">The role's local meeting time (roles meet an hour apart); null in older plans.</param>
/// <param name="Starts">When the kickoff will be, as a rule the owner reads: "the first Wednesday at 10:00 at least two days after you register who you hired …".</param>
public sealed record CheckIn(
    SupportRole Role,
    Cadence Cadence,
    DateTimeOffset? NextAt,
    string Agenda,
    IReadOnlyList<KpiReview>? Review = null,
    Meeting? Kickoff = null,
    IReadOnlyList<Meeting>? FirstWeeks = null,
    DateTimeOffset? CadenceFrom = null,
    DateTimeOffset? Until = null,
    IReadOnlyList<Meeting>? Moved = null,
    DayOfWeek? Day = null,
    TimeOnly? Time = null,
    string? Starts = null)
{
    /// <summary>What the kickoff is for, the same for every role; both people read it, so it names nobody as "they".</summary>
    public const string KickoffAgenda =
        "Walk through each SOP together; set up a named account for each system the tasks need, with access to only what they need; agree how and when you reach each other.";

    /// <summary>What a project's hand-over review is for: the work is checked and closed, not carried on.</summary>
    public const string HandOverAgenda =
        "Run the acceptance checks together against what was agreed; take the documentation and the admin logins into your own hands; close every account and access the project no longer needs.";

    /// <summary>What the weekly check-ins of the first weeks are for, whatever the role's usual agenda.</summary>
    public const string FirstWeeksAgenda =
        "What went well, what got stuck, which SOP steps don't match how the work really goes, and what to change in them.";
}

/// <summary>One delegated task's KPIs, from its SOP, to review at its owner's check-in.</summary>
public sealed record KpiReview(string TaskId, string TaskName, IReadOnlyList<string> Kpis);
