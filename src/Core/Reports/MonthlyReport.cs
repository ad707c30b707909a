using System.Text.Json.Serialization;
using Delegation.Core.Planning;
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
/// <param name="Hours">Hours handed over: planned and confirmed at check-ins, and what the confirmed hours are worth at the session fee.</param>
/// <param name="Spend">Support cost against the budget: only roles with a registered hire, from the hire date.</param>
/// <param name="CheckIns">Check-ins held and missed.</param>
/// <param name="Stress">Stress recorded at the month's check-ins, in order.</param>
/// <param name="CurrentPhase">The phase the rollout is in.</param>
/// <param name="LastPhase">The plan's last phase.</param>
/// <param name="NextStep">The next recommended step, one sentence.</param>
/// <param name="GeneratedAt">When the report was written (it is never rewritten).</param>
/// <param name="NextAction">Where the next step's link goes; reports stored before it was kept open the manage page.</param>
/// <param name="Country">The practice's country, which decides how the report writes dates.</param>
/// <param name="SinceLastMonth">What moved since the previous month's report, one sentence; null for a plan's first report.</param>
/// <param name="StaleSops">SOPs in use not confirmed for <see cref="Sops.SopStaleness.Days"/> days when the report was written, longest first; null in reports stored before they were kept.</param>
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
    DateTimeOffset GeneratedAt,
    ReportAction NextAction = ReportAction.ManagePlan,
    string Country = "US",
    string? SinceLastMonth = null,
    IReadOnlyList<Sops.StaleSop>? StaleSops = null);

/// <summary>What the next step's link lets the owner do; the link itself is made when the email is sent, never stored.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportAction>))]
public enum ReportAction
{
    /// <summary>Nothing: the plan is cancelled.</summary>
    None,
    /// <summary>Register a hire on the manage page.</summary>
    RegisterHire,
    /// <summary>Resume the paused rollout on the manage page.</summary>
    Resume,
    /// <summary>Open the manage page.</summary>
    ManagePlan,
}

/// <summary>Hours of the owner's work handed over in the month.</summary>
/// <param name="Planned">Per role under way with a registered hire, its delegated hours a week × the weeks since the hire date (or the plan's start, if later).</param>
/// <param name="Confirmed">The part of <paramref name="Planned"/> that on-track check-ins confirmed: per role, its planned hours × its on-track share of the month's check-ins.</param>
/// <param name="PlannedPerWeek">Delegated hours a week of the phases under way.</param>
/// <param name="HiredPerWeek">The part of <paramref name="PlannedPerWeek"/> whose role has a registered hire: what <paramref name="Planned"/> counts.</param>
/// <param name="SessionFee">The intake's fee for one session.</param>
/// <param name="ConfirmedWorth"><paramref name="Confirmed"/> × <paramref name="SessionFee"/>: what those hours are worth if filled with sessions (not money earned).</param>
public sealed record HoursReclaimed(decimal Planned, decimal Confirmed, decimal PlannedPerWeek, decimal SessionFee = 0, decimal ConfirmedWorth = 0, decimal? HiredPerWeek = null);

/// <summary>
/// The month's support cost: for each role the phases under way engage that has a registered hire, its monthly
/// cost for the days from the hire date (or the plan's start, if later) to the month's end or the cancellation.
/// </summary>
/// <param name="Spend">The sum of <paramref name="Roles"/>' spend.</param>
/// <param name="Budget">The monthly budget.</param>
/// <param name="Currency">ISO 4217 code of every amount.</param>
/// <param name="WithinBudget">Whether <paramref name="Spend"/> is at most <paramref name="Budget"/>.</param>
/// <param name="Roles">Each role under way, hired or not; null in reports stored before it was kept.</param>
public sealed record SpendAgainstBudget(decimal Spend, decimal Budget, string Currency, bool WithinBudget, IReadOnlyList<RoleSpend>? Roles = null);

/// <summary>One role's part of the month's spend.</summary>
/// <param name="Role">The role.</param>
/// <param name="Hired">Whether a hire is registered; a role without one costs nothing.</param>
/// <param name="HiredAt">When the hire was registered (plan time); null when not hired, or registered before the date was kept (then it counts from the plan's start).</param>
/// <param name="MonthlyCost">The role's full monthly cost for the hours of the phases under way.</param>
/// <param name="Days">Days of the month the role is costed for: whole UTC days from the hire date.</param>
/// <param name="Spend"><paramref name="MonthlyCost"/> × <paramref name="Days"/> / days in the month.</param>
public sealed record RoleSpend(SupportRole Role, bool Hired, DateTimeOffset? HiredAt, decimal MonthlyCost, decimal Days, decimal Spend);

/// <summary>Check-ins that fell in the month.</summary>
/// <param name="Held">Check-ins whose outcome was recorded.</param>
/// <param name="Missed">Check-ins that passed with no outcome.</param>
/// <param name="OnTrack">Held check-ins recorded as on track.</param>
public sealed record CheckInTally(int Held, int Missed, int OnTrack);

/// <summary>Stress (1–5) recorded at the month's check-ins in the order they met, and which way it moved.</summary>
public sealed record StressTrend(IReadOnlyList<int> Values, string Direction);
