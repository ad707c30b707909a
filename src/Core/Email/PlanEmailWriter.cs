using System.Globalization;
using System.Net;
using System.Text;
using Delegation.Core.Calendar;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Sops;
using Delegation.Core.Templates;

namespace Delegation.Core.Email;

/// <summary>
/// Writes the email that delivers a plan to the practice owner: HTML and plain text, phase-1 SOPs attached.
/// It reads only the plan, which holds no client information (task notes never reach it).
/// </summary>
public static class PlanEmailWriter
{
    /// <summary>The message purpose, part of its id and of its tracing tags.</summary>
    public const string Purpose = "plan";

    /// <summary>Builds the plan email; <paramref name="baseUrl"/> is the product's public address.</summary>
    public static EmailMessage Write(Plan plan, IReadOnlyList<Sop> phase1Sops, Uri baseUrl) => Write(plan, phase1Sops, calendar: null, baseUrl);

    /// <summary>Builds the plan email with the check-in calendar (<c>.ics</c> bytes) attached when there is one.</summary>
    public static EmailMessage Write(Plan plan, IReadOnlyList<Sop> phase1Sops, byte[]? calendar, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(phase1Sops);
        ArgumentNullException.ThrowIfNull(baseUrl);

        var subject = HeaderSafe($"Your delegation plan for {plan.Practice.Name}");
        var html = TemplateLibrary.Render("plan-email.html.sbn", Model(plan, baseUrl, subject, WebUtility.HtmlEncode));
        var text = TemplateLibrary.Render("plan-email.txt.sbn", Model(plan, baseUrl, subject, s => s));
        var attachments = phase1Sops
            .Select(s => new EmailAttachment($"SOP-{s.TaskId}.html", "text/html", Encoding.UTF8.GetBytes(s.Html)))
            .ToList();
        if (calendar is { Length: > 0 })
        {
            attachments.Add(new EmailAttachment(CheckInCalendar.FileName, CheckInCalendar.ContentType, calendar));
        }

        return new EmailMessage(
            MessageId: $"{plan.PlanId}-{Purpose}-1",
            PlanId: plan.PlanId,
            Purpose: Purpose,
            To: new EmailAddress(plan.Practice.Email, HeaderSafe(plan.Practice.OwnerName)),
            Subject: subject,
            Html: html,
            Text: text,
            Attachments: attachments);
    }

    /// <summary>Strips anything that could end a mail header early; validation already refuses it, this is the second lock.</summary>
    public static string HeaderSafe(string value) =>
        new(value.Where(c => !char.IsControl(c)).ToArray());

    // One model for both parts: the HTML part gets every user string encoded before the template sees it,
    // so no template line can forget to encode.
    static object Model(Plan plan, Uri baseUrl, string subject, Func<string, string> enc)
    {
        var currency = plan.Totals.Currency;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.Practice.TimeZone);
        var phase1 = plan.Tasks.Count(t => t.Phase == 1);
        var topDelegable = plan.Tasks.FirstOrDefault(t => t.Delegable);
        return new
        {
            subject = enc(subject),
            owner_name = enc(plan.Practice.OwnerName),
            practice_name = enc(plan.Practice.Name),
            phase1_count = phase1,
            hours_freed = plan.Totals.HoursFreedPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
            monthly_cost = Money.Format(plan.Totals.MonthlyCost, currency),
            monthly_budget = Money.Format(plan.Totals.MonthlyBudget, currency),
            phase1_cost = Money.Format(plan.Totals.Phase1MonthlyCost, currency),
            budget_hint = enc(topDelegable is null
                ? "None of your tasks can be handed to non-clinical support."
                : $"Start with \"{topDelegable.Name}\" once the budget allows: {topDelegable.KeptReason ?? ""}"),
            plan_url = enc(new Uri(baseUrl, $"plans/{plan.PlanId}").ToString()),
            calendar_url = plan.Calendar is { } cal ? enc(new Uri(baseUrl, cal.Url.TrimStart('/')).ToString()) : null,
            tasks = plan.Tasks.Select(t => new
            {
                name = enc(t.Name),
                reason = enc(t.KeptReason is null ? t.Reason : $"{t.Reason} {t.KeptReason}"),
                score = t.Score.ToString("0", CultureInfo.InvariantCulture),
                who = t.Role is { } r ? RoleTitles.Of(r) : "you",
                when = t.Phase is { } p ? $"phase {p}" : "keep",
            }).ToList(),
            support = plan.SupportMix.Select(s => new
            {
                title = Capitalise(RoleTitles.Of(s.Role)),
                hours = s.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
                rate = Money.Format(s.HourlyRate, currency),
                cost = Money.Format(s.MonthlyCost, currency),
            }).ToList(),
            sops = plan.Sops.Select(s => new { title = enc(s.Title), url = enc(new Uri(baseUrl, s.Url.TrimStart('/')).ToString()) }).ToList(),
            check_ins = plan.CheckIns.Select(c => new
            {
                title = Capitalise(RoleTitles.Of(c.Role)),
                cadence = c.Cadence.ToString().ToLowerInvariant(),
                first = TimeZoneInfo.ConvertTime(c.NextAt, zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)
                    + " (" + enc(plan.Practice.TimeZone) + ")",
                agenda = enc(c.Agenda),
                review = (c.Review ?? []).Select(r => new { task = enc(r.TaskName), kpis = enc(string.Join("; ", r.Kpis)) }).ToList(),
            }).ToList(),
        };
    }

    static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
