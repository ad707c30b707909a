using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// Credentialing a new associate with the insurers the practice bills: a one-off project the plan adds itself, as
/// the associate's insured sessions cannot start without it and no owner lists work for a person not yet hired.
/// It is ranked straight after the clinical work it serves and carries that task's score, so the order stays true.
/// </summary>
public static class AssociateCredentialing
{
    /// <summary>The synthetic task's id; intake ids are "t1", "t2", …, so it cannot clash.</summary>
    public const string TaskId = "credential-new-associate";

    /// <summary>
    /// Hours a billing specialist or VA needs to set up credentialing for one new clinician with a practice's payers as a
    /// one-off: the CAQH profile and the applications for a handful of payers, at about an hour each. The follow-up until
    /// each payer confirms (weekly, for months) is not in them; the plan says so and what the one-off budget left would buy.
    /// </summary>
    public const decimal Hours = 6m;

    /// <summary>The months insurers usually take to credential a new clinician, counted from the application.</summary>
    public static readonly (int Min, int Max) UsualMonths = (3, 6);

    /// <summary>True for the task this class adds.</summary>
    public static bool Is(PracticeTask task) => task.TaskId == TaskId;

    /// <summary>True for the id of the task this class adds.</summary>
    public static bool Is(string taskId) => taskId == TaskId;

    /// <summary>
    /// <paramref name="ranked"/> with the credentialing task after the first clinical task an associate may share, when the
    /// practice bills insurance; otherwise <paramref name="ranked"/> unchanged.
    /// </summary>
    public static IReadOnlyList<RankedTask> With(IReadOnlyList<RankedTask> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var at = ranked.ToList().FindIndex(t => t.Delegable && t.Task.Category == TaskCategory.Clinical);
        if (at < 0 || !InsuranceWork.In(ranked.Select(t => t.Task)) || ranked.Any(t => Is(t.Task)))
        {
            return ranked;
        }

        var sessions = ranked[at];
        var task = new PracticeTask(TaskId, "Credential your new associate with each insurer you bill", TaskCategory.Billing, 0,
            Stress: sessions.Task.Stress, Confidence: sessions.Task.Confidence, Repetitive: false, InvolvesClientInfo: false, Notes: null, OneTimeHours: Hours);
        var credentialing = new RankedTask(task, sessions.Score, sessions.Breakdown, Delegable: true,
            $"Added by the plan: your associate's insured sessions (“{sessions.Task.Name}”) start only once they are credentialed with each insurer, "
            + "so it is scored as that task and comes straight after it.");
        return [.. ranked.Take(at + 1), credentialing, .. ranked.Skip(at + 1)];
    }
}
