using System.Globalization;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The owner said "ready for more" often enough for the next phase, but a role of the phases started has nobody
/// registered: the answer says whose check-in it was, that the next phase waits for those hires and why, which work is
/// still on the owner's desk meanwhile, what the waiting phase holds and costs (from the plan), and what starts it.
/// Credentialing an associate is never left to wait.
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
                + "and the plan adds the next phase's work only once they are handed over.",
        };
        if (Holds(plan, next, waiting) is { } holds)
        {
            paragraphs.Add(holds);
        }

        paragraphs.Add($"What starts it: register {(waiting.Count == 1 ? "your " + roles : "each of them")} from your manage page once you have chosen them; phase {next} then starts "
            + "at the first check-in after that which goes well and where you say you are ready for more.");
        if (tasks.FirstOrDefault(t => t.TaskId == AssociateCredentialing.TaskId) is { } credentialing)
        {
            // Each insurer takes months and pays for the associate's sessions only once it has credentialed them: this cannot wait for a hire.
            paragraphs.Add($"Do not let “{credentialing.Name}” wait for the hire: each insurer can take months, and pays for your associate's sessions with its members "
                + "only once it has credentialed them. If you have not started the applications yourself yet, start them this week; the SOP has the steps.");
        }

        paragraphs.Add($"If you decide against one of these roles, phase {next} waits for it all the same: make a new plan from the intake form without its tasks. "
            + "The meetings already in your calendar with the hires you have stay as they are.");
        return new NoticeContent(
            $"Phase {next} waits for your {roles}",
            $"Ready for more, once your {roles} {(waiting.Count == 1 ? "is" : "are")} registered",
            paragraphs,
            [.. tasks.Select(t => $"{t.Name} ({RoleTitles.Of(t.Role!.Value)})")],
            [.. NoticeContent.Button("Register who you hired", links.Manage)]);
    }

    /// <summary>
    /// What the waiting phase hands over, by role, with its hours, and what the plan costs a month with it, from the plan's
    /// own rates (rollout read 6: the email never said what phase 2 was, nor what it costs). The earlier phases' cost is
    /// said as owed once the awaited roles are hired, since nothing of theirs is paid before.
    /// </summary>
    internal static string? Holds(Plan plan, int next, IReadOnlyList<SupportRole> waiting)
    {
        var tasks = plan.Tasks.Where(t => t.Phase == next && t.Role is not null).ToList();
        if (tasks.Count == 0)
        {
            return null;
        }

        var currency = plan.Totals.Currency;
        var parts = tasks.GroupBy(t => t.Role!.Value).Select(g =>
        {
            var names = Lists.And([.. g.Select(t => $"“{t.Name}”")]);
            var weekly = g.Where(t => t.OneTimeHours is null).Sum(t => t.HoursPerWeek);
            var once = g.Where(t => t.OneTimeHours is not null).ToList();
            var size = new List<string>();
            if (weekly > 0)
            {
                size.Add($"{Hours(weekly)} h a week");
            }

            if (once.Count > 0)
            {
                size.Add($"{Hours(once.Sum(t => t.OneTimeHours ?? 0))} h once");
            }

            return $"{names} to your {RoleTitles.Of(g.Key)} ({string.Join(" and ", size)})";
        }).ToList();
        var line = $"Phase {next} hands over {Lists.And(parts)}.";
        var before = PhaseNotice.MonthlyThrough(plan, next - 1);
        var after = PhaseNotice.MonthlyThrough(plan, next);
        var budget = Money.Format(plan.Totals.MonthlyBudget, currency);
        var earlier = next - 1 == 1 ? "Phase 1" : $"Phases 1 to {next - 1}";
        var awaited = Lists.And([.. waiting.Select(RoleTitles.Of)]);
        if (after > before)
        {
            line += $" {earlier} {(next - 1 == 1 ? "costs" : "cost")} {Money.Format(before, currency)} a month once your {awaited} {(waiting.Count == 1 ? "is" : "are")} hired; "
                + $"phase {next} brings the plan to {Money.Format(after, currency)} a month of your {budget} budget.";
        }

        if (tasks.Sum(t => t.OneTimeCost ?? 0) is > 0 and var oneOff)
        {
            line += $" Its one-off work costs {Money.Format(oneOff, currency)} once, from the one-off budget.";
        }

        if (tasks.Any(t => t.Role == SupportRole.AssociateTherapist))
        {
            line += " The associate therapist is paid from the fees of their own sessions, not from this budget.";
        }

        // A role new in that phase is hired when it starts, as the plan says: its hire reminders come then.
        var fresh = tasks.Select(t => t.Role!.Value).Distinct().Where(r => !plan.Tasks.Any(t => t.Role == r && t.Phase < next)).ToList();
        if (fresh.Count > 0)
        {
            var kits = plan.HiringKits?.Any(k => fresh.Contains(k.Role)) == true ? $"; the hiring {(fresh.Count == 1 ? "kit is" : "kits are")} linked in your plan email" : "";
            line += $" You hire your {Lists.And([.. fresh.Select(RoleTitles.Of)])} when it starts{kits}.";
        }

        return line;
    }

    static string Hours(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
