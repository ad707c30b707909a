using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Email;

/// <summary>
/// The words for a plan whose every task is clinical and stays with the therapist: why the budget goes unspent,
/// what usually can be handed over instead, and what the revisit date is really for. The email, the plan page and
/// the calendar all say the same.
/// </summary>
public static partial class ClinicalOnly
{
    /// <summary>The revisit event's title when every task was clinical: the budget is set, the admin is not yet listed.</summary>
    public const string RevisitTitle = "List the admin around your sessions";

    /// <summary>The revisit event's description when every task was clinical.</summary>
    public const string RevisitDescription = "Every task on your delegation plan was clinical, so nothing was handed over and your monthly budget went unspent. "
        + "Write down the admin around your sessions (scheduling, intake paperwork, billing, the practice inbox) with the hours each takes you a week, "
        + "and start a new plan with them on the form.";

    /// <summary>True when the plan hands nothing over and every task it lists is clinical.</summary>
    /// <param name="plan">The plan.</param>
    public static bool Applies(Plans.Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Tasks.Count > 0 && plan.Tasks.All(t => t.Category == TaskCategory.Clinical && t.Role is null);
    }

    /// <summary>True when every task in <paramref name="categories"/> is clinical (and there is at least one).</summary>
    /// <param name="categories">Each listed task's category.</param>
    public static bool All(IEnumerable<TaskCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var list = categories.ToList();
        return list.Count > 0 && list.All(c => c == TaskCategory.Clinical);
    }

    /// <summary>
    /// Why the monthly budget is unspent and what to add; null when the plan is not clinical-only or has no budget.
    /// The form's link goes beside it: the email and the page each give their own.
    /// </summary>
    /// <param name="plan">The plan.</param>
    public static string? Unspent(Plans.Plan plan)
    {
        if (!Applies(plan) || plan.Totals.MonthlyBudget <= 0)
        {
            return null;
        }

        var budget = Money.Format(plan.Totals.MonthlyBudget, plan.Totals.Currency);
        // No associate here either: this plan has no figures for one at the owner's fee, and an unsized offer is no advice.
        // The opening has said that every task is clinical and stays: here only what the money could do instead.
        return $"Your {budget} a month is unspent. The admin around your sessions usually can be handed over: scheduling, intake paperwork, billing and the practice inbox are where a virtual assistant or a billing specialist starts. "
            + WhatItBuys(plan, budget)
            + NoteTool(plan, budget)
            + "List those tasks, with the hours each takes you a week, on a new plan, and it will show what your budget covers.";
    }

    /// <summary>
    /// The budget in hours of the two roles named above, at this plan's own rates: "about 3.3 h a week of a virtual
    /// assistant at $35.00 an hour". Rounded to the nearest tenth, as "about" says ($500 at $35 is 3.297 h: 3.3, not 3.2);
    /// a role's minimum engagement is said when the exact hours fall short of it, as the matcher would price the role at that minimum.
    /// </summary>
    static string WhatItBuys(Plans.Plan plan, string budget)
    {
        // Said plainly: which role the budget fits, and which it does not reach (a role priced at a minimum it cannot pay).
        var fits = new List<string>();
        var shortOf = new List<string>();
        var money = (decimal amount) => Money.Format(amount, plan.Totals.Currency);
        foreach (var role in new[] { SupportRole.VirtualAssistant, SupportRole.BillingSpecialist })
        {
            if (plan.Roles.FirstOrDefault(r => r.Role == role) is not { HourlyRate: > 0 } profile)
            {
                continue;
            }

            var exact = plan.Totals.MonthlyBudget / (profile.HourlyRate * RoleProfile.WeeksPerMonth);
            // Down, never up: "about 2.6 h" of a $500 budget costs $507 (round 14).
            var hours = Math.Round(exact, 1, MidpointRounding.ToZero);
            var title = RoleTitles.Of(role);
            if (exact < profile.MinHoursPerWeek)
            {
                shortOf.Add($"{Article(title)} {title}, whom this plan prices at a {Hours.Format(profile.MinHoursPerWeek)}-hour weekly minimum ({money(profile.MonthlyCost(profile.MinHoursPerWeek))} a month), which many such services ask for");
            }
            else
            {
                // Every task listed was clinical, so the plan does not know whether the practice bills insurers or invoices clients: the
                // billing specialist's hours are said as what they would be if it does, not as work the owner has.
                fits.Add($"{Article(title)} {title} for about {Hours.Format(hours)} h a week at {money(profile.HourlyRate)} an hour"
                    + (role == SupportRole.BillingSpecialist ? ", if you have insurance claims or client invoices to hand over (your form listed none, so this plan cannot tell)" : ""));
            }
        }

        return (fits.Count, shortOf.Count) switch
        {
            (0, 0) => "",
            (> 0, 0) => $"At this plan's rates, {budget} a month fits {string.Join(", or ", fits)}. ",
            (0, _) => $"At this plan's rates, {budget} a month is short of {string.Join(", and of ", shortOf)}. ",
            _ => $"At this plan's rates, {budget} a month fits {string.Join(", or ", fits)}; not {string.Join(", nor ", shortOf)}. ",
        };
    }

