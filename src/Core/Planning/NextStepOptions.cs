using Delegation.Core.Locale;

namespace Delegation.Core.Planning;

/// <summary>
/// When a plan hands nothing over, its next steps are the owner's only options: each is numbered, each task kept
/// names the options that hand it over, and one sentence says which options are alternatives and what the ones that
/// can be taken together cost in all, with the hours and rate each role's share is made of, so every figure can be checked.
/// </summary>
internal static class NextStepOptions
{
    /// <summary>The kept reasons of the tasks the steps price, pointed at their option numbers, and the total sentence.</summary>
    public static (Dictionary<string, string> Kept, string? Total) Number(
        IReadOnlyList<NextStep> steps, IReadOnlyDictionary<string, string> kept, IReadOnlyList<RankedTask> ranked,
        IReadOnlyList<RoleProfile> roles, MatchTerms terms)
    {
        string Money(decimal amount) => Email.Money.Format(amount, terms.Currency);
        if (steps.Count < 2)
        {
            // One step is no choice: it is listed as it is, and nothing points to a number the list does not show.
            return (new Dictionary<string, string>(kept, StringComparer.Ordinal), null);
        }

        // The email and the page number the steps in this order ("Option 1: …"); the text itself stays as the matcher wrote it.
        var together = new List<NextStep>();
        var alternatives = new List<(int Option, int Instead)>();
        for (var i = 0; i < steps.Count; i++)
        {
            var ids = steps[i].TaskIds ?? [steps[i].TaskId];
            var earlier = steps.Take(i).ToList().FindIndex(s => together.Contains(s) && (s.TaskIds ?? [s.TaskId]).Any(ids.Contains));
            if (earlier < 0)
            {
                together.Add(steps[i]);
            }
            else
            {
                alternatives.Add((i + 1, earlier + 1));
            }
        }

        // Each kept task keeps its own price and names the options that hand it over, so the two lists can be read together.
        var pointed = new Dictionary<string, string>(kept, StringComparer.Ordinal);
        foreach (var (id, reason) in kept)
        {
            var options = steps.Select((s, i) => (Ids: s.TaskIds ?? [s.TaskId], Option: i + 1)).Where(x => x.Ids.Contains(id)).Select(x => x.Option.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (options.Count > 0)
            {
                pointed[id] = reason + (options.Count == 1 ? $" See option {options[0]} below." : $" See options {Lists.And(options)} below.");
            }
        }

        return (pointed, Total(together, alternatives, steps, ranked, roles, terms, Money));
    }

    static string? Total(List<NextStep> together, List<(int Option, int Instead)> alternatives, IReadOnlyList<NextStep> numbered,
        IReadOnlyList<RankedTask> ranked, IReadOnlyList<RoleProfile> roles, MatchTerms terms, Func<decimal, string> money)
    {
        var alt = Lists.And([.. alternatives.Select(a => $"option {a.Option} is instead of option {a.Instead}")]);
        var each = "Each option is priced on its own" + (alternatives.Count > 0 ? $", and {alt}, not on top of it." : ".");
        if (together.Count < 2)
        {
            return alternatives.Count > 0 ? each : null;
        }

        var hours = new Dictionary<SupportRole, decimal>();
        var once = 0m;
        foreach (var step in together)
        {
            if (step.ExtraOneTimeCost is { } cost)
            {
                once += cost;
                continue;
            }

            foreach (var id in step.TaskIds ?? [step.TaskId])
            {
                hours[step.Role] = hours.GetValueOrDefault(step.Role) + ranked.First(t => t.Task.TaskId == id).Task.HoursPerWeek;
            }
        }

        // Each role's share from its hours (or the minimum it is billed at), so the sum is what the hires would cost together.
        var shares = roles.Where(r => hours.ContainsKey(r.Role)).Select(r =>
        {
            var billed = Math.Max(hours[r.Role], r.MinHoursPerWeek);
            var cost = r.MonthlyCost(hours[r.Role]);
            return (Cost: cost, Exact: r.ExactMonthlyCost(hours[r.Role]), Text: $"the {RoleTitles.Of(r.Role)} for {Hours.Format(hours[r.Role])} h a week"
                + (billed > hours[r.Role] ? $" (billed as {Hours.Format(billed)} h)" : "")
                + $", {Hours.Format(billed)} h × {money(r.HourlyRate)} × 52 ÷ 12 = {money(cost)}");
        }).ToList();
        // One total, the sum of the parts as each role would bill them, rounded to the cent: round 13 added up the unrounded
        // formulas and got a cent more, round 14 read two totals as a contradiction. The parts say they are rounded.
        var monthly = shares.Sum(s => s.Cost);
        var partsOff = shares.Count > 1 && Math.Round(shares.Sum(s => s.Exact), 2, MidpointRounding.AwayFromZero) != monthly;
        var weekly = hours.Values.Sum();
        var names = Lists.And([.. together.Select(s => (numbered.ToList().IndexOf(s) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var total = $" Options {names} together hand over {Hours.Format(weekly)} h a week for {money(monthly)} a month"
            + (once > 0 ? $" and {money(once)} once" : "")
            + (shares.Count > 0 ? $": {Lists.And([.. shares.Select(s => s.Text)])}{(partsOff ? " (each rounded to the cent, as each would be billed)" : "")}." : ".");
        // Each option's figure is rounded on its own: when they add up to a cent less or more, say so, or the sum reads wrong.
        var displayed = together.Sum(s => s.ExtraMonthlyCost ?? 0);
        if (displayed != monthly && hours.Count > 0)
        {
            total += Math.Abs(displayed - monthly) <= 0.01m * together.Count
                ? $" Each option's figure is rounded to the cent, and {(together.Count == 2 ? "the two" : "all of them")} come to {money(displayed)} added up."
                : $" That is less than the options added up ({money(displayed)}): taken together, one weekly minimum covers more of the hours.";
        }

        var worth = terms.SessionFee > 0 && weekly > 0
            ? $" At your session fee of {money(terms.SessionFee)}, those {Hours.Format(weekly)} h a week are worth about {money(Math.Round(weekly * terms.SessionFee * RoleProfile.WeeksPerMonth, 2, MidpointRounding.AwayFromZero))} a month if you fill them with sessions."
            : "";
        return each + total + worth;
    }
}
