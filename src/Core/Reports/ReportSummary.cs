namespace Delegation.Core.Reports;

/// <summary>What one month's run did, for the operator: counts, and (some of) the plan ids that failed.</summary>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Reported">Practices with a report for the month (written now or by an earlier run).</param>
/// <param name="EmailsSent">Report emails handed to the transport by this run; a rerun sends none.</param>
/// <param name="NotActive">Plans listed but not active during the month.</param>
/// <param name="FailedCount">Plans whose report could not be made or sent.</param>
/// <param name="Failed">The first <see cref="MaxFailedIds"/> of those plans' ids.</param>
public sealed record ReportSummary(string Month, int Reported, int EmailsSent, int NotActive, int FailedCount, IReadOnlyList<string> Failed)
{
    /// <summary>Most failed plan ids kept: the summary travels through every page's orchestration input, so it stays small.</summary>
    public const int MaxFailedIds = 50;

    /// <summary>An empty summary for <paramref name="month"/>.</summary>
    public static ReportSummary Empty(string month) => new(month, 0, 0, 0, 0, []);

    /// <summary>This summary plus one page's outcomes; <paramref name="failed"/> are the ids of the plans that failed.</summary>
    public ReportSummary Add(int reported, int emailsSent, int notActive, IReadOnlyCollection<string> failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return new ReportSummary(
            Month, Reported + reported, EmailsSent + emailsSent, NotActive + notActive, FailedCount + failed.Count,
            [.. Failed, .. failed.Take(Math.Max(0, MaxFailedIds - Failed.Count))]);
    }
}
