using System.Text.RegularExpressions;
using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Email;

/// <summary>
/// What a practice can do without paying anyone, for the tasks it listed: a plan that hands nothing
/// over still gives the owner something to do tomorrow, and never advice about work they don't have.
/// </summary>
public static partial class FreeSteps
{
    /// <summary>How the note-writing step begins: the opening names notes among what the steps are for when it is listed.</summary>
    public const string NotesLead = "For notes and treatment plans:";

    /// <summary>The steps that fit <paramref name="plan"/>'s tasks, most useful first; batching whenever admin was listed.</summary>
    /// <param name="plan">The plan whose tasks the steps follow.</param>
    public static IReadOnlyList<string> For(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var agreement = Jurisdiction.Of(plan.Practice.Country).AgreementShort;
        var names = plan.Tasks.Select(t => (t.Name, t.Category)).ToList();
        bool Any(Regex pattern, TaskCategory? category = null) =>
            names.Any(n => pattern.IsMatch(n.Name) && (category is null || n.Category == category));

        // Every practice books its sessions and takes in new clients, so a clinical-only list still gets the booking and
        // intake-form steps: that admin is there whether or not it was listed. Claims are not assumed: not every practice bills insurers.
        var clinicalOnly = ClinicalOnly.Applies(plan);
        var steps = new List<string>();
        if (Any(Notes()))
        {
            // A tool that records or transcribes sessions needs the client's consent and the vendor's written terms on the data,
            // not only the agreement: the recording is the most sensitive thing the practice holds.
            steps.Add(NotesLead + " use your EHR's templates and write each note in the minutes right after each session, not at the end of the day. "
                + $"If you try dictation or an AI drafting tool, choose one whose vendor signs a {agreement} with you and states in writing how long it keeps recordings and drafts, where it stores them, and that it never uses your clients' data to train its models; "
                + "get each client's written consent before any session is recorded or transcribed (and never record one who declines), and read and correct every draft before you sign it.");
        }

        if (Any(Scheduling()) || clinicalOnly)
        {
            steps.Add("If your EHR or practice-management system offers online booking and automated reminders (SimplePractice, TherapyNotes and Jane all do), turn both on so clients book, reschedule and confirm without you. "
                + $"Check that your {agreement} with the vendor covers its texts and emails, and keep clinical details out of reminders: the date, time and place are enough.");
        }

        if (Any(Insurance()))
        {
            // The form does not say how claims go out today, so the step is conditional; the percentage model is still a cost, said as one.
            // A percentage biller is not free: when a numbered option hands claims over it is said beside that option, with the
            // comparison (round 14), and here only the free part stays.
            steps.Add("If you still send any claims by hand, send them electronically from your EHR or a clearinghouse, and run the eligibility check there before each first session."
                + (ClaimsOption(plan) is null ? " " + PercentageService(plan, agreement) : ""));
        }
        else if (Any(Invoicing()))
        {
            steps.Add($"Keep a {BusinessWords.Of(plan.Practice.Country).CardOnFile} for each client who agrees to it, and let your practice software charge it and send the receipt after each session, so there is nothing to invoice or chase.");
        }

        if (Any(Paperwork()) || clinicalOnly)
        {
            steps.Add("Send intake and consent forms through your EHR's client portal, so they come back signed and filed before the first session.");
        }

        if (Any(Inbox()))
        {
            steps.Add("Keep saved replies for the inquiries you answer most (fees, availability, insurance), and filter newsletters out of the practice inbox.");
        }

        if (names.Any(n => n.Category == TaskCategory.Marketing))
        {
            steps.Add("Write one piece a month and reuse it across your blog, newsletter and social posts, scheduled ahead in one sitting.");
        }

        // Only a practice that listed admin has admin to batch: a clinical-only list gets no advice about work it never named.
        if (names.Any(n => n.Category != TaskCategory.Clinical))
        {
            steps.Add("Batch the admin you keep into two fixed blocks a week instead of fitting it between sessions.");
        }

        return steps;
    }

    static string PercentageService(Plan plan, string agreement) =>
        "If you want claims off your plate without a fixed monthly fee, billing services for therapy practices commonly charge a share of what they collect (often around 5–10%), so the fee grows with your collections"
        + PercentageCost(plan) + ". "
        + $"If you try one, ask for a {agreement}, and compare the percentage, whether denied claims are reworked and appealed at no extra charge, and the monthly report you get.";

