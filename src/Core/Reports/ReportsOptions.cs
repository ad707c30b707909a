namespace Delegation.Core.Reports;

/// <summary>Monthly reports, bound from <c>Reports</c>.</summary>
public sealed class ReportsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports";

    /// <summary>Six-field CRON (with seconds), UTC: 08:00 on the 1st. The Functions timer reads the same setting.</summary>
    public string Schedule { get; set; } = "0 0 8 1 * *";

    /// <summary>Where the operator's summary goes; empty: no summary email.</summary>
    public string SummaryEmail { get; set; } = "";

    /// <summary>Plans per listing page, that is per generation of the orchestration (at most 100, to bound its history).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Reports built at once within a page.</summary>
    public int MaxParallel { get; set; } = 10;

    /// <summary>The orchestration input for <paramref name="month"/> with these settings.</summary>
    public MonthlyReportsRequest RequestFor(ReportMonth month) => new(month.ToString(), BatchSize, MaxParallel, SummaryEmail);
}

/// <summary>
/// Input of <see cref="Workflow.MonthlyReports"/>: the month and the settings it runs with (fixed at start, for replay),
/// and, from the second page on, where the listing stands and the totals so far (carried across continue-as-new).
/// </summary>
public sealed record MonthlyReportsRequest(
    string Month, int BatchSize, int MaxParallel, string SummaryEmail, string? Continuation = null, ReportSummary? SoFar = null);

/// <summary>One page of plan ids to report on.</summary>
public sealed record PlanIdPageRequest(string? Continuation, int PageSize);

/// <summary>One plan's report for one month.</summary>
public sealed record ReportRequest(string PlanId, string Month);

/// <summary>What building one report did.</summary>
public enum ReportOutcome
{
    /// <summary>Written and emailed now.</summary>
    Sent,
    /// <summary>Already written and emailed by an earlier run: nothing new.</summary>
    AlreadyDone,
    /// <summary>The plan was not active during the month.</summary>
    NotActive,
}

/// <summary>The operator's summary to send, and where.</summary>
public sealed record SummaryRequest(ReportSummary Summary, string To);
