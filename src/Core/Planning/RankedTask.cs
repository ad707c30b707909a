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
public sealed record ScoreBreakdown(double Time, double Stress, double LowConfidence, double Repetitive)
{
    /// <summary>
    /// The parts as the owner reads them: whole numbers that add up to the whole score shown (<see cref="ScoreWords"/>).
    /// A part that comes from a rating reads the same on every task with that rating (a 3/5 stress is always "stress 13"),
    /// so the time part, the only one measured rather than rated, takes up the rounding. Only when that would move the
    /// time part by a whole point or more (unusual weights) are all parts rounded by largest remainder instead.
    /// </summary>
    /// <param name="score">The task's exact score, the sum of the parts.</param>
    public WholeScoreParts Whole(double score)
    {
        var shown = (int)Math.Round(score, MidpointRounding.AwayFromZero);
        int R(double v) => (int)Math.Round(v, MidpointRounding.AwayFromZero);
        var time = shown - R(Stress) - R(LowConfidence) - R(Repetitive);
        if (time >= 0 && Math.Abs(time - Time) < 1)
        {
            return new(time, R(Stress), R(LowConfidence), R(Repetitive));
        }

        double[] parts = [Time, Stress, LowConfidence, Repetitive];
        var whole = parts.Select(p => (int)Math.Floor(p)).ToArray();
        var left = shown - whole.Sum();
        foreach (var i in Enumerable.Range(0, 4).OrderByDescending(i => parts[i] - whole[i]).ThenBy(i => i))
        {
            if (left <= 0)
            {
                break;
            }

            whole[i]++;
            left--;
        }

        return new(whole[0], whole[1], whole[2], whole[3]);
    }
}

/// <summary>A score's parts as whole numbers that add up to the whole score shown.</summary>
public sealed record WholeScoreParts(int Time, int Stress, int LowConfidence, int Repetitive);
