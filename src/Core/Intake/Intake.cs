namespace Delegation.Core.Intake;

/// <summary>A validated intake: what the workflow plans from.</summary>
public sealed record Intake(Practice Practice, Budget Budget, IReadOnlyList<PracticeTask> Tasks, Preferences Preferences);

/// <summary>The practice and its owner, the only person the product writes to about the plan.</summary>
public sealed record Practice(
    string Name,
    string OwnerName,
    string Email,
    string TimeZone,
    decimal SessionFee,
    decimal ClientHoursPerWeek);

/// <summary>What the practice can spend on support each month.</summary>
public sealed record Budget(decimal Monthly, string Currency);

/// <summary>
/// A task the therapist does today. <see cref="Notes"/> are the therapist's own and may touch
/// client matters, so they are kept out of every email.
/// </summary>
public sealed record PracticeTask(
    string TaskId,
    string Name,
    TaskCategory Category,
    decimal HoursPerWeek,
    int Stress,
    int Confidence,
    bool Repetitive,
    bool InvolvesClientInfo,
    string? Notes);

/// <summary>How the therapist wants to roll delegation out, and what they override in the planning defaults.</summary>
/// <param name="StartWith">Tasks in phase 1.</param>
/// <param name="CheckInDay">Day of the week check-ins fall on.</param>
/// <param name="ShareClientLoad">Whether an associate therapist may take clinical work.</param>
/// <param name="Weights">Ranking weights for this intake; null keeps the configured ones.</param>
/// <param name="Rates">Hourly rate per role for this intake; roles not named keep the catalogue's rate.</param>
public sealed record Preferences(
    int StartWith,
    DayOfWeek CheckInDay,
    bool ShareClientLoad,
    RankingWeights? Weights = null,
    IReadOnlyDictionary<Planning.SupportRole, decimal>? Rates = null);

/// <summary>How much each factor counts in a task's score; only their proportions matter, the score is scaled to 0–100.</summary>
public sealed record RankingWeights(double Time, double Stress, double LowConfidence, double Repetitive)
{
    /// <summary>The sum of the weights: the divisor that scales a score to 0–100.</summary>
    public double Total => Time + Stress + LowConfidence + Repetitive;
}
