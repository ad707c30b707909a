using Delegation.Core.Plans;

namespace Delegation.Core.Reports;

/// <summary>
/// What delegation gave back to one practice in one month, stored as <c>reports/{yyyy-MM}/{planId}.json</c>
/// beside the HTML that was emailed. Task and role names only: no notes, no client information.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Practice">The practice's name.</param>
/// <param name="Status">The plan's status when the report was made.</param>
/// <param name="ActiveFrom">First instant of the month the plan was running (its start, if it started mid-month).</param>
/// <param name="ActiveUntil">Instant the plan stopped running in the month (its cancellation, else the month's end).</param>
/// <param name="WeeksActive">Weeks of the month the plan was running, to two decimals.</param>
/// <param name="Hours">Hours handed over: planned and confirmed at check-ins.</param>
/// <param name="Spend">Support cost against the budget.</param>
/// <param name="CheckIns">Check-ins held and missed.</param>
/// <param name="Stress">Stress recorded at the month's check-ins, in order.</param>
/// <param name="CurrentPhase">The phase the rollout is in.</param>
/// <param name="LastPhase">The plan's last phase.</param>
/// <param name="NextStep">The next recommended step, one sentence.</param>
/// <param name="GeneratedAt">When the report was written (it is never rewritten).</param>
public sealed record MonthlyReport(
    string PlanId,
    string Month,
    string Practice,
    PlanStatus Status,
    DateTimeOffset ActiveFrom,
    DateTimeOffset ActiveUntil,
    decimal WeeksActive,
    HoursReclaimed Hours,
    SpendAgainstBudget Spend,
    CheckInTally CheckIns,
    StressTrend Stress,
    int CurrentPhase,
    int LastPhase,
    string NextStep,
    DateTimeOffset GeneratedAt);

/// <summary>Hours of the owner's work handed over in the month.</summary>
/// <param name="Planned">Delegated hours a week of the phases under way × weeks active.</param>
/// <param name="Confirmed">The part of <paramref name="Planned"/> that on-track check-ins confirmed: per role, its planned hours × its on-track share of the month's check-ins.</param>
/// <param name="PlannedPerWeek">Delegated hours a week of the phases under way.</param>
public sealed record HoursReclaimed(decimal Planned, decimal Confirmed, decimal PlannedPerWeek);

/// <summary>The month's support cost: the monthly cost of the roles the phases under way engage, for the part of the month the plan ran.</summary>
public sealed record SpendAgainstBudget(decimal Spend, decimal Budget, string Currency, bool WithinBudget);

/// <summary>Check-ins that fell in the month.</summary>
/// <param name="Held">Check-ins whose outcome was recorded.</param>
/// <param name="Missed">Check-ins that passed with no outcome.</param>
/// <param name="OnTrack">Held check-ins recorded as on track.</param>
public sealed record CheckInTally(int Held, int Missed, int OnTrack);

/// <summary>Stress (1–5) recorded at the month's check-ins in the order they met, and which way it moved.</summary>
public sealed record StressTrend(IReadOnlyList<int> Values, string Direction);
