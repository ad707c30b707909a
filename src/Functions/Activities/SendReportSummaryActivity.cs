using Delegation.Core.Ports;
using Delegation.Core.Reports;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="SendReportSummary"/> stage as a Functions activity.</summary>
public sealed class SendReportSummaryActivity(SendReportSummary activity)
{
    /// <summary>The operator's summary, once per month.</summary>
    [Function(nameof(SendReportSummary))]
    public Task<EmailSendOutcome> RunAsync([ActivityTrigger] SummaryRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
