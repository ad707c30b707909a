using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// Scores each task by the guide's questions: which take the most time, cause the most stress,
/// and which the therapist feels least qualified for; repetitive work is easiest to hand over.
/// </summary>
public static class TaskRanker
{
    /// <summary>
    /// Scores and orders <paramref name="intake"/>'s tasks, highest first; ties break by hours, then by the order given.
    /// With an associate and insurance work, <see cref="AssociateCredentialing"/>'s task follows the clinical one.
    /// </summary>
    public static IReadOnlyList<RankedTask> Rank(Intake.Intake intake, PlanningOptions options)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(options);

        // Only proportions matter: the weights are scaled to add up to 100, so a score stays 0–100 whatever an intake gives.
        var given = options.WeightsFor(intake.Preferences);
        var scale = given.Total > 0 ? 100 / given.Total : 0;
        var weights = new RankingWeights(given.Time * scale, given.Stress * scale, given.LowConfidence * scale, given.Repetitive * scale);
        var ranked = intake.Tasks
            .Select((task, index) => (Ranked: Score(task, intake.Preferences, weights, options.FullTimeHours, intake.Practice.ClientHoursPerWeek), Index: index))
            .OrderByDescending(x => x.Ranked.Score)
            .ThenByDescending(x => x.Ranked.Task.HoursPerWeek)
            .ThenBy(x => x.Index)
            .Select(x => x.Ranked)
            .ToList();
        // A new associate who will bill insurers must be credentialed first: the plan adds that work itself.
        return AssociateCredentialing.With(ranked);
    }

    static RankedTask Score(PracticeTask task, Preferences preferences, RankingWeights w, double fullTimeHours, decimal clientHours)
    {
        // A project's hours count as if spread over its first month: a 6-hour job weighs like 1.4 h a week.
        var weekly = task.IsProject ? (double)(task.OneTimeHours!.Value / RoleProfile.WeeksPerMonth) : (double)task.HoursPerWeek;
        var time = Round(w.Time * Math.Min(weekly / fullTimeHours, 1));
        var stress = Round(w.Stress * (task.Stress - 1) / 4.0);
        var lowConfidence = Round(w.LowConfidence * (5 - task.Confidence) / 4.0);
        // A one-off project is done once: an SOP that repeats it carries nothing.
        var repetitive = task.Repetitive && !task.IsProject ? Round(w.Repetitive) : 0;
        var breakdown = new ScoreBreakdown(time, stress, lowConfidence, repetitive);
        var score = Round(time + stress + lowConfidence + repetitive);

        if (task.Category == TaskCategory.Clinical)
        {
            // Sharing the load means sessions, and never all of them: notes and the whole caseload stay (SharedSessions).
            var kept = preferences.ShareClientLoad ? SharedSessions.WhyKept(task, clientHours) : null;
            var shared = preferences.ShareClientLoad && kept is null;
            var reason = shared
                ? "Clinical work: only an associate therapist may share it, because you chose to share your client load."
                : kept ?? "Clinical work stays with you: it is never handed to non-clinical support.";
            return new RankedTask(task, score, breakdown, shared, reason);
        }

        return new RankedTask(task, score, breakdown, Delegable: true, Reason(task, breakdown, w));
    }

    // Each factor is a whole clause with its own subject, and clauses join with semicolons: a list of fragments
    // ("repetitive, so an SOP can carry it and low confidence") read as if the SOP carried the low confidence.
    static string Reason(PracticeTask task, ScoreBreakdown b, RankingWeights w)
    {
        var hours = task.IsProject ? $"it is {Hours.Format(task.OneTimeHours!.Value)} h of one-off work" : $"it takes {Hours.Format(task.HoursPerWeek)} h a week";
        var stress = $"it causes you {(task.Stress >= 4 ? "high" : task.Stress == 3 ? "moderate" : "little")} stress ({task.Stress}/5)";
        var factors = new List<(double Share, double Points, string Text)>
        {
            (Share(b.Time, w.Time), b.Time, hours),
            (Share(b.Stress, w.Stress), b.Stress, stress),
            (Share(b.LowConfidence, w.LowConfidence), b.LowConfidence, task.Confidence <= 2 ? $"you rated your confidence in doing it low ({task.Confidence}/5)" : $"you rated your confidence in doing it only {task.Confidence} out of 5"),
        };
        var strong = factors.Where(f => f.Share >= 0.5).ToList();
        // Most admin repeats, so "it repeats, so an SOP can carry it" on every task says nothing: it is a reason only
        // where it is one of the task's two biggest earners in points (a tie goes to the owner's own ratings).
        if (Share(b.Repetitive, w.Repetitive) >= 0.5 && strong.Count(f => f.Points >= b.Repetitive) < 2)
        {
            strong.Add((Share(b.Repetitive, w.Repetitive), b.Repetitive, $"it repeats the same way {TaskRhythm.Of(task.Name)}, so an SOP can carry it"));
        }

        // What earned the task most points first: repetition's flat points then follow a 4/5 stress rather than lead it.
        var ordered = strong.OrderByDescending(f => f.Points).ThenByDescending(f => f.Share).Select(f => f.Text).ToList();
        if (ordered.Count == 0)
        {
            // Only the factors that count: with an intake's own weights some may count for nothing. A project's
            // hours already say it is one-off, so it is not also called "not repeating".
            var facts = new (double Weight, string Text)[]
                {
                    (w.Time, hours),
                    (w.Stress, stress),
                    (w.LowConfidence, $"you feel capable of doing it ({task.Confidence}/5)"),
                    (task.IsProject ? 0 : w.Repetitive, "it does not repeat the same way each time"),
                }
                .Where(f => f.Weight > 0).Select(f => f.Text).ToList();
            return facts.Count == 0 ? "Why it ranks here: nothing about it stands out." : $"Why it ranks here: {string.Join("; ", facts)}.";
        }

        return $"Why it ranks here: {string.Join("; ", ordered)}.";
    }

    /// <summary>How much of a factor's points a task earned; a factor weighted 0 never counts as a reason.</summary>
    static double Share(double points, double weight) => weight > 0 ? points / weight : 0;

    static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
