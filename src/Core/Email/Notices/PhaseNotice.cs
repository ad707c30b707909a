using System.Globalization;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The emails when the next phase starts. The owner's says what is added, in hours and in money against the
/// budget, from which date, and how to hold instead; the hire's lists their new tasks, worded as the
/// practice's plan, with the agreement and access to settle first.
/// </summary>
internal static class PhaseNotice
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string owner)
    {
        var p = plan.Practice;
        var phase = notice.Phase ?? 0;
        var added = plan.Tasks.Where(t => t.Phase == phase && t.Role is not null && (!notice.ToDelegate || t.Role == notice.Role)).ToList();
        var starts = notice.StartsAt is { } at ? " on " + DateWords.Plain(LocalDate(at, p.TimeZone), p.Country) : "";
        var hours = added.Where(t => t.OneTimeHours is null).Sum(t => t.HoursPerWeek);
        var weekly = hours > 0 ? $", {Hours(hours)} h a week" : "";

        if (notice.ToDelegate)
        {
            var before = plan.Tasks.Any(t => t.Role == notice.Role && t.Phase < phase && t.InvolvesClientInfo);
            var agreement = notice.Role is { } r ? Jurisdiction.Of(p.Country).AgreementFor(r) : Jurisdiction.Of(p.Country).Agreement;
            var access = added.Any(t => t.InvolvesClientInfo) && !before
                ? $"Some of them touch client information, which your work has not so far: {agreement} must be signed before you start them, and {owner} gives you access to only what they need."
                : $"{owner} gives you access to what these tasks need, and only that.";
            var it = added.Count == 1 ? "it" : "them";
            // The hand-over is the next check-in: the tasks are theirs from that meeting, after going through them together.
            var handOver = notice.CheckInAt is { } meet
                ? $"Check-ins with {owner} have gone well, so {(added.Count == 1 ? "this task comes" : "these tasks come")} to you next{weekly}. "
                    + $"{(added.Count == 1 ? "Its SOP is" : "Their SOPs are")} attached: read {it} before your check-in on {DateWords.FullAt(meet, p.TimeZone, p.Country)} ({p.TimeZone}), "
                    + $"where you go through {it} together; {(added.Count == 1 ? "it is" : "they are")} yours from that meeting on."
                : $"Check-ins with {owner} have gone well, so {(added.Count == 1 ? "this task comes" : "these tasks come")} to you{weekly}. "
                    + $"{(added.Count == 1 ? "Its SOP is" : "Their SOPs are")} attached: read {it}, and go through {it} with {owner} before you take {it} on.";
            var from = notice.CheckInAt is { } day ? " from " + DateWords.Plain(LocalDate(day, p.TimeZone), p.Country) : "";
            return new NoticeContent(
                $"{p.Name}: new tasks for you{from}",
                $"Phase {phase} of {p.Name}'s plan",
                [added.Any(t => links.Sop(t.TaskId) is not null) ? handOver + " " + NoticeContent.SopsOnline : handOver, access],
                [.. added.Select(t => NoticeContent.WithSop(t.Name, links.Sop(t.TaskId)))],
                []);
        }

        var paragraphs = new List<string>
        {
            $"Your check-ins have gone well, so phase {phase} starts{starts}: {(added.Count == 1 ? "1 more task" : $"{added.Count} more tasks")}{weekly}, below.",
        };
        if (MoneyLine(plan, phase, added, Unhired(notice, added)) is { } money)
        {
            paragraphs.Add(money);
        }

        paragraphs.Add((added.Count == 1 ? "Its SOP is attached" : "Their SOPs are attached") + HandOvers(notice, plan, added));
        var waiting = added.Where(t => notice.HandOvers?.Any(h => h.Delegate.Role == t.Role) != true).GroupBy(t => t.Role!.Value).ToList();
        if (notice.HandOvers is not null)
        {
            // A role nobody has taken yet: its tasks are the first its hire starts on, not work handed to anyone today.
            paragraphs.AddRange(waiting.Select(g =>
                $"Nobody is registered as your {RoleTitles.Of(g.Key)} yet, so {Lists.And([.. g.Select(t => $"“{t.Name}”")])} {(g.Count() == 1 ? "stays" : "stay")} with you until you register who you hired"
                + (plan.Tasks.Where(t => t.Role == g.Key && t.Phase is not null).Min(t => t.Phase) == phase ? "; a reminder to do so follows." : ".")));
        }
        if (links.Manage is not null)
        {
            paragraphs.Add("Not ready for more yet? Pause the rollout from your manage page: nothing more is handed over until you resume.");
        }

        return new NoticeContent($"Phase {phase} of your delegation plan starts{starts}", $"Phase {phase}: more to hand over", paragraphs,
            [.. added.Select(t => $"{t.Name} ({RoleTitles.Of(t.Role!.Value)})")], [.. NoticeContent.Button("Pause or manage the rollout", links.Manage)]);
    }

    // Where each hire takes the new tasks over: their next check-in, dated, so "starts" and "reviewed" are one meeting.
    static string HandOvers(RolloutNotice notice, Plan plan, List<PlanTask> added)
    {
        var p = plan.Practice;
        var them = added.Count == 1 ? "it" : "them";
        if (notice.HandOvers is null)
        {
            var people = added.Select(t => t.Role).Distinct().Count();
            return $"; walk through {them} with {(people == 1 ? "your " + RoleTitles.Of(added[0].Role!.Value) : "each person")} at your next check-in, before the work starts in earnest.";
        }

        var meetings = notice.HandOvers.Select(h => (h.Delegate.Name, When: DateWords.FullAt(h.At, p.TimeZone, p.Country))).ToList();
        return meetings.Count switch
        {
            0 => ".",
            1 => $"; walk through {them} with {meetings[0].Name} at your check-in on {meetings[0].When} ({p.TimeZone}): {(added.Count == 1 ? "it is" : "they are")} {meetings[0].Name}'s from that meeting on.",
            _ => $"; walk through each person's at their next check-in, {Lists.And([.. meetings.Select(m => $"{m.Name} on {m.When}")])} ({p.TimeZone}): the tasks are theirs from that meeting on.",
        };
    }

    static DateOnly LocalDate(DateTimeOffset at, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);

    // What the phase adds a month against the budget, from the plan's own rates and minimums; an associate is
    // paid from their sessions and a one-off project once, so neither is a monthly cost.
    // The paid roles the phase adds work to that nobody is registered for yet: nothing of theirs is paid before a hire.
    static List<SupportRole> Unhired(RolloutNotice notice, List<PlanTask> added) =>
        notice.HandOvers is null
            ? []
            : [.. added.Where(t => t.OneTimeHours is null && t.Role is { } r && r != SupportRole.AssociateTherapist && notice.HandOvers.All(h => h.Delegate.Role != r))
                .Select(t => t.Role!.Value).Distinct()];

    static string? MoneyLine(Plan plan, int phase, List<PlanTask> added, List<SupportRole> unhired)
    {
        var currency = plan.Totals.Currency;
        var before = MonthlyThrough(plan, phase - 1);
        var after = MonthlyThrough(plan, phase);
        var once = added.Sum(t => t.OneTimeCost ?? 0);
        var budget = Money.Format(plan.Totals.MonthlyBudget, currency);
        var parts = new List<string>();
        if (after > before)
        {
            var with = unhired.Count == 0
                ? "With them"
                : $"Once your {Lists.And([.. unhired.Select(RoleTitles.Of)])} {(unhired.Count == 1 ? "is" : "are")} hired,";
            parts.Add($"{with} the plan costs {Money.Format(after, currency)} a month of your {budget} budget, up from {Money.Format(before, currency)}.");
        }
        else if (added.Any(t => t.OneTimeHours is null && t.Role != SupportRole.AssociateTherapist))
        {
            parts.Add($"{(added.Count == 1 ? "It fits" : "They fit")} in hours you already pay for, so the plan still costs {Money.Format(after, currency)} a month of your {budget} budget.");
        }

        if (once > 0)
        {
            parts.Add($"The one-off work costs {Money.Format(once, currency)} once, from the one-off budget, and nothing a month.");
        }

        if (added.Any(t => t.Role == SupportRole.AssociateTherapist))
        {
            parts.Add("The associate therapist is paid from the fees of their own sessions, not from this budget.");
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>What the plan costs a month once phases 1 to <paramref name="phase"/> are in, from the plan's own rates and minimums.</summary>
    internal static decimal MonthlyThrough(Plan plan, int phase) =>
        plan.Tasks.Where(t => t.Phase is { } k && k <= phase && t.OneTimeHours is null && t.Role is { } r && r != SupportRole.AssociateTherapist)
            .GroupBy(t => t.Role!.Value)
            .Sum(g => plan.Roles.FirstOrDefault(r => r.Role == g.Key)?.MonthlyCost(g.Sum(t => t.HoursPerWeek)) ?? 0);

    static string Hours(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
