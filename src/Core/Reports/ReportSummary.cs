namespace Delegation.Core.Reports;

/// <summary>What one month's run did, for the operator: counts, and the plan ids that failed.</summary>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Reported">Practices with a report for the month (written now or by an earlier run).</param>
/// <param name="EmailsSent">Report emails handed to the transport by this run; a rerun sends none.</param>
/// <param name="NotActive">Plans listed but not active during the month.</param>
/// <param name="Failed">Plans whose report could not be made or sent.</param>
public sealed record ReportSummary(string Month, int Reported, int EmailsSent, int NotActive, IReadOnlyList<string> Failed)
{
    /// <summary>The sum of two batches' summaries.</summary>
    public ReportSummary Add(ReportSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ReportSummary(Month, Reported + other.Reported, EmailsSent + other.EmailsSent, NotActive + other.NotActive, [.. Failed, .. other.Failed]);
    }
}
