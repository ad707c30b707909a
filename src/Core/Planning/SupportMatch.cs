namespace Delegation.Core.Planning;

/// <summary>Who takes which task, in which phase, and what it costs.</summary>
/// <param name="Assignments">Delegated tasks in score order.</param>
/// <param name="SupportMix">Engaged roles, in catalogue order.</param>
/// <param name="KeptReasons">Why each delegable task that was not delegated stays with the therapist.</param>
/// <param name="MonthlyCost">What the whole plan costs a month.</param>
/// <param name="Phase1MonthlyCost">What phase 1 costs a month on its own.</param>
/// <param name="HoursFreedPerWeek">Hours of delegated work a week.</param>
/// <param name="Optimal">True when the matching is proven optimal; false only when the search hit its node limit.</param>
/// <param name="BudgetToUnlockTopTask">When the top delegable task is kept, the monthly budget that would hand it over on its own.</param>
public sealed record SupportMatch(
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<SupportLine> SupportMix,
    IReadOnlyDictionary<string, string> KeptReasons,
    decimal MonthlyCost,
    decimal Phase1MonthlyCost,
    decimal HoursFreedPerWeek,
    bool Optimal = true,
    decimal? BudgetToUnlockTopTask = null);

/// <summary>One delegated task: its role and the rollout phase it is handed over in (1 first).</summary>
public sealed record Assignment(string TaskId, SupportRole Role, int Phase);

/// <summary>One engaged role: weekly hours of delegated work and its monthly cost.</summary>
/// <param name="Role">The role.</param>
/// <param name="HoursPerWeek">Hours of delegated work a week.</param>
/// <param name="HourlyRate">The rate the cost was computed from.</param>
/// <param name="MonthlyCost">max(hours, minimum) × rate × 52 / 12, in cents.</param>
/// <param name="MarginalCostPerHourFreed">What this role adds to the monthly cost for each hour a month it frees: the rate, or more while its minimum engagement is not filled.</param>
public sealed record SupportLine(
    SupportRole Role,
    decimal HoursPerWeek,
    decimal HourlyRate,
    decimal MonthlyCost,
    decimal MarginalCostPerHourFreed = 0);
