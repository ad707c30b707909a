using Delegation.Core.Ports;
using Delegation.Core.Reports;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Delegation.Core.Workflow;

/// <summary>
/// One month's reports: page through the plans, hand each page to a <see cref="MonthlyReportBatch"/>
/// sub-orchestration (at most <see cref="MonthlyReportsRequest.MaxParallelBatches"/> at once), add up
/// their summaries and email the operator. Its instance id is <see cref="InstanceId"/>, one per month;
/// with the create-only reports and per-month message ids, running a month again sends nothing twice.
/// History stays bounded: per page one small activity and one sub-orchestration, never one event per plan.
/// </summary>
public static class MonthlyReports
{
    /// <summary>Most plans in one batch, whatever is configured: each batch's history holds one activity per plan.</summary>
    public const int MaxBatchSize = 100;

    static readonly TaskOptions IoRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(30)));

    /// <summary>The orchestration instance id of a month's run.</summary>
    public static string InstanceId(ReportMonth month) => $"reports-{month}";

    /// <summary>Runs the month.</summary>
    public static async Task<ReportSummary> RunAsync(TaskOrchestrationContext context, MonthlyReportsRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var pageSize = Math.Clamp(request.BatchSize, 1, MaxBatchSize);
        var parallel = Math.Max(1, request.MaxParallelBatches);
        // Distinct per execution, so a month run again never collides with the sub-orchestrations of an earlier run.
        var run = context.NewGuid().ToString("N")[..8];

        var total = new ReportSummary(request.Month, 0, 0, 0, []);
        var running = new List<Task<ReportSummary>>();
        string? continuation = null;
        var batch = 0;
        do
        {
            var page = await context.CallActivityAsync<DocumentPage>(nameof(ListPlanIds), new PlanIdPageRequest(continuation, pageSize), IoRetry);
            continuation = page.Continuation;
            if (page.Names.Count == 0)
            {
                continue;
            }

            if (running.Count >= parallel)
            {
                var done = await Task.WhenAny(running);
                running.Remove(done);
                total = total.Add(await done);
            }

            running.Add(context.CallSubOrchestratorAsync<ReportSummary>(
                nameof(MonthlyReportBatch),
                new ReportBatch(request.Month, page.Names),
                new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}-{run}-{batch++}" }));
        }
        while (continuation is not null);

        foreach (var summary in await Task.WhenAll(running))
        {
            total = total.Add(summary);
        }

        context.CreateReplaySafeLogger(nameof(MonthlyReports)).LogInformation(
            "Reports {Month}: {Reported} practices, {Sent} emails sent, {Failed} failures",
            total.Month, total.Reported, total.EmailsSent, total.Failed.Count);

        if (!string.IsNullOrWhiteSpace(request.SummaryEmail))
        {
            await context.CallActivityAsync<EmailSendOutcome>(nameof(SendReportSummary), new SummaryRequest(total, request.SummaryEmail), DelegationPlan.EmailRetry);
        }

        return total;
    }
}
