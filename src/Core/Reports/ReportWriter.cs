using System.Globalization;
using System.Net;
using Delegation.Core.Email;
using Delegation.Core.Plans;
using Delegation.Core.Planning;
using Delegation.Core.Ports;
using Delegation.Core.Sops;
using Delegation.Core.Templates;

namespace Delegation.Core.Reports;

/// <summary>Writes a monthly report as HTML (stored and emailed) and plain text, and the operator's summary.</summary>
public static class ReportWriter
{
    /// <summary>Email purpose of a practice's monthly report.</summary>
    public const string Purpose = "report";

    /// <summary>The report email's id: one per plan and month, so a rerun sends nothing new.</summary>
    public static string MessageId(string planId, string month) => $"{planId}-report-{month}";

    /// <summary>The summary email's id: one per month.</summary>
    public static string SummaryMessageId(string month) => $"reports-{month}-summary";

    /// <summary>
    /// The report's web page, stored beside its JSON: the figures table and the SVG chart. It carries no link
    /// to act on, because a stored page is read by plan id alone and an owner link must not sit in it.
    /// </summary>
    /// <param name="report">The report.</param>
    public static string Html(MonthlyReport report) =>
        TemplateLibrary.Render("report.html.sbn", Model(report, WebUtility.HtmlEncode, ReportChart.Svg(report), null, null, null));

    /// <summary>
    /// The email's HTML: the same figures as a plain table (most mail clients drop inline SVG), a greeting, and
    /// the next step as a link.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="ownerName">The owner's name as given; the greeting uses the first name.</param>
    /// <param name="nextStepUrl">Where the next step is taken (the manage page, with an owner token); null when there is none.</param>
    /// <param name="reviewUrls">Each stale SOP's review link, by task id.</param>
    public static string EmailHtml(MonthlyReport report, string ownerName, Uri? nextStepUrl, IReadOnlyDictionary<string, Uri>? reviewUrls = null) =>
        TemplateLibrary.Render("report.html.sbn", Model(report, WebUtility.HtmlEncode, "", ownerName, nextStepUrl, reviewUrls));

    /// <summary>The email's plain-text part: the figures as rows, the next step with its address.</summary>
    /// <param name="report">The report.</param>
    /// <param name="ownerName">The owner's name as given.</param>
    /// <param name="nextStepUrl">Where the next step is taken; null when there is none.</param>
    /// <param name="reviewUrls">Each stale SOP's review link, by task id.</param>
    public static string Text(MonthlyReport report, string ownerName, Uri? nextStepUrl, IReadOnlyDictionary<string, Uri>? reviewUrls = null) =>
        TemplateLibrary.Render("report.txt.sbn", Model(report, s => s, "", ownerName, nextStepUrl, reviewUrls));

    /// <summary>The email to the practice owner, made from the stored report so a rerun sends the same figures.</summary>
    /// <param name="report">The stored report.</param>
    /// <param name="plan">The plan, for the owner's address and name.</param>
    /// <param name="nextStepUrl">Where the next step is taken; null when <see cref="MonthlyReport.NextAction"/> is <see cref="ReportAction.None"/>.</param>
    /// <param name="reviewUrls">Each stale SOP's review link, by task id (owner links, made for the email only).</param>
    public static EmailMessage Email(MonthlyReport report, Plan plan, Uri? nextStepUrl, IReadOnlyDictionary<string, Uri>? reviewUrls = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        return new EmailMessage(
            MessageId(report.PlanId, report.Month),
            report.PlanId,
            Purpose,
            new EmailAddress(plan.Practice.Email, PlanEmailWriter.HeaderSafe(plan.Practice.OwnerName)),
            PlanEmailWriter.HeaderSafe($"Your delegation month: {MonthName(report.Month)}"),
            EmailHtml(report, plan.Practice.OwnerName, nextStepUrl, reviewUrls),
            Text(report, plan.Practice.OwnerName, nextStepUrl, reviewUrls),
            []);
    }

    /// <summary>The words of the next step's link.</summary>
    /// <param name="action">What the link lets the owner do.</param>
    public static string LinkLabel(ReportAction action) => action switch
    {
        ReportAction.RegisterHire => "Register your hire",
        ReportAction.Resume => "Resume the rollout",
        _ => "Open your plan's manage page",
    };

