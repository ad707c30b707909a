using Delegation.Core.Plans;
using Delegation.Core.Reports;
using Delegation.Core.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Delegation.Api;

/// <summary>Monthly reports over HTTP and from the schedule: start a month's run once, read a stored report.</summary>
public sealed class ReportsApi(ReportStore reports, IOptions<ReportsOptions> options, TimeProvider time, ILogger<ReportsApi> log)
{
    static readonly OrchestrationRuntimeStatus[] InFlight =
        [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Suspended];

    /// <summary>POST /api/admin/reports?month=yyyy-MM (the caller's key is checked by the host): 202 with the run's id.</summary>
    public async Task<IResult> StartAsync(string? month, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!ReportMonth.TryParse(month, out var parsed))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["month"] = ["Give the month as yyyy-MM, e.g. 2026-11."] },
                title: "The request has errors.");
        }

        if (parsed.Start > time.GetUtcNow())
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["month"] = ["The month has not started yet."] },
                title: "The request has errors.");
        }

        var instanceId = await StartMonthAsync(parsed, client, cancellationToken);
        return TypedResults.Accepted($"/{ApiRoutes.AdminReports}/{parsed}", new ReportsRun(instanceId, parsed.ToString()));
    }

    /// <summary>GET /api/admin/reports/{month} (admin key): where the month's run is, and its summary once done.</summary>
    public static async Task<IResult> GetRunAsync(string month, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!ReportMonth.TryParse(month, out var parsed))
        {
            return Problems.NotFound("Report run");
        }

        var instance = await client.GetInstanceAsync(MonthlyReports.InstanceId(parsed), getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound("Report run");
        }

        var summary = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? instance.ReadOutputAs<ReportSummary>() : null;
        return TypedResults.Ok(new ReportsRunStatus(instance.InstanceId, parsed.ToString(), instance.RuntimeStatus.ToString(), summary));
    }

    /// <summary>The timer's start: the month just ended.</summary>
    public Task<string> StartScheduledAsync(DurableTaskClient client, CancellationToken cancellationToken) =>
        StartMonthAsync(ReportMonth.Before(time.GetUtcNow()), client, cancellationToken);

    /// <summary>Starts the month's run under its one instance id unless one is in flight. A finished run is
    /// replaced by a fresh one, which finds every report and email already done and only retries failures.</summary>
    public async Task<string> StartMonthAsync(ReportMonth month, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instanceId = MonthlyReports.InstanceId(month);
        var existing = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (existing is not null && InFlight.Contains(existing.RuntimeStatus))
        {
            log.LogInformation("Reports {Month} are already running as {InstanceId}", month, instanceId);
            return instanceId;
        }

        if (existing is not null)
        {
            await client.PurgeInstanceAsync(instanceId, cancellation: cancellationToken);
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(MonthlyReports),
                options.Value.RequestFor(month),
                new StartOrchestrationOptions(instanceId).WithDedupeStatuses(InFlight),
                cancellationToken);
            log.LogInformation("Reports {Month} started as {InstanceId}", month, instanceId);
        }
        catch (Exception ex) when (InstanceStarts.IsAlreadyExists(ex))
        {
            // A concurrent call (the timer and an operator, say) started it first: one run, as intended.
            log.LogInformation("Reports {Month} were started by a concurrent call", month);
        }

        return instanceId;
    }

    /// <summary>GET /api/plans/{planId}/reports/{month}: the stored report as JSON, or the HTML with <c>?format=html</c>.</summary>
    public async Task<IResult> GetReportAsync(string planId, string month, string? format, CancellationToken cancellationToken)
    {
        if (!PlanIds.IsWellFormed(planId) || !ReportMonth.TryParse(month, out var parsed) || format is not (null or "json" or "html"))
        {
            return Problems.NotFound("Report");
        }

        var doc = await reports.GetDocumentAsync(planId, parsed.ToString(), format ?? "json", cancellationToken);
        return doc is null
            ? Problems.NotFound("Report")
            : TypedResults.Bytes(doc.Content, format == "html" ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
    }
}

/// <summary>A month's run: its status and, once completed, its summary.</summary>
public sealed record ReportsRunStatus(string InstanceId, string Month, string Status, ReportSummary? Summary);

/// <summary>The answer to a started (or already running) month.</summary>
public sealed record ReportsRun(string InstanceId, string Month);
