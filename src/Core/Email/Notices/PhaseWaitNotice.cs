using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The owner said "ready for more" often enough for the next phase, but a role of the phases started has nobody
/// registered: the answer says whose check-in it was, that the next phase waits for those hires and why, which work is
/// still on the owner's desk meanwhile, and what starts the phase. Credentialing an associate is never left to wait.
/// </summary>
internal static class PhaseWaitNotice
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string delegateName)
    {
        var p = plan.Practice;
        var waiting = notice.Waiting ?? [];
        var roles = Lists.And([.. waiting.Select(RoleTitles.Of)]);
        var next = notice.NextPhase ?? (notice.Phase ?? 0) + 1;
        var when = notice.CheckInAt is { } at ? $" on {DateWords.FullAt(at, p.TimeZone, p.Country)}" : "";
        var tasks = plan.Tasks.Where(t => t.Role is { } r && waiting.Contains(r) && t.Phase is { } k && k <= (notice.Phase ?? k)).ToList();
        var row = notice.GoodNeeded is > 1 ? $"{notice.GoodNeeded} check-ins in a row have" : "the check-in has";
        var paragraphs = new List<string>
        {
            $"After the check-in with {delegateName}{when} you said you are ready for more, and {row} gone well. Phase {next} still waits: "
                + $"you have not registered your {roles} yet, so {(tasks.Count == 1 ? "the task below is" : "the tasks below are")} still with you, "
                + "and handing over more on top of that would not be starting small.",
            $"Register each hire from your manage page once you have chosen them: phase {next} starts at the first check-in after that which goes well "
                + "and where you say you are ready for more.",
        };
        if (tasks.FirstOrDefault(t => t.TaskId == AssociateCredentialing.TaskId) is { } credentialing)
        {
            // Each insurer takes months and pays for the associate's sessions only once it has credentialed them: this cannot wait for a hire.
            paragraphs.Add($"Do not let “{credentialing.Name}” wait for the hire: each insurer can take months, and pays for your associate's sessions with its members "
                + "only once it has credentialed them. If nobody starts within days, begin the applications yourself now; the SOP has the steps.");
        }

        paragraphs.Add($"If you decide against one of these roles, phase {next} waits for it all the same: make a new plan from the intake form without its tasks.");
        return new NoticeContent(
            $"Phase {next} waits for your {roles}",
            $"Ready for more, once your {roles} {(waiting.Count == 1 ? "is" : "are")} registered",
            paragraphs,
            [.. tasks.Select(t => $"{t.Name} ({RoleTitles.Of(t.Role!.Value)})")],
            [.. NoticeContent.Button("Register who you hired", links.Manage)]);
    }
}
