using Delegation.Core.Hiring;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// The SOPs and hiring kits of a review intake, written as the workflow writes them (each delegated task with its
/// role, the plan's delegated and kept kinds), read as the new hire reads them: the page's text.
/// </summary>
internal static class ReviewPlanDocuments
{
    /// <summary>The text of the SOP for the task named <paramref name="task"/> in review intake <paramref name="intake"/>.</summary>
    /// <param name="intake">The review intake's name.</param>
    /// <param name="task">The task's name.</param>
    /// <param name="change">A change to the intake first (another start-with, say); none when null.</param>
    public static string Sop(string intake, string task, Func<Intake.Intake, Intake.Intake>? change = null)
    {
        var loaded = (change ?? (i => i))(ReviewIntakes.Load(intake));
        var match = ReviewIntakes.Match(loaded);
        var tasks = ReviewIntakes.Tasks(intake);
        var byId = tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var delegated = match.Assignments.Select(a => (Task: byId[a.TaskId], a.Role)).ToList();
        var kinds = delegated.Select(d => SopWriter.KindOf(d.Task)).ToHashSet(StringComparer.Ordinal);
        var keptTasks = tasks.Where(t => delegated.All(d => d.Task.TaskId != t.TaskId)).ToList();
        var kept = keptTasks.Select(SopWriter.KindOf).ToHashSet(StringComparer.Ordinal);
        var (one, role) = delegated.Single(d => d.Task.Name == task);
        return Text(SopWriter.Write(loaded.Practice, one, role, 1, kinds, kept, loaded.Budget.Currency, tasks, SopWriter.RolesByKind(delegated), keptTasks,
            SopWriter.PhasesByKind(match.Assignments.Select(a => (byId[a.TaskId], a.Phase))), match.Assignments.Single(a => a.TaskId == one.TaskId).Phase).Html);
    }

    /// <summary>The text of the hiring kit for <paramref name="role"/> in review intake <paramref name="intake"/>.</summary>
    /// <param name="change">A change to the intake first (a one-off budget, say); none when null.</param>
    public static string Kit(string intake, Planning.SupportRole role, Func<Intake.Intake, Intake.Intake>? change = null)
    {
        var loaded = (change ?? (i => i))(ReviewIntakes.Load(intake));
        var tasks = ReviewIntakes.Tasks(intake);
        var briefs = HiringBrief.ForEachRole(ReviewIntakes.Match(loaded), tasks, []);
        var given = briefs.SelectMany(b => b.Tasks).Select(t => t.Task.TaskId).ToHashSet(StringComparer.Ordinal);
        return Text(HiringKitWriter.Write(loaded.Practice, loaded.Budget.Currency, briefs.Single(b => b.Line.Role == role), 1, tasks,
            [.. tasks.Where(t => !given.Contains(t.TaskId))]).Html);
    }

    /// <summary>The text part of the plan email for review intake <paramref name="intake"/>, as the owner reads it.</summary>
    /// <param name="change">A change to the intake first (a one-off budget, say); none when null.</param>
    public static string Email(string intake, Func<Intake.Intake, Intake.Intake>? change = null) =>
        Delegation.Core.Email.PlanEmailContent.Build(Samples.ComposePlan((change ?? (i => i))(ReviewIntakes.Load(intake))).Plan, new Uri("https://delegation.example/")).ToText();

    static string Text(string html) => Html.Parse(html).Body!.TextContent;
}
