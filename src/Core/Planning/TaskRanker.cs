using System.Globalization;
using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// Scores each task by the guide's questions: which take the most time, cause the most stress,
/// and which the therapist feels least qualified for; repetitive work is easiest to hand over.
/// </summary>
public static class TaskRanker
{
    /// <summary>Scores and orders <paramref name="intake"/>'s tasks, highest first; ties break by hours, then by the order given.</summary>
    public static IReadOnlyList<RankedTask> Rank(Intake.Intake intake, PlanningOptions options)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(options);

        return intake.Tasks
            .Select((task, index) => (Ranked: Score(task, intake.Preferences, options), Index: index))
            .OrderByDescending(x => x.Ranked.Score)
            .ThenByDescending(x => x.Ranked.Task.HoursPerWeek)
            .ThenBy(x => x.Index)
            .Select(x => x.Ranked)
            .ToList();
    }

    static RankedTask Score(PracticeTask task, Preferences preferences, PlanningOptions o)
    {
        var time = Round(o.TimeWeight * Math.Min((double)task.HoursPerWeek / o.FullTimeHours, 1));
        var stress = Round(o.StressWeight * (task.Stress - 1) / 4.0);
        var lowConfidence = Round(o.LowConfidenceWeight * (5 - task.Confidence) / 4.0);
        var repetitive = task.Repetitive ? Round(o.RepetitiveWeight) : 0;
        var breakdown = new ScoreBreakdown(time, stress, lowConfidence, repetitive);
        var score = Round(time + stress + lowConfidence + repetitive);

        if (task.Category == TaskCategory.Clinical)
        {
            var reason = preferences.ShareClientLoad
                ? "Clinical work: only an associate therapist may share it, because you chose to share your client load."
                : "Clinical work stays with you: it is never handed to non-clinical support.";
            return new RankedTask(task, score, breakdown, preferences.ShareClientLoad, reason);
        }

        return new RankedTask(task, score, breakdown, Delegable: true, Reason(task, breakdown, o));
    }

    static string Reason(PracticeTask task, ScoreBreakdown b, PlanningOptions o)
    {
        var hours = task.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture);
        var stress = task.Stress >= 4 ? "high" : task.Stress == 3 ? "moderate" : "little";
        var factors = new List<(double Share, string Text)>
        {
            (b.Time / o.TimeWeight, $"{hours} h a week"),
            (b.Stress / o.StressWeight, $"{stress} stress ({task.Stress}/5)"),
            (b.LowConfidence / o.LowConfidenceWeight, $"low confidence ({task.Confidence}/5)"),
            (b.Repetitive / Math.Max(o.RepetitiveWeight, 1), "repetitive, so an SOP can carry it"),
        };
        var strong = factors.Where(f => f.Share >= 0.5).OrderByDescending(f => f.Share).Select(f => f.Text).ToList();
        if (strong.Count == 0)
        {
            return $"Lower priority: {hours} h a week, {stress} stress ({task.Stress}/5) and you feel capable ({task.Confidence}/5).";
        }

        var list = strong.Count == 1 ? strong[0] : string.Join(", ", strong.Take(strong.Count - 1)) + " and " + strong[^1];
        return $"Worth handing over: {list}.";
    }

    static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
