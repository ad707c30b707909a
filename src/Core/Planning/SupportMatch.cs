namespace Delegation.Core.Planning;

/// <summary>Who takes which task, in which phase, and what it costs.</summary>
/// <param name="Assignments">Delegated tasks in score order.</param>
/// <param name="SupportMix">Engaged roles, in catalogue order.</param>
/// <param name="KeptReasons">Why each delegable task that was not delegated stays with the therapist.</param>
/// <param name="MonthlyCost">What the budget's roles cost a month (an associate therapist is paid from their sessions, not from it).</param>
/// <param name="Phase1MonthlyCost">What phase 1 costs a month on its own.</param>
/// <param name="HoursFreedPerWeek">Hours of your recurring work a week that others take (an associate's sessions add capacity, and are not counted).</param>
/// <param name="Optimal">True when the matching is proven optimal; false only when the search hit its node limit.</param>
/// <param name="BudgetToUnlockTopTask">When the top delegable task is kept, the monthly budget that would hand it over on its own.</param>
/// <param name="OneTimeCost">What the one-off projects handed over cost, once.</param>
/// <param name="OneTimeHoursFreed">Hours of one-off project work handed over.</param>
/// <param name="NextSteps">The best next additions, cheapest first, with what each would add to the cost.</param>
/// <param name="Phase1Note">Why phase 1 holds fewer tasks than you asked to start with; null when it holds as many.</param>
/// <param name="OneTimeBudget">What projects were matched within.</param>
/// <param name="OneTimeBudgetFromMonth">True when the intake gave no one-off budget and projects got what the first month leaves.</param>
/// <param name="LaterPhasesNote">When later phases add to the monthly cost: what phase 1 costs, what the rest of the budget waits for and from about when; null otherwise.</param>
/// <param name="OptionsNote">When nothing is handed over: that each numbered option is priced on its own, which are alternatives, and what the options that go together cost in all; null otherwise.</param>
/// <param name="EarliestFirstMonthNote">When a later phase can start inside month 1: what month 1 costs on the earliest schedule, week by week; null otherwise.</param>
/// <param name="KeptWaits">For a kept project the monthly leftover set aside will pay for, the month it waits for ("waits until month 2, when …"), in place of "stays with you".</param>
public sealed record SupportMatch(
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<SupportLine> SupportMix,
    IReadOnlyDictionary<string, string> KeptReasons,
    decimal MonthlyCost,
    decimal Phase1MonthlyCost,
    decimal HoursFreedPerWeek,
    bool Optimal = true,
    decimal? BudgetToUnlockTopTask = null,
    decimal OneTimeCost = 0,
    decimal OneTimeHoursFreed = 0,
    IReadOnlyList<NextStep>? NextSteps = null,
    string? Phase1Note = null,
    decimal OneTimeBudget = 0,
    bool OneTimeBudgetFromMonth = false,
    string? LaterPhasesNote = null,
    IReadOnlyDictionary<string, string>? KeptWaits = null,
    string? OptionsNote = null,
    string? EarliestFirstMonthNote = null);

/// <summary>One delegated task: its role, the rollout phase it is handed over in (1 first), and why that role.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Role">Who takes it.</param>
/// <param name="Phase">The rollout phase, 1 first.</param>
/// <param name="RoleReason">Why this role, when the kind of work has a best fit; null for general work.</param>
/// <param name="OneTimeCost">What a one-off project costs, once; null for recurring work.</param>
public sealed record Assignment(string TaskId, SupportRole Role, int Phase, string? RoleReason = null, decimal? OneTimeCost = null);

/// <summary>One engaged role: weekly hours of delegated work and its monthly cost.</summary>
/// <param name="Role">The role.</param>
/// <param name="HoursPerWeek">Hours of delegated recurring work a week.</param>
/// <param name="HourlyRate">The rate the cost was computed from.</param>
/// <param name="MonthlyCost">max(hours, minimum) × rate × 52 / 12, in cents; for an associate therapist, their pay.</param>
/// <param name="MarginalCostPerHourFreed">What this role adds to the monthly cost for each hour a month it frees: the rate, or more while its minimum engagement is not filled.</param>
/// <param name="OneTimeHours">Hours of one-off projects.</param>
/// <param name="OneTimeCost">What those projects cost, once.</param>
/// <param name="MonthlyRevenue">For an associate therapist: hours × session fee × 52 / 12, what their sessions bring in.</param>
/// <param name="NetMonthly">For an associate therapist: revenue less their pay, what the practice keeps.</param>
/// <param name="Note">What decides this line's cost, in one or two sentences, when something does beyond hours × rate.</param>
public sealed record SupportLine(
    SupportRole Role,
    decimal HoursPerWeek,
    decimal HourlyRate,
    decimal MonthlyCost,
    decimal MarginalCostPerHourFreed = 0,
    decimal OneTimeHours = 0,
    decimal OneTimeCost = 0,
    decimal? MonthlyRevenue = null,
    decimal? NetMonthly = null,
    string? Note = null);

/// <summary>A task (or a bundle of tasks for one role) that more budget would hand over, and what it would add.</summary>
/// <param name="TaskId">The task; for a bundle, its first task.</param>
/// <param name="Role">Who would take it.</param>
/// <param name="ExtraMonthlyCost">What it adds a month (recurring work); null for a project.</param>
/// <param name="ExtraOneTimeCost">What it costs once (a project); null for recurring work.</param>
/// <param name="Text">The step in one sentence.</param>
/// <param name="TaskIds">Every task the step hands over, in rank order: one, or several that share a role's minimum engagement.</param>
public sealed record NextStep(string TaskId, SupportRole Role, decimal? ExtraMonthlyCost, decimal? ExtraOneTimeCost, string Text, IReadOnlyList<string>? TaskIds = null);
