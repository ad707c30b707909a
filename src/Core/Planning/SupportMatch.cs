namespace Delegation.Core.Planning;

/// <summary>Who takes which task, in which phase, and what it costs.</summary>
public sealed record SupportMatch(
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<SupportLine> SupportMix,
    IReadOnlyDictionary<string, string> KeptReasons,
    decimal MonthlyCost,
    decimal Phase1MonthlyCost,
    decimal HoursFreedPerWeek);

/// <summary>One delegated task: its role and the rollout phase it is handed over in (1 first).</summary>
public sealed record Assignment(string TaskId, SupportRole Role, int Phase);

/// <summary>One engaged role: weekly hours of delegated work and its monthly cost.</summary>
public sealed record SupportLine(SupportRole Role, decimal HoursPerWeek, decimal HourlyRate, decimal MonthlyCost);
