using Delegation.Core.Reports;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Delegation.Core.Workflow;

/// <summary>
/// Up to <see cref="MonthlyReports.MaxBatchSize"/> reports in parallel. A plan whose report fails after
/// its retries is counted and named in the summary; it does not stop the others.
/// </summary>
public static class MonthlyReportBatch
{
    /// <summary>Builds every report of the batch and returns the batch's summary.</summary>
    public static async Task<ReportSummary> RunAsync(TaskOrchestrationContext context, ReportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = await Task.WhenAll(batch.PlanIds.Select(id => BuildAsync(context, batch.Month, id)));

        return new ReportSummary(
            batch.Month,
            outcomes.Count(o => o.Outcome is ReportOutcome.Sent or ReportOutcome.AlreadyDone),
            outcomes.Count(o => o.Outcome == ReportOutcome.Sent),
            outcomes.Count(o => o.Outcome == ReportOutcome.NotActive),
            outcomes.Where(o => o.Outcome is null).Select(o => o.PlanId).ToList());
    }

    static async Task<(string PlanId, ReportOutcome? Outcome)> BuildAsync(TaskOrchestrationContext context, string month, string planId)
    {
        try
        {
            return (planId, await context.CallActivityAsync<ReportOutcome>(nameof(BuildMonthlyReport), new ReportRequest(planId, month), DelegationPlan.EmailRetry));
        }
        catch (TaskFailedException ex)
        {
            context.CreateReplaySafeLogger(nameof(MonthlyReportBatch)).LogError(
                "Report {Month} for plan {PlanId} failed: {Error}", month, planId, ex.FailureDetails.ErrorMessage);
            return (planId, null);
        }
    }
}
