using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// A hire's email after the owner updated the plan and their work changed: the SOPs that are new or changed (attached,
/// and linked by their sealed links), the tasks a later phase brings them, and the tasks that are no longer theirs.
/// Only task names and the owner's contact: nothing of the plan's money, scores or other hires.
/// </summary>
internal static class WorkUpdatedNotice
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string owner, string roleTitle)
    {
        var change = notice.WorkChange ?? throw new InvalidOperationException("A work update notice carries its change.");
        var p = plan.Practice;
        var byId = plan.Tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var changed = change.ChangedSops.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        var later = change.Later.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        var items = new List<string>();
        items.AddRange(changed.Select(t => NoticeContent.WithSop($"“{t.Name}”: its SOP is new or changed, and attached", links.Sop(t.TaskId))));
        items.AddRange(later.Select(t => $"“{t.Name}” comes to you when phase {t.Phase} starts; its SOP comes with that email"));
        items.AddRange(change.Lost.Select(name => $"“{name}” is no longer one of your tasks: bring any work on it still in progress to your next check-in"));

        var paragraphs = new List<string>
        {
            $"{owner} updated the delegation plan of {p.Name}, and your work as its {roleTitle} changes: the list below says how.",
        };
        if (changed.Count > 0)
        {
            paragraphs.Add("The attached SOPs replace every earlier copy of them: work from them from today, and delete or archive the old ones. "
                + NoticeContent.SopsOnline);
        }

        paragraphs.Add($"Questions about it: bring them to your next check-in, or write to {owner} at {p.Email}.");
        return new NoticeContent(
            $"{p.Name}: your tasks have changed",
            "Your work has changed",
            paragraphs,
            items,
            []);
    }
}