    /// <summary>
    /// The operator's summary of one month's run: its counts, the practices that need a call (name, since when,
    /// the owner's email, why) and every practice's status as a CSV attachment.
    /// </summary>
    /// <param name="summary">The run's counts.</param>
    /// <param name="statuses">Every practice's status, from <see cref="PracticeStatusReader"/>.</param>
    /// <param name="to">The operator's address.</param>
    public static EmailMessage Summary(ReportSummary summary, IReadOnlyList<PracticeStatus> statuses, string to)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(statuses);
        var attention = statuses.Where(s => s.Attention is not null).ToList();
        var subject = $"Monthly reports for {MonthName(summary.Month)}: {summary.Reported} practice{(summary.Reported == 1 ? "" : "s")}, "
            + (attention.Count == 0 ? "none needs attention" : $"{attention.Count} need{(attention.Count == 1 ? "s" : "")} attention")
            + (summary.FailedCount > 0 ? $", {summary.FailedCount} report failures" : "");
        var states = statuses.GroupBy(s => s.State).OrderBy(g => g.Key).Select(g => $"{StateName(g.Key)}: {g.Count()}").ToList();
        object Model(Func<string, string> enc) => new
        {
            subject = enc(subject),
            month = enc(MonthName(summary.Month)),
            reported = summary.Reported,
            emails_sent = summary.EmailsSent,
            not_active = summary.NotActive,
            failed_count = summary.FailedCount,
            failed = summary.Failed.Select(enc).ToList(),
            states = states.Select(enc).ToList(),
            attention = attention.Select(a => new
            {
                practice = enc(a.Practice),
                email = enc(a.OwnerEmail),
                since = a.Since is { } since ? enc(since.ToString("d MMM yyyy", CultureInfo.InvariantCulture)) : "",
                reason = enc(a.Attention!),
                plan_id = enc(a.PlanId),
            }).ToList(),
            csv_name = enc(PracticeStatusCsv.FileName(summary.Month)),
        };

        return new EmailMessage(
            SummaryMessageId(summary.Month),
            "reports",
            "report-summary",
            new EmailAddress(to, "Delegation operator"),
            subject,
            TemplateLibrary.Render("report-summary.html.sbn", Model(WebUtility.HtmlEncode)),
            TemplateLibrary.Render("report-summary.txt.sbn", Model(s => s)),
            [new EmailAttachment(PracticeStatusCsv.FileName(summary.Month), "text/csv; charset=utf-8", PracticeStatusCsv.Write(statuses))]);
    }

    static string StateName(PracticeState state) => state switch
    {
        PracticeState.NothingDelegated => "nothing delegated",
        PracticeState.Hiring => "waiting for a hire",
        _ => state.ToString().ToLowerInvariant(),
    };

    static string MonthName(string month) =>
        ReportMonth.Parse(month).Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    // The HTML part gets every user string encoded before the template sees it; the SVG holds only numbers.
    static object Model(MonthlyReport r, Func<string, string> enc, string chart, string? ownerName, Uri? nextStepUrl, IReadOnlyDictionary<string, Uri>? reviewUrls)
    {
        var link = r.NextAction == ReportAction.None ? null : nextStepUrl;
        return new
        {
            subject = enc($"Your delegation month: {MonthName(r.Month)}"),
            greeting = ownerName is null ? "" : enc($"Dear {FirstName.Of(ownerName)},"),
            month = enc(MonthName(r.Month)),
            practice_name = enc(r.Practice),
            weeks_active = r.WeeksActive.ToString("0.#", CultureInfo.InvariantCulture),
            started_mid_month = r.ActiveFrom > ReportMonth.Parse(r.Month).Start,
            // With nobody hired nothing was given back; the opening must not say it was.
            nobody_hired = ReportFigures.NobodyHired(r),
            awaited = enc(ReportFigures.Awaited(r)),
            // Only the associate is in: they see clients, but none of the budget's work has left the owner's desk yet.
            associate_only = ReportFigures.NobodyHired(r) && r.Spend.Roles!.Any(x => x.Role == SupportRole.AssociateTherapist && x.Hired),
            active_from = enc(ReportDates.Utc(r.ActiveFrom, r.Country)),
            rows = ReportFigures.Rows(r).Select(row => new { label = enc(row.Label), value = enc(row.Value) }).ToList(),
            since_last_month = enc(r.SinceLastMonth ?? ""),
            next_step = enc(r.NextStep),
            next_url = link is null ? "" : enc(link.AbsoluteUri),
            next_label = enc(LinkLabel(r.NextAction)),
            web_page = ownerName is null,
            has_action = r.NextAction != ReportAction.None,
            chart,
            stale_days = SopStaleness.Days,
            stale = (r.StaleSops ?? []).Select(s => new
            {
                line = enc($"{s.Task} (your {RoleTitles.Of(s.Role)}): last confirmed {ReportDates.Utc(s.LastConfirmed, r.Country)} ({s.Days} days before this report)"),
                url = reviewUrls is not null && reviewUrls.TryGetValue(s.TaskId, out var u) ? enc(u.AbsoluteUri) : "",
                label = enc($"Review the SOP for {s.Task}"),
            }).ToList(),
        };
    }
}
