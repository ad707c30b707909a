using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Plans;

/// <summary>
/// A delegation plan as <c>GET /api/plans/{planId}</c> returns it and as it is stored. <paramref name="Version"/> is 1 for the
/// plan an intake made and rises by one with each update the owner sends (<see cref="PlanVersionStore"/> keeps what each changed);
/// plans stored before versions existed read as 1.
/// </summary>
public sealed record Plan(
    string PlanId,
    PlanStatus Status,
    PlanStage Stage,
    DateTimeOffset CreatedAt,
    PracticeView Practice,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<SupportLine> SupportMix,
    IReadOnlyList<RoleProfile> Roles,
    PlanTotals Totals,
    IReadOnlyList<SopLink> Sops,
    IReadOnlyList<CheckIn> CheckIns,
    CalendarLink? Calendar = null,
    IReadOnlyList<NextStep>? NextSteps = null,
    IReadOnlyList<Hiring.HiringKitLink>? HiringKits = null,
    int Version = 1);

/// <summary>
/// The practice as shown in a plan; <paramref name="CheckInDay"/> and <paramref name="CheckInTime"/> are the owner's
/// check-in weekday and local time (null in older plans); <paramref name="CheckInTimeDefaulted"/> is true when the form
/// gave no time and <paramref name="CheckInTime"/> is the default, so no sentence calls it the time the owner chose.
/// </summary>
public sealed record PracticeView(string Name, string OwnerName, string Email, string TimeZone, decimal SessionFee, decimal ClientHoursPerWeek, string Country = "US", PracticeSystems? Systems = null, DayOfWeek? CheckInDay = null, TimeOnly? CheckInTime = null, bool CheckInTimeDefaulted = false);

/// <summary>A task in the plan: its score, whether and to whom it is delegated, and in which phase.</summary>
public sealed record PlanTask(
    string TaskId,
    string Name,
    TaskCategory Category,
    decimal HoursPerWeek,
    bool InvolvesClientInfo,
    double Score,
    ScoreBreakdown ScoreBreakdown,
    bool Delegable,
    string Reason,
    string? KeptReason,
    int? Phase,
    SupportRole? Role,
    decimal? OneTimeHours = null,
    decimal? OneTimeCost = null,
    string? RoleReason = null,
    string? Waits = null)
{
    /// <summary>The score's parts in whole numbers, as the plan page shows them: computed from the breakdown, so a stored copy is never read back.</summary>
    public WholeScoreParts ScoreParts => ScoreBreakdown.Whole(Score);
}

/// <summary>The plan's money and time.</summary>
/// <param name="MonthlyCost">The full plan's monthly cost to the support budget (an associate therapist is paid from their sessions, shown in the support mix).</param>
/// <param name="Phase1MonthlyCost">What phase 1 costs a month on its own.</param>
/// <param name="MonthlyBudget">The budget the plan was made within.</param>
/// <param name="Currency">ISO 4217 code of every amount.</param>
/// <param name="HoursFreedPerWeek">Hours a week the full plan gives the owner back: the delegated work's hours less <paramref name="HoursOwnerKeepsPerWeek"/>.</param>
/// <param name="ValueOfTimeFreedPerMonth">Hours freed × session fee × 52 / 12: the freed time at the session fee.</param>
/// <param name="NetMonthlyBenefit">Value of the time freed less the monthly cost.</param>
/// <param name="BreakEvenSessionHoursPerMonth">Hours of sessions a month whose fees pay for the support; null without a session fee.</param>
/// <param name="BreakEven">The break-even point in one sentence.</param>
/// <param name="BudgetToUnlockTopTask">When the top delegable task is kept, the monthly budget that would hand it over on its own.</param>
/// <param name="MatchingOptimal">True when the matching is proven optimal (false only if the search hit its node limit).</param>
/// <param name="OneTimeCost">What the one-off projects handed over cost, once; never part of a monthly cost.</param>
/// <param name="OneTimeBudget">What one-off projects may cost in all: the intake's, or what the first month's budget leaves after recurring support.</param>
/// <param name="OneTimeHoursFreed">Hours of one-off project work handed over.</param>
/// <param name="Phase1Note">Why phase 1 holds fewer tasks than you asked to start with; null when it holds as many.</param>
/// <param name="OneTimeBudgetFromMonth">True when the intake gave no one-off budget, so projects were paid from what the first month leaves.</param>
/// <param name="LaterPhasesNote">When later phases add to the monthly cost: what phase 1 costs and what the rest of the budget waits for; null otherwise.</param>
/// <param name="HoursOwnerKeepsPerWeek">Hours a week of the delegated tasks that their SOPs leave with the owner (Sops.OwnerShare's rule).</param>
/// <param name="OwnerKeepsNote">Where those hours are, task by task ("1 h for the consultation calls themselves (“Intake calls”)"); null when none.</param>
/// <param name="OptionsNote">When nothing is handed over: how the numbered options go together and what they cost in all; null otherwise.</param>
/// <param name="EarliestFirstMonthNote">When a later phase can start inside month 1: what month 1 costs on the earliest schedule, week by week; null otherwise.</param>
public sealed record PlanTotals(
    decimal MonthlyCost,
    decimal Phase1MonthlyCost,
    decimal MonthlyBudget,
    string Currency,
    decimal HoursFreedPerWeek,
    decimal ValueOfTimeFreedPerMonth = 0,
    decimal NetMonthlyBenefit = 0,
    decimal? BreakEvenSessionHoursPerMonth = null,
    string BreakEven = "",
    decimal? BudgetToUnlockTopTask = null,
    bool MatchingOptimal = true,
    decimal OneTimeCost = 0,
    decimal OneTimeBudget = 0,
    decimal OneTimeHoursFreed = 0,
    string? Phase1Note = null,
    bool OneTimeBudgetFromMonth = false,
    string? LaterPhasesNote = null,
    decimal HoursOwnerKeepsPerWeek = 0,
    string? OwnerKeepsNote = null,
    string? OptionsNote = null,
    string? EarliestFirstMonthNote = null);

/// <summary>Where to read the SOP for a delegated task.</summary>
public sealed record SopLink(string TaskId, string Title, string Url, int Version);

/// <summary>Where to download the check-ins as an iCalendar file, and which version it is.</summary>
public sealed record CalendarLink(string Url, int Version);
