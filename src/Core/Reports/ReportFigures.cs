using System.Globalization;
using Delegation.Core.Email;
using Delegation.Core.Planning;

namespace Delegation.Core.Reports;

/// <summary>One line of the report's figures: a label and what it says, unencoded.</summary>
/// <param name="Label">"Spend", "Check-ins", …</param>
/// <param name="Value">The figure in words.</param>
public sealed record ReportFigure(string Label, string Value);

/// <summary>
/// The report's figures as rows, shared by the email's HTML table, its text part and the web page, so all three
/// say the same. A row appears only when there is something to say: no "stress: none recorded".
/// </summary>
public static class ReportFigures
{
    /// <summary>The rows of <paramref name="report"/>, in reading order.</summary>
    /// <param name="report">The report.</param>
    public static IReadOnlyList<ReportFigure> Rows(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var currency = report.Spend.Currency;
        var roles = report.Spend.Roles ?? [];
        var nobodyHired = NobodyHired(report);
        var paid = roles.Where(r => r.Role != SupportRole.AssociateTherapist).ToList();
        var rows = new List<ReportFigure>();
        if (paid.Count > 0 || roles.Count == 0)
        {
            rows.Add(new("Hours handed over", nobodyHired
                ? $"none yet: work is handed over from the day you register {Awaited(report)} ({Hours(report.Hours.PlannedPerWeek)} h a week then)"
                : HandedOver(report.Hours)));
        }

        if (report.Hours.Confirmed > 0 && report.Hours.SessionFee > 0)
        {
            // Worth, not income: the hours are only money if the owner fills them with sessions.
            rows.Add(new("What those hours are worth", $"{Money.Format(report.Hours.ConfirmedWorth, currency)} if you fill the {Hours(report.Hours.Confirmed)} h with sessions at your {Money.Format(report.Hours.SessionFee, currency)} fee"));
        }

        var days = ReportMonth.Parse(report.Month).Days;
        rows.Add(new("Spend", nobodyHired
            ? $"nothing yet: {(paid.Count < roles.Count ? "nobody paid from it" : "no hire")} is registered (monthly budget {Money.Format(report.Spend.Budget, currency)})"
            : $"{Money.Format(report.Spend.Spend, currency)} of a {Money.Format(report.Spend.Budget, currency)} monthly budget{(report.Spend.WithinBudget ? "" : " (over budget)")}"));
        foreach (var role in roles)
        {
            rows.Add(new(Capitalised(RoleTitles.Of(role.Role)), RoleLine(role, days, report.Country, currency)));
        }

        if (report.CheckIns.Held + report.CheckIns.Missed > 0)
        {
            rows.Add(new("Check-ins", $"{report.CheckIns.Held} held ({report.CheckIns.OnTrack} on track), {report.CheckIns.Missed} missed"));
        }

        if (report.Stress.Values.Count > 0)
        {
            rows.Add(new("Stress (1–5)", report.Stress.Values.Count == 1
                ? $"{report.Stress.Values[0]} at the one check-in that recorded it"
                : $"{string.Join(" → ", report.Stress.Values)} ({report.Stress.Direction})"));
        }

        rows.Add(new("Where you are", $"phase {report.CurrentPhase} of {report.LastPhase}, {report.Status.ToString().ToLowerInvariant()}"));
        return rows;
    }

    /// <summary>
    /// "your billing specialist", "your virtual assistant and billing specialist": the roles the budget pays for whose
    /// hires are not registered, named so that "from the day you register …" says who (read 8: "the person you hired"
    /// beside a hired associate read as if someone else were in).
    /// </summary>
    /// <param name="report">The report.</param>
    public static string Awaited(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var open = (report.Spend.Roles ?? []).Where(r => r.Role != SupportRole.AssociateTherapist && !r.Hired).Select(r => RoleTitles.Of(r.Role)).ToList();
        return open.Count == 0 ? "the person you hired" : "your " + Locale.Lists.And(open);
    }

    /// <summary>
    /// True when nobody the budget pays is registered, so nothing was handed over yet; an associate therapist is paid from
    /// their own sessions, so registering one hands over none of the budget's work.
    /// </summary>
    /// <param name="report">The report.</param>
    public static bool NobodyHired(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var paid = (report.Spend.Roles ?? []).Where(r => r.Role != SupportRole.AssociateTherapist).ToList();
        return paid.Count > 0 && paid.All(r => !r.Hired);
    }

    // The hours a week the month's hires took, and, when a role is still open, what the phases under way plan in all.
    static string HandedOver(HoursReclaimed hours)
    {
        var hired = hours.HiredPerWeek ?? hours.PlannedPerWeek;
        var perWeek = hired < hours.PlannedPerWeek
            ? $"{Hours(hired)} h a week from your hires so far, of {Hours(hours.PlannedPerWeek)} h a week once every role under way is hired"
            : $"{Hours(hours.PlannedPerWeek)} h a week";
        // Confirmed is the planned hours of the check-ins that were on track: said as that, not as hours someone logged.
        return $"{Hours(hours.Confirmed)} h, counting the weeks your check-ins found on track, of {Hours(hours.Planned)} h planned since each hire was registered ({perWeek})";
    }

    static string RoleLine(RoleSpend role, int monthDays, string country, string currency)
    {
        if (role.Role == SupportRole.AssociateTherapist)
        {
            const string own = "paid from the fees of their own sessions, not from this budget";
            return role.Hired
                ? role.HiredAt is { } on ? $"hired {ReportDates.Utc(on, country)}, {own}" : $"hired, {own}"
                : $"not hired yet; once hired, {own}";
        }

        if (!role.Hired)
        {
            return $"not hired yet, so it costs nothing this month (it will cost {Money.Format(role.MonthlyCost, currency)} a month once hired)";
        }

        var share = $"{Hours(role.Days)} of the month's {monthDays} days at {Money.Format(role.MonthlyCost, currency)} a month";
        return role.HiredAt is { } hired
            ? $"{Money.Format(role.Spend, currency)} (hired {ReportDates.Utc(hired, country)}: {share})"
            : $"{Money.Format(role.Spend, currency)} ({share})";
    }

    static string Hours(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    static string Capitalised(string title) => title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];
}
