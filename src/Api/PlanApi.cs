using Delegation.Core.Calendar;
using Delegation.Core.Hiring;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Sops;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Api.Pages;
using Delegation.Core.Workflow;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Delegation.Api;

/// <summary>
/// The HTTP API's behaviour, shared by both hosts. Each host maps its routes to these methods in one
/// line and hands over its own <see cref="DurableTaskClient"/>. Durable management URLs never leave here.
/// </summary>
public sealed class PlanApi(PlanIds planIds, PlanStore plans, SopStore sops, HiringKitStore kits, CalendarStore calendars, RolloutStore rollouts, LinkTokens tokens, IOptions<WorkflowOptions> workflow, TimeProvider time, ILogger<PlanApi> log)
{
    /// <summary>Header a client may send so that a deliberate re-submission is a new plan and a double click is not.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>POST /api/intake: validate, then start the plan once; the same intake gets the same plan.</summary>
    public async Task<IResult> SubmitIntakeAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);

        var read = await IntakeReader.ReadAsync(request, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var idempotencyKey = request.Headers[IdempotencyHeader].FirstOrDefault();
        if (idempotencyKey is { Length: > 200 })
        {
            return Problems.Validation(new Dictionary<string, string[]> { [IdempotencyHeader] = ["Must be at most 200 characters."] });
        }

        var planId = await planIds.ForAsync(read.Intake!, idempotencyKey);
        if (await client.GetInstanceAsync(planId, getInputsAndOutputs: false, cancellationToken) is null)
        {
            try
            {
                await client.ScheduleNewOrchestrationInstanceAsync(
                    nameof(DelegationPlan),
                    new PlanRequest(planId, read.Intake!, time.GetUtcNow(), workflow.Value.Snapshot()),
                    new StartOrchestrationOptions(planId).WithDedupeStatuses([.. InstanceStarts.NeverReplace]),
                    cancellationToken);
                log.LogInformation("Plan {PlanId} started with {Count} tasks", planId, read.Intake!.Tasks.Count);
            }
            catch (Exception ex) when (InstanceStarts.IsAlreadyExists(ex))
            {
                // A concurrent duplicate won the race: same plan, nothing more to start.
                log.LogInformation("Plan {PlanId} was already started by a concurrent request", planId);
            }
        }

        var location = ApiRoutes.PlanPath(planId);
        return TypedResults.Accepted(location, new IntakeAccepted(planId, location));
    }

    /// <summary>GET /api/plans/{planId}: the stored plan with its live status, or progress while it is planned.</summary>
    public async Task<IResult> GetPlanAsync(string planId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!PlanIds.IsWellFormed(planId))
        {
            return Problems.NotFound("Plan");
        }

        // Custom status (the stage) only comes with inputs and outputs: the flag covers all three.
        var instance = await client.GetInstanceAsync(planId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound("Plan");
        }

        var progress = ProgressOf(instance);
        // While the plan is being worked out there is nothing stored worth showing (the plan document is
        // written moments before its email): answer from the workflow alone, without reading storage.
        if (progress.Status == PlanStatus.Planning)
        {
            return TypedResults.Ok(new PlanPending(planId, progress.Status, progress.Stage, progress.Error));
        }

        var plan = await plans.GetAsync(planId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.Ok(new PlanPending(planId, progress.Status, progress.Stage, progress.Error));
        }

        // Once the rollout runs, its snapshot is the truth about status and check-ins.
        var rollout = await rollouts.GetAsync(planId, cancellationToken);
        var status = rollout is not null && progress.Status != PlanStatus.Failed ? rollout.Status : progress.Status;
        return TypedResults.Content(PlanView.Render(plan with { Status = status, Stage = progress.Stage }, rollout), "application/json; charset=utf-8");
    }

    /// <summary>GET /api/plans/{planId}/sops/{taskId}: the latest SOP as HTML, or Markdown with <c>?format=md</c>.</summary>
    public async Task<IResult> GetSopAsync(string planId, string taskId, string? format, CancellationToken cancellationToken)
    {
        if (!PlanIds.IsWellFormed(planId) || !DocumentPath.IsSafeSegment(taskId) || format is not (null or "html" or "md"))
        {
            return Problems.NotFound("SOP");
        }

        var doc = await sops.GetLatestAsync(planId, taskId, format ?? "html", cancellationToken);
        return doc is null ? Problems.NotFound("SOP") : TypedResults.Bytes(doc.Content, doc.ContentType);
    }

    /// <summary>
    /// GET /sops/{token}: the SOP a hire's sealed link names, in its current version, while its task is still that hire's
    /// role's and the plan is not cancelled. 403 for a forged or tampered link, 410 for an expired one or a task that has
    /// moved on; never a hint of the plan. Reads only.
    /// </summary>
    public async Task<IResult> GetDelegateSopAsync(string token, CancellationToken cancellationToken)
    {
        var (check, claims) = await tokens.VerifyAsync(token, time.GetUtcNow());
        if (check == TokenCheck.Forged || LinkTokens.SopOf(claims!.Subject) is not var (role, taskId)
            || !PlanIds.IsWellFormed(claims.PlanId) || !DocumentPath.IsSafeSegment(taskId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This link is not valid.",
                detail: "Use the SOP link from your latest email from the practice.");
        }

        if (check == TokenCheck.Expired)
        {
            return Gone("This link has expired.", "Your next email from the practice carries a fresh link; the attached copy still reads as before.");
        }

        var plan = await plans.GetAsync(claims.PlanId, cancellationToken);
        var task = plan?.Tasks.FirstOrDefault(t => t.TaskId == taskId);
        if (task is null)
        {
            return Problems.NotFound("SOP");
        }

        // A task given to another role in a plan update is no longer this hire's to read; a cancelled plan is over.
        if (task.Role != role || (await rollouts.GetAsync(claims.PlanId, cancellationToken))?.Status == PlanStatus.Cancelled)
        {
            return Gone("This SOP is no longer yours.", "Ask the practice for the SOPs you work from now.");
        }

        var doc = await sops.GetLatestAsync(claims.PlanId, taskId, "html", cancellationToken);
        return doc is null ? Problems.NotFound("SOP") : new SopDocumentResult(doc.Content);
    }

    static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Gone(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: title, detail: detail);

    /// <summary>
    /// GET /api/plans/{planId}/hiring/{role}: the latest hiring kit for a role (by slug) as HTML, or Markdown with
    /// <c>?format=md</c>; 404 for an unknown role or one the plan does not engage. Reads only.
    /// </summary>
    public async Task<IResult> GetHiringKitAsync(string planId, string role, string? format, CancellationToken cancellationToken)
    {
        if (!PlanIds.IsWellFormed(planId) || !HiringRoles.TryParse(role, out var supportRole) || format is not (null or "html" or "md"))
        {
            return Problems.NotFound("Hiring kit");
        }

        var doc = await kits.GetLatestAsync(planId, supportRole, format ?? "html", cancellationToken);
        return doc is null ? Problems.NotFound("Hiring kit") : TypedResults.Bytes(doc.Content, doc.ContentType);
    }

    /// <summary>GET /api/plans/{planId}/calendar.ics: the plan's check-ins as recurring events, or 404.</summary>
    public async Task<IResult> GetCalendarAsync(string planId, CancellationToken cancellationToken)
    {
        if (!PlanIds.IsWellFormed(planId))
        {
            return Problems.NotFound("Calendar");
        }

        var doc = await calendars.GetAsync(planId, cancellationToken);
        return doc is null
            ? Problems.NotFound("Calendar")
            : TypedResults.Bytes(doc.Content, CheckInCalendar.ContentType, CheckInCalendar.FileName);
    }

    /// <summary>GET /api/health.</summary>
    public static IResult Health() => TypedResults.Ok(new { status = "Healthy" });

    static PlanProgress ProgressOf(OrchestrationMetadata instance)
    {
        var progress = instance.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<PlanProgress>();
        return instance.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Failed => new PlanProgress(PlanStatus.Failed, progress?.Stage ?? PlanStage.Received,
                progress?.Error ?? "The plan could not be completed."),
            OrchestrationRuntimeStatus.Terminated => new PlanProgress(PlanStatus.Cancelled, progress?.Stage ?? PlanStage.Received),
            _ => progress ?? new PlanProgress(PlanStatus.Planning, PlanStage.Received),
        };
    }

}

/// <summary>The answer to an accepted intake.</summary>
public sealed record IntakeAccepted(string PlanId, string StatusUrl);

/// <summary>A plan that is not stored yet: where the workflow is.</summary>
public sealed record PlanPending(string PlanId, Core.Plans.PlanStatus Status, PlanStage Stage, string? Error);
