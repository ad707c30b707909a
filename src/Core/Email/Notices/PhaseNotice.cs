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
        var starts = notice.StartsAt is { } at
            ? " on " + DateWords.Plain(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(p.TimeZone)).DateTime), p.Country)
            : "";
        var hours = added.Where(t => t.OneTimeHours is null).Sum(t => t.HoursPerWeek);
        var weekly = hours > 0 ? $", {Hours(hours)} h a week" : "";

        if (notice.ToDelegate)
        {
            var before = plan.Tasks.Any(t => t.Role == notice.Role && t.Phase < phase && t.InvolvesClientInfo);
            var agreement = notice.Role is { } r ? Jurisdiction.Of(p.Country).AgreementFor(r) : Jurisdiction.Of(p.Country).Agreement;
            var access = added.Any(t => t.InvolvesClientInfo) && !before
                ? $"Some of them touch client information, which your work has not so far: {agreement} must be signed before you start them, and {owner} gives you access to only what they need."
                : $"{owner} gives you access to what these tasks need, and only that.";
            return new NoticeContent(
                $"{p.Name}: new tasks for you{starts}",
                $"Phase {phase} of {p.Name}'s plan",
                [
                    $"Check-ins with {owner} have gone well, so {(added.Count == 1 ? "this task comes" : "these tasks come")} to you{starts}{weekly}. "
                        + $"{(added.Count == 1 ? "Its SOP is" : "Their SOPs are")} attached: read {(added.Count == 1 ? "it" : "them")} before your next check-in, where you go through {(added.Count == 1 ? "it" : "them")} together before you take {(added.Count == 1 ? "it" : "them")} on.",
                    access,
                ],
                [.. added.Select(t => t.Name)],
                []);
        }

        var paragraphs = new List<string>
        {
            $"Your check-ins have gone well, so phase {phase} starts{starts}: {(added.Count == 1 ? "1 more task" : $"{added.Count} more tasks")}{weekly}, below.",
        };
        if (MoneyLine(plan, phase, added) is { } money)
        {
            paragraphs.Add(money);
        }

        var people = added.Select(t => t.Role).Distinct().Count();
        paragraphs.Add((added.Count == 1 ? "Its SOP is attached" : "Their SOPs are attached")
            + $"; walk through {(added.Count == 1 ? "it" : "them")} with {(people == 1 ? "your " + RoleTitles.Of(added[0].Role!.Value) : "each person")} at your next check-in, before the work starts in earnest.");
        if (links.Manage is not null)
        {
            paragraphs.Add("Not ready for more yet? Pause the rollout from your manage page: nothing more is handed over until you resume.");
        }

        return new NoticeContent($"Phase {phase} of your delegation plan starts{starts}", $"Phase {phase}: more to hand over", paragraphs,
            [.. added.Select(t => $"{t.Name} ({RoleTitles.Of(t.Role!.Value)})")], [.. NoticeContent.Button("Pause or manage the rollout", links.Manage)]);
    }

    // What the phase adds a month against the budget, from the plan's own rates and minimums; an associate is
    // paid from their sessions and a one-off project once, so neither is a monthly cost.
    static string? MoneyLine(Plan plan, int phase, List<PlanTask> added)
    {
        var currency = plan.Totals.Currency;
        var before = MonthlyThrough(plan, phase - 1);
        var after = MonthlyThrough(plan, phase);
        var once = added.Sum(t => t.OneTimeCost ?? 0);
        var budget = Money.Format(plan.Totals.MonthlyBudget, currency);
        var parts = new List<string>();
        if (after > before)
        {
            parts.Add($"With them the plan costs {Money.Format(after, currency)} a month of your {budget} budget, up from {Money.Format(before, currency)}.");
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
