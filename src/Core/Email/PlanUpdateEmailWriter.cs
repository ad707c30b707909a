using System.Net;
using Delegation.Core.Calendar;
using Delegation.Core.Locale;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Templates;

namespace Delegation.Core.Email;

/// <summary>
/// The owner's one email about an update: it opens with what changed, then says what the rollout keeps and who was told.
/// Its id is the plan and the version, so a retried send, or a restarted host, never sends a second copy.
/// </summary>
public static class PlanUpdateEmailWriter
{
    /// <summary>The message purpose, part of its id.</summary>
    public const string Purpose = "planupdate";

    /// <summary>The email's id for a plan's version: one per version, ever.</summary>
    public static string MessageId(string planId, int version) => $"{planId}-{Purpose}-{version}";

    /// <summary>Builds the email.</summary>
    /// <param name="plan">The new version, as stored.</param>
    /// <param name="changes">What it changed.</param>
    /// <param name="reachedBefore">The phase the rollout had reached when the update came (0: nothing handed over yet).</param>
    /// <param name="told">The hires whose work changed, who got their SOPs.</param>
    /// <param name="calendar">The plan's calendar file when this version has one.</param>
    /// <param name="baseUrl">The product's public address.</param>
    /// <param name="manage">The owner's signed manage link, or null.</param>
    public static EmailMessage Write(Plan plan, PlanChanges changes, int reachedBefore, IReadOnlyList<string> told, byte[]? calendar, Uri baseUrl, Uri? manage)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(told);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var p = plan.Practice;
        var handsOver = plan.Tasks.Any(t => t.Role is not null);
        var paragraphs = new List<string>();
        if (reachedBefore > 0)
        {
            paragraphs.Add($"Your rollout goes on from where it is: phase {reachedBefore} stays reached with the work it handed over, "
                + "and new work joins the phases after it. Everyone you registered stays registered, and their check-ins stay as they are.");
        }
        else if (handsOver)
        {
            paragraphs.Add("Nothing was handed over before, so the work handed over now starts with phase 1.");
        }

        if (told.Count > 0)
        {
            paragraphs.Add($"{Lists.And(told)} {(told.Count == 1 ? "gets" : "get")} an email today with what changed in their work and the SOPs that are new or changed for it.");
        }

        if (plan.Sops.Count > 0)
        {
            paragraphs.Add("An SOP whose content did not change keeps its version; the plan page shows each SOP's current version.");
        }

        var attachments = new List<EmailAttachment>();
        if (calendar is { Length: > 0 })
        {
            paragraphs.Add("The attached calendar file updates the check-in events already in your calendar; import it over the old one.");
            attachments.Add(new EmailAttachment(CheckInCalendar.FileName, CheckInCalendar.ContentType, calendar));
        }

        var links = new List<(string Label, string Url)> { ("See your updated plan", new Uri(baseUrl, $"plans/{plan.PlanId}").ToString()) };
        if (manage is not null)
        {
            links.Add(("Manage your plan", manage.ToString()));
        }

        var subject = PlanEmailWriter.HeaderSafe($"Your updated delegation plan for {p.Name} (version {plan.Version})");
        var intro = $"You updated your delegation plan. What changed from version {changes.FromVersion}:";
        object Model(Func<string, string> enc) => new
        {
            subject = enc(subject),
            heading = enc("Your plan is updated"),
            greeting_name = enc(FirstName.Of(p.OwnerName)),
            intro = enc(intro),
            changes = changes.Lines().Select(enc).ToList(),
            paragraphs = paragraphs.Select(enc).ToList(),
            links = links.Select(l => new { label = enc(l.Label), url = enc(l.Url) }).ToList(),
        };

        return new EmailMessage(
            MessageId(plan.PlanId, plan.Version),
            plan.PlanId,
            Purpose,
            new EmailAddress(p.Email, PlanEmailWriter.HeaderSafe(p.OwnerName)),
            subject,
            TemplateLibrary.Render("plan-update.html.sbn", Model(WebUtility.HtmlEncode)),
            TemplateLibrary.Render("plan-update.txt.sbn", Model(s => s)),
            attachments);
    }
}