    // Notes are clinical and stay with the therapist, but a tool that drafts them is something the budget can buy now, with
    // the same conditions the free step sets (the agreement, the client's consent, the vendor's terms on the data).
    static string NoteTool(Plans.Plan plan, string budget)
    {
        if (!plan.Tasks.Any(t => NoteWords().IsMatch(t.Name)))
        {
            return "";
        }

        // A range the owner can check against a vendor's page, not "a small part of that budget": such tools are commonly sold
        // per clinician per month, from about 20 to about 100 in the practice's currency.
        var (low, high) = (Money.Format(NoteToolMonthly.Low, plan.Totals.Currency), Money.Format(NoteToolMonthly.High, plan.Totals.Currency));
        var price = $": such tools are commonly priced at about {low} to {high} a month per clinician (check the vendor's current price)"
            + (plan.Totals.MonthlyBudget >= NoteToolMonthly.High ? ", well inside that budget" : "")
            + BesideTheTool(plan);
        return $"Meanwhile, part of the {budget} can pay for the dictation or AI drafting tool the free steps describe, against the notes you listed{price}. "
            // The free step sets out the agreement, the vendor's terms and the clients' consent: said once, there (round 14).
            + "Buy one only on the conditions the free step for notes sets out; try it on a few sessions and keep it only if it saves you time. ";
    }

    // The billing specialist's hours above take the whole budget: a tool bought too leaves fewer (round 15 added 2.5 h
    // and a tool and got more than the budget). Said at the range's top, rounded down, so it always fits.
    static string BesideTheTool(Plans.Plan plan)
    {
        var left = plan.Totals.MonthlyBudget - NoteToolMonthly.High;
        if (plan.Roles.FirstOrDefault(r => r.Role == SupportRole.BillingSpecialist) is not { HourlyRate: > 0 } billing || left <= 0)
        {
            return "";
        }

        var hours = Math.Round(left / (billing.HourlyRate * RoleProfile.WeeksPerMonth), 1, MidpointRounding.ToZero);
        return hours < billing.MinHoursPerWeek || hours <= 0 ? ""
            : $"; with a tool at {Money.Format(NoteToolMonthly.High, plan.Totals.Currency)}, the {Money.Format(left, plan.Totals.Currency)} left would buy the billing specialist about {Hours.Format(hours)} h a week, not the whole budget's hours";
    }

    /// <summary>What a dictation or AI note-drafting tool commonly costs a clinician a month, low and high.</summary>
    public static readonly (decimal Low, decimal High) NoteToolMonthly = (20m, 100m);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(notes?|documentation|treatment plans?|charting)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NoteWords();

    static string Article(string title) => "aeiou".Contains(title[0], StringComparison.Ordinal) ? "an" : "a";
}
