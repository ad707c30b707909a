using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Hiring;

/// <summary>A rendered hiring kit for one role: Markdown as written, HTML for reading and printing.</summary>
/// <param name="Role">The role it hires for.</param>
/// <param name="Title">"Hiring kit: virtual assistant".</param>
/// <param name="Markdown">The kit as Markdown.</param>
/// <param name="Html">The same kit as a standalone HTML page.</param>
public sealed record HiringKit(SupportRole Role, string Title, string Markdown, string Html);

/// <summary>Where to read a role's hiring kit, and which version it is.</summary>
/// <param name="Role">The role.</param>
/// <param name="Title">The kit's title.</param>
/// <param name="Url">Its path, <c>/api/plans/{planId}/hiring/{slug}</c>.</param>
/// <param name="Version">The version stored.</param>
public sealed record HiringKitLink(SupportRole Role, string Title, string Url, int Version);

/// <summary>What one role's kit is written from: the plan's line for the role, the tasks it takes, and its check-ins.</summary>
/// <param name="Line">The support line: hours, rate and cost the plan assumed.</param>
/// <param name="Tasks">The tasks the plan gives the role, in score order.</param>
/// <param name="CheckIn">The role's recurring check-in; null when the plan schedules none.</param>
public sealed record HiringBrief(SupportLine Line, IReadOnlyList<HiringTask> Tasks, CheckIn? CheckIn)
{
    /// <summary>One brief per role the match engages, with the tasks assigned to it and its check-in.</summary>
    /// <param name="match">Who takes which task.</param>
    /// <param name="tasks">The intake's tasks.</param>
    /// <param name="checkIns">The check-ins scheduled for the plan.</param>
    public static IReadOnlyList<HiringBrief> ForEachRole(SupportMatch match, IReadOnlyList<PracticeTask> tasks, IReadOnlyList<CheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(checkIns);
        var byId = tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        return [.. match.SupportMix.Select(line => new HiringBrief(line,
            [.. match.Assignments.Where(a => a.Role == line.Role).Select(a => new HiringTask(byId[a.TaskId], a.Phase))],
            checkIns.FirstOrDefault(c => c.Role == line.Role)))];
    }
}

/// <summary>A task the role takes, and the phase it is handed over in.</summary>
/// <param name="Task">The task as the therapist described it.</param>
/// <param name="Phase">The rollout phase, 1 first.</param>
public sealed record HiringTask(PracticeTask Task, int Phase);
