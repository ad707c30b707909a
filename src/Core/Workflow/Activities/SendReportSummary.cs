using Delegation.Core.Ports;
using Delegation.Core.Reports;

namespace Delegation.Core.Workflow.Activities;

/// <summary>
/// Stage of the monthly reports: the operator's summary, one message per month. It reads every practice's
/// status from storage here rather than carrying it through the orchestration, whose input must stay small.
/// </summary>
public sealed class SendReportSummary(IEmailSender email, PracticeStatusReader statuses, TimeProvider time) : IWorkflowActivity<SummaryRequest, EmailSendOutcome>
{
    /// <inheritdoc />
    public async Task<EmailSendOutcome> RunAsync(SummaryRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var all = await statuses.ReadAsync(ReportMonth.Parse(input.Summary.Month), time.GetUtcNow(), cancellationToken);
        return await email.SendAsync(ReportWriter.Summary(input.Summary, all, input.To), cancellationToken);
    }
}
