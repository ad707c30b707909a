using Delegation.Core.Ports;
using Delegation.Core.Reports;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="BuildMonthlyReport"/> stage as a Functions activity.</summary>
public sealed class BuildMonthlyReportActivity(BuildMonthlyReport activity)
{
    /// <summary>One practice's report, stored and emailed once.</summary>
    [Function(nameof(BuildMonthlyReport))]
    public Task<ReportOutcome> RunAsync([ActivityTrigger] ReportRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
