using Delegation.Core.Ports;
using Delegation.Core.Reports;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Stage of the monthly reports: the operator's summary, one message per month.</summary>
public sealed class SendReportSummary(IEmailSender email) : IWorkflowActivity<SummaryRequest, EmailSendOutcome>
{
    /// <inheritdoc />
    public Task<EmailSendOutcome> RunAsync(SummaryRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return email.SendAsync(ReportWriter.Summary(input.Summary, input.To), cancellationToken);
    }
}