    /// <summary>
    /// The numbered option that hands insurance claims over, with its number, when nothing is handed over and one is offered:
    /// the percentage billing service is the other way to pay for that work, so it is said beside it; null otherwise.
    /// </summary>
    public static (int Number, NextStep Step)? ClaimsOption(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Totals.OptionsNote is null || plan.NextSteps is not { Count: > 0 } steps)
        {
            return null;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var ids = steps[i].TaskIds ?? [steps[i].TaskId];
            if (steps[i].ExtraMonthlyCost is not null && plan.Tasks.Any(t => ids.Contains(t.TaskId) && t.Category != TaskCategory.Clinical && Insurance().IsMatch(t.Name)))
            {
                return (i + 1, steps[i]);
            }
        }

        return null;
    }

    /// <summary>
    /// The percentage billing service beside the option that hands claims over, with what it would cost on this practice's
    /// session fees against that option's monthly price; null when no such option is offered.
    /// </summary>
    public static string? BesideClaimsOption(Plan plan)
    {
        if (ClaimsOption(plan) is not { } option)
        {
            return null;
        }

        var agreement = Jurisdiction.Of(plan.Practice.Country).AgreementShort;
        var cost = option.Step.ExtraMonthlyCost!.Value;
        string M(decimal amount) => Money.Format(Math.Round(amount, 2), plan.Totals.Currency);
        var monthly = plan.Practice.SessionFee * plan.Practice.ClientHoursPerWeek * 52 / 12;
        var (low, high) = (Math.Round(monthly * 0.05m, 2), Math.Round(monthly * 0.10m, 2));
        // Against the option's price: the range is an upper bound (self-pay sessions pay the biller nothing), so say which side it falls.
        var against = monthly <= 0 ? $"; compare its fee with option {option.Number}'s {M(cost)} a month"
            : high < cost ? $", less than option {option.Number}'s {M(cost)} a month"
            : low > cost ? $", more than option {option.Number}'s {M(cost)} a month"
            : $": option {option.Number}'s {M(cost)} a month falls inside that range, so which costs less depends on how much of your income insurers pay";
        return $"Another way to hand claims over than option {option.Number}: billing services for therapy practices commonly charge a share of what they collect (often around 5–10%) and no fixed monthly fee, so the fee grows with your collections"
            + PercentageCost(plan) + against + ". "
            + $"If you try one, ask for a {agreement}, and compare the percentage, whether denied claims are reworked and appealed at no extra charge, and the monthly report you get.";
    }

    // A percentage biller sits among the free steps but is not free: its cost on this practice's own session fees, as an
    // upper bound (only what insurers pay counts, and 5–10% is the usual range).
    static string PercentageCost(Plan plan)
    {
        var monthly = plan.Practice.SessionFee * plan.Practice.ClientHoursPerWeek * 52 / 12;
        if (monthly <= 0)
        {
            return "";
        }

        string M(decimal amount) => Money.Format(Math.Round(amount, 2), plan.Totals.Currency);
        return $". That is not free: on your session fees ({Hours.Format(plan.Practice.ClientHoursPerWeek)} h a week at {M(plan.Practice.SessionFee)}, about {M(monthly)} a month), "
            + $"5–10% would be {M(monthly * 0.05m)} to {M(monthly * 0.10m)} a month at most, less for the part that is self-pay";
    }

    [GeneratedRegex(@"\b(notes?|documentation|treatment plans?|charting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notes();

    [GeneratedRegex(@"\b(schedul\w*|booking|book|reschedul\w*|appointments?|reminders?|cancellations?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scheduling();

    [GeneratedRegex(@"\b(claims?|insurance|eligibility|superbills?|payers?|denials?|clearinghouse)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Insurance();

    [GeneratedRegex(@"\b(invoic\w*|payments?|statements?|collections?|unpaid|billing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invoicing();

    [GeneratedRegex(@"\b(intake|paperwork|consent|forms?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Paperwork();

    [GeneratedRegex(@"\b(inbox|e-?mails?|enquir\w*|inquir\w*|messages)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Inbox();
}
