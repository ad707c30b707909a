using Delegation.Core.Reports;
using Delegation.Core.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Delegation.Functions.Orchestrators;

/// <summary>A month's reports as Functions orchestrations; the workflow itself is <see cref="MonthlyReports"/> in Core.</summary>
public static class MonthlyReportsOrchestrator
{
    /// <summary>Runs <see cref="MonthlyReports.RunAsync"/>.</summary>
    [Function(nameof(MonthlyReports))]
    public static Task<ReportSummary> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        MonthlyReports.RunAsync(context, context.GetInput<MonthlyReportsRequest>()!);
}
