using System.Globalization;
using System.Net;
using Delegation.Core.Email;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
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

    /// <summary>The report as an HTML document, every user string encoded.</summary>
    public static string Html(MonthlyReport report) =>
        TemplateLibrary.Render("report.html.sbn", Model(report, WebUtility.HtmlEncode, ReportChart.Svg(report)));

    /// <summary>The report as plain text.</summary>
    public static string Text(MonthlyReport report) =>
        TemplateLibrary.Render("report.txt.sbn", Model(report, s => s, ""));

    /// <summary>The email to the practice owner; <paramref name="html"/> is the stored HTML, so both copies match.</summary>
    public static EmailMessage Email(MonthlyReport report, Plan plan, string html)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        return new EmailMessage(
            MessageId(report.PlanId, report.Month),
            report.PlanId,
            Purpose,
            new EmailAddress(plan.Practice.Email, PlanEmailWriter.HeaderSafe(plan.Practice.OwnerName)),
            PlanEmailWriter.HeaderSafe($"Your delegation month: {MonthName(report.Month)}"),
            html,
            Text(report),
            []);
    }

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
        var subject = $"Monthly reports for {MonthName(summary.Month)}: {summary.Reported} practices, "
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
    static object Model(MonthlyReport r, Func<string, string> enc, string chart)
    {
        var money = (decimal amount) => enc(Money.Format(amount, r.Spend.Currency));
        return new
        {
            subject = enc($"Your delegation month: {MonthName(r.Month)}"),
            month = enc(MonthName(r.Month)),
            practice_name = enc(r.Practice),
            status = enc(r.Status.ToString()),
            weeks_active = r.WeeksActive.ToString("0.#", CultureInfo.InvariantCulture),
            started_mid_month = r.ActiveFrom > ReportMonth.Parse(r.Month).Start,
            active_from = r.ActiveFrom.ToString("d MMMM", CultureInfo.InvariantCulture),
            hours_planned = r.Hours.Planned.ToString("0.#", CultureInfo.InvariantCulture),
            hours_confirmed = r.Hours.Confirmed.ToString("0.#", CultureInfo.InvariantCulture),
            hours_per_week = r.Hours.PlannedPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
            spend = money(r.Spend.Spend),
            budget = money(r.Spend.Budget),
            within_budget = r.Spend.WithinBudget,
            held = r.CheckIns.Held,
            missed = r.CheckIns.Missed,
            on_track = r.CheckIns.OnTrack,
            stress = string.Join(" → ", r.Stress.Values),
            stress_direction = enc(r.Stress.Direction),
            phase = r.CurrentPhase,
            last_phase = r.LastPhase,
            next_step = enc(r.NextStep),
            chart,
        };
    }
}
