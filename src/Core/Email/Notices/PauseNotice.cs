using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The emails when two check-ins in a row pass unrecorded and the rollout pauses. The owner's names the
/// meetings, offers to record the last one late, says what carries on and who is not reviewing it meanwhile,
/// that the meetings in both calendars stand, and how to resume; the hire's says plainly what the pause means for their work and meetings.
/// </summary>
internal static class PauseNotice
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string owner, string delegateName)
    {
        var p = plan.Practice;
        var tasks = NoticeContent.TasksSoFar(plan, notice);
        var next = notice.NextPhase is { } n ? $" and phase {n}'s tasks wait" : "";
        // A hire that holds the next phase still holds it after resuming: said, or resuming reads as enough.
        var stillHeld = notice is { NextPhase: { } np2, Waiting: { Count: > 0 } waiting }
            ? $" Phase {np2} also waits until you register your {Lists.And([.. waiting.Select(RoleTitles.Of)])}, resumed or not."
            : "";

        if (notice.ToDelegate)
        {
            // A later phase is mentioned only if it brings this hire work; an associate's clinical work never waits for anyone.
            var theirs = notice.NextPhase is { } np && plan.Tasks.Any(t => t.Role == notice.Role && t.Phase == np) ? $", and phase {np}'s tasks for you wait" : "";
            return new NoticeContent(
                $"{p.Name}: check-ins are paused for now",
                "Check-ins are paused for now",
                [
                    $"The plan for {p.Name} pauses on its own when two check-ins in a row have no recorded outcome, and that has happened: often it is only a busy fortnight. Until {owner} resumes it there are no check-in reminders{theirs}.",
                    // The pause changes no calendar: the file both imported is left as it is, so the meetings in it are still on.
                    "The check-ins already in your calendar stand: meet as planned unless you hear otherwise.",
                    notice.Role == SupportRole.AssociateTherapist
                        ? AssociateLines.DuringPause(owner, p.Email, Jurisdiction.Of(p.Country))
                        : $"Keep doing the tasks you already have, exactly as their SOPs say{(tasks.Any(t => links.Sop(t.TaskId) is not null) ? " (each linked below)" : "")}. Anything an SOP does not cover, ask first: write to {p.Email}.",
                ],
                [.. tasks.Select(t => NoticeContent.WithSop(t.Name, links.Sop(t.TaskId)))],
                []);
        }

        var dates = (notice.MissedAt ?? (notice.CheckInAt is { } at ? [at] : []))
            .Select(d => DateWords.FullAt(d, p.TimeZone, p.Country)).ToList();
        var last = dates.Count > 0 ? dates[^1] : "";
        var clientInfo = tasks.Any(t => t.InvolvesClientInfo);
        var paragraphs = new List<string>
        {
            $"The check-ins with {delegateName} on {Lists.And(dates)} have no recorded outcome, so the rollout is paused: no more check-in reminders{next} until you resume.{stillHeld}",
            notice.Role == SupportRole.AssociateTherapist
                ? AssociateLines.OwnerDuringPause(delegateName)
                : $"{delegateName} keeps doing the tasks already handed over (below). Until you meet again nobody is reviewing that work"
                    + (clientInfo
                        ? ", and some of it touches client information: this week, look over what was done and who can see what in each system."
                        : ": look over this week's work yourself."),
        };
        paragraphs.Add($"The check-ins already in your calendar and {delegateName}'s stand: the pause cancels none of them. Meet as planned, or cancel "
            + $"the ones you will not hold and tell {delegateName}, since your calendar and theirs are separate. No reminder or record link comes for them until you resume.");
        if (links.CheckIn is not null)
        {
            // Only the last meeting is still open (each reminder closes the one before it), and only until its link expires or a resume's next reminder closes it.
            var until = notice is { RecordBy: { } e, CheckInAt: { } held }
                ? $": it works until {DateWords.BriefOn(e, p.TimeZone, p.Country)}, {(e - held).TotalDays:0} days after that meeting, and only before you resume"
                : ", before you resume";
            // Each earlier one closed on its own day, when the reminder after it went out: dated each, not one window for all (read 6).
            var closed = (notice.ClosedAt ?? []).Select(c => DateWords.BriefOn(c, p.TimeZone, p.Country)).ToList();
            var earlier = dates.Count switch
            {
                < 2 => "",
                2 when closed.Count == 1 => $" The one on {dates[0]} can no longer be recorded: its link closed on {closed[0]}, when the reminder for the next check-in went out, and it stays counted as missed.",
                2 => $" The one on {dates[0]} can no longer be recorded: it closed when the next reminder went out, and stays counted as missed.",
                _ => " The earlier ones can no longer be recorded: each closed when the reminder for the check-in after it went out"
                    + (closed.Count == dates.Count - 1 ? $" ({Lists.And(closed)})" : "") + ", and they stay counted as missed.",
            };
            paragraphs.Add($"If you did meet on {last}, record it late with the “Record it late” link{until}.{earlier}");
        }

        if (links.Manage is not null)
        {
            // Resume starts the series again at its next slot at least a reminder's lead away: the meetings already in both calendars.
            paragraphs.Add("When you are ready, resume from your manage page: the reminders start again with the next of those check-ins that is at least a day away, "
                + $"and you and {delegateName} get them as before.");
        }

        return new NoticeContent("Your delegation rollout is paused", $"Check-ins with {delegateName} are paused", paragraphs, [.. tasks.Select(t => t.Name)],
            [.. NoticeContent.Button("Record it late", links.CheckIn), .. NoticeContent.Button("Resume the rollout", links.Manage)]);
    }
}
