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

/// <summary>How the therapist wants to roll delegation out.</summary>
public sealed record Preferences(int StartWith, DayOfWeek CheckInDay, bool ShareClientLoad);
