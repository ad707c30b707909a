using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>A task with its delegation score and the reason in plain words.</summary>
/// <param name="Task">The task as the therapist described it.</param>
/// <param name="Score">0–100: higher means let go of it sooner.</param>
/// <param name="Breakdown">Points from each factor; they add up to <paramref name="Score"/>.</param>
/// <param name="Delegable">False for clinical work unless the practice shares its client load.</param>
/// <param name="Reason">One sentence a therapist can read.</param>
public sealed record RankedTask(
    PracticeTask Task,
    double Score,
    ScoreBreakdown Breakdown,
    bool Delegable,
    string Reason);

/// <summary>Each factor's contribution to a score.</summary>
public sealed record ScoreBreakdown(double Time, double Stress, double LowConfidence, double Repetitive);
