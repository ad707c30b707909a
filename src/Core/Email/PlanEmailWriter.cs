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
    /// <param name="plan">The stored plan.</param>
    /// <param name="phase1Sops">The phase-1 SOPs, attached.</param>
    /// <param name="calendar">The check-in calendar's bytes, or null.</param>
    /// <param name="baseUrl">The product's public address.</param>
    /// <param name="manage">The owner's signed manage link (register a hire, pause, resume), or null when no role is engaged.</param>
    public static EmailMessage Write(Plan plan, IReadOnlyList<Sop> phase1Sops, byte[]? calendar, Uri baseUrl, Uri? manage = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(phase1Sops);
        ArgumentNullException.ThrowIfNull(baseUrl);

        var subject = HeaderSafe($"Your delegation plan for {plan.Practice.Name}");
        // One document, two renderings: the HTML part gets every string encoded before the template sees it.
        var document = PlanEmailContent.Build(plan, baseUrl, manage);
        var html = TemplateLibrary.Render("plan-email.html.sbn", new { doc = document.Map(WebUtility.HtmlEncode) });
        var text = document.ToText();
        var attachments = phase1Sops
            .Select(s => EmailAttachment.Html($"SOP-{s.TaskId}.html", Encoding.UTF8.GetBytes(s.Html)))
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
}
