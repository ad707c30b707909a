using Delegation.Core.Ports;
using Delegation.Core.Reports;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Delegation.Core.Workflow;

/// <summary>
/// One month's reports, one page of plans per generation: list a page, build its reports
/// (<see cref="MonthlyReportsRequest.MaxParallel"/> at a time), add them to the running totals and
/// continue as new with the next page; after the last page, email the operator the summary.
/// Its instance id is <see cref="InstanceId"/>, one per month; with the create-only reports and per-month
/// message ids, running a month again sends nothing twice. Each generation's history holds one listing
/// and at most <see cref="MaxBatchSize"/> report activities; the input carries only ids and counts.
/// No sub-orchestrations: the standalone host's Azure Storage sidecar cannot reload a parent after one completes.
/// </summary>
public static class MonthlyReports
{
    /// <summary>Most plans in one page, whatever is configured: each generation's history holds one activity per plan.</summary>
    public const int MaxBatchSize = 100;

    /// <summary>The orchestration instance id of a month's run.</summary>
    public static string InstanceId(ReportMonth month) => $"reports-{month}";

    /// <summary>Runs one page of the month; continues as new for the next page, or sends the summary after the last.</summary>
    public static async Task<ReportSummary> RunAsync(TaskOrchestrationContext context, MonthlyReportsRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var pageSize = Math.Clamp(request.BatchSize, 1, MaxBatchSize);
        var parallel = Math.Max(1, request.MaxParallel);
        var total = request.SoFar ?? ReportSummary.Empty(request.Month);

        var page = await context.CallActivityAsync<DocumentPage>(nameof(ListPlanIds), new PlanIdPageRequest(request.Continuation, pageSize), WorkflowRetries.Io);
        foreach (var chunk in page.Names.Chunk(parallel))
        {
            var outcomes = await Task.WhenAll(chunk.Select(id => BuildAsync(context, request.Month, id)));
            total = total.Add(
                outcomes.Count(o => o.Outcome is ReportOutcome.Sent or ReportOutcome.AlreadyDone),
                outcomes.Count(o => o.Outcome == ReportOutcome.Sent),
                outcomes.Count(o => o.Outcome == ReportOutcome.NotActive),
                outcomes.Where(o => o.Outcome is null).Select(o => o.PlanId).ToList());
        }

        if (page.Continuation is not null)
        {
            context.ContinueAsNew(request with { Continuation = page.Continuation, SoFar = total });
            return total;
        }

        context.CreateReplaySafeLogger(nameof(MonthlyReports)).LogInformation(
            "Reports {Month}: {Reported} practices, {Sent} emails sent, {Failed} failures",
            total.Month, total.Reported, total.EmailsSent, total.FailedCount);

        if (!string.IsNullOrWhiteSpace(request.SummaryEmail))
        {
            await context.CallActivityAsync<EmailSendOutcome>(nameof(SendReportSummary), new SummaryRequest(total, request.SummaryEmail), WorkflowRetries.Email);
        }

        return total;
    }

    // A plan whose report fails after its retries is counted and named in the summary; it does not stop the others.
    static async Task<(string PlanId, ReportOutcome? Outcome)> BuildAsync(TaskOrchestrationContext context, string month, string planId)
    {
        try
        {
            return (planId, await context.CallActivityAsync<ReportOutcome>(nameof(BuildMonthlyReport), new ReportRequest(planId, month), WorkflowRetries.Email));
        }
        catch (TaskFailedException ex)
        {
            context.CreateReplaySafeLogger(nameof(MonthlyReports)).LogError(
                "Report {Month} for plan {PlanId} failed: {Error}", month, planId, ex.FailureDetails.ErrorMessage);
            return (planId, null);
        }
    }
}
