using Delegation.Core.Intake;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Delegation.Api;

/// <summary>
/// The owner updates a running plan: <c>PUT /api/plans/{planId}/intake</c> starts the <see cref="PlanUpdate"/> workflow
/// that makes the next version, <c>GET</c> on the same route gives the update form the current intake, and
/// <c>GET /api/plans/{planId}/versions</c> lists what each version changed. Only stored documents and instance
/// statuses are read: a failed update shows as a status here, never as a 5xx.
/// </summary>
public sealed class PlanUpdateApi(LinkTokens tokens, PlanStore plans, RolloutStore rollouts, PlanVersionStore versions, IOptions<WorkflowOptions> workflow,
    TimeProvider time, ILogger<PlanUpdateApi> log)
{
    /// <summary>How long a claim whose workflow never appeared still counts as running (its PUT may still be starting it).</summary>
    static readonly TimeSpan StartGrace = TimeSpan.FromMinutes(1);

    static readonly OrchestrationRuntimeStatus[] Running =
        [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Suspended];

    /// <summary>PUT: validate like <c>POST /api/intake</c>, then start the update once (202), or say why not.</summary>
    public async Task<IResult> UpdateAsync(string planId, string? token, HttpRequest request, DurableTaskClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        if (await CheckOwnerAsync(planId, token) is { } refused)
        {
            return refused;
        }

        // The same reader and validator as a new intake: the same 400s, naming the field, and nothing starts.
        var read = await IntakeReader.ReadAsync(request, ct);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var rollout = await rollouts.GetAsync(planId, ct);
        var plan = await plans.GetAsync(planId, ct);
        if (rollout is null || plan is null)
        {
            return Conflict("Not ready yet", "The plan is still being prepared; send the update again in a minute.");
        }

        if (rollout.Status == PlanStatus.Cancelled)
        {
            return Conflict("This plan was cancelled", "A cancelled plan cannot be updated. To plan again, fill in the intake form for a new plan.");
        }

        if (rollout.Status == PlanStatus.Paused)
        {
            return Conflict("This plan is paused", "Resume it from your manage page first, then send the update again: an update changes what the rollout hands over next.");
        }

        var intake = read.Intake!;
        var hash = PlanVersionStore.HashOf(intake);
        var (currentHash, baseIntake) = await CurrentIntakeAsync(planId, plan.Version, client, ct);
        var versionsUrl = $"/api/plans/{planId}/versions";
        if (currentHash == hash)
        {
            // The same intake as the current version: nothing to make; the answer says which version it is.
            return TypedResults.Ok(new PlanUpdateAccepted(planId, plan.Version, versionsUrl, Unchanged: true));
        }

        var version = plan.Version + 1;
        var claim = new UpdateClaim(version, hash, PlanUpdate.InstanceId(planId, version, hash), 1, time.GetUtcNow());
        if (!await versions.TryClaimAsync(planId, claim, ct))
        {
            var held = (await versions.GetClaimAsync(planId, version, ct))!;
            var status = (await client.GetInstanceAsync(held.InstanceId, getInputsAndOutputs: false, ct))?.RuntimeStatus;
            var running = status is { } s ? Running.Contains(s) : time.GetUtcNow() - held.At < StartGrace;
            if (running && held.IntakeHash != hash)
            {
                return Conflict("An update is already running", $"Version {version} of this plan is being made from another update; send yours again once it is done.");
            }

            // The same update: start it if its first PUT did not get that far. A finished one that made no version
            // (it failed, or found the plan paused) is taken over under a new instance id: fixed ids are never reused.
            claim = running || (status is null && held.IntakeHash == hash) ? held
                : held with { IntakeHash = hash, Attempt = held.Attempt + 1, InstanceId = PlanUpdate.InstanceId(planId, version, hash, held.Attempt + 1), At = time.GetUtcNow() };
            if (claim != held)
            {
                await versions.ReplaceClaimAsync(planId, claim, ct);
            }
        }

        await StartAsync(client, claim.InstanceId, new PlanUpdateRequest(planId, intake, hash, version, time.GetUtcNow(), workflow.Value.Snapshot(),
            plan.Version == 1 ? baseIntake : null), ct);
        return TypedResults.Accepted(versionsUrl, new PlanUpdateAccepted(planId, version, versionsUrl, Unchanged: false));
    }

    /// <summary>GET the intake the current version was made from, as the form takes it (owner link): what "Update my plan" starts from.</summary>
    public async Task<IResult> GetIntakeAsync(string planId, string? token, DurableTaskClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await CheckOwnerAsync(planId, token) is { } refused)
        {
            return refused;
        }

        var plan = await plans.GetAsync(planId, ct);
        var intake = plan is null ? null
            : await versions.GetIntakeAsync(planId, plan.Version, ct) ?? (plan.Version == 1 ? await FirstIntakeAsync(planId, client, ct) : null);
        return intake is null ? Problems.NotFound("Intake") : TypedResults.Json(IntakeForms.Of(intake), Core.Plans.PlanJson.Options);
    }

    /// <summary>
    /// GET /api/plans/{planId}/versions: each version's date and what it changed. The plan id is the key, as for
    /// <c>GET /api/plans/{planId}</c>, which shows the same costs; a plan never updated lists its one version.
    /// </summary>
    public async Task<IResult> GetVersionsAsync(string planId, CancellationToken ct)
    {
        if (!PlanIds.IsWellFormed(planId) || await plans.GetAsync(planId, ct) is not { } plan)
        {
            return Problems.NotFound("Plan");
        }

        var recorded = await versions.ListAsync(planId, ct);
        // Version 1 is recorded by the first update; before that the plan's own date stands for it.
        var list = recorded.Any(v => v.Version == 1) ? recorded : [new PlanVersion(1, plan.CreatedAt, "", null), .. recorded];
        return TypedResults.Json(new PlanVersions(planId, plan.Version,
            [.. list.Where(v => v.Version <= plan.Version).Select(v => new PlanVersionView(v.Version, v.At, v.Changes, v.Changes?.Lines() ?? []))]),
            Core.Plans.PlanJson.Options);
    }

    async Task<IResult?> CheckOwnerAsync(string planId, string? token)
    {
        if (!PlanIds.IsWellFormed(planId))
        {
            return Problems.NotFound("Plan");
        }

        var (check, claims) = await tokens.VerifyAsync(token, time.GetUtcNow());
        if (check == TokenCheck.Forged || claims!.PlanId != planId || claims.Subject != LinkTokens.Owner)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This link is not valid", detail: "Use the link from your plan's emails.");
        }

        return check == TokenCheck.Expired
            ? TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "This link has expired", detail: "Use the link from a more recent email.")
            : null;
    }

    // The current version's intake hash; for version 1 before any update, from the plan workflow's own input.
    async Task<(string? Hash, Intake? First)> CurrentIntakeAsync(string planId, int version, DurableTaskClient client, CancellationToken ct)
    {
        if ((await versions.ListAsync(planId, ct)).FirstOrDefault(v => v.Version == version) is { } record)
        {
            return (record.IntakeHash, null);
        }

        var first = version == 1 ? await FirstIntakeAsync(planId, client, ct) : null;
        return (first is null ? null : PlanVersionStore.HashOf(first), first);
    }

    static async Task<Intake?> FirstIntakeAsync(string planId, DurableTaskClient client, CancellationToken ct)
    {
        var instance = await client.GetInstanceAsync(planId, getInputsAndOutputs: true, ct);
        return instance?.SerializedInput is null ? null : instance.ReadInputAs<PlanRequest>()?.Intake;
    }

    async Task StartAsync(DurableTaskClient client, string instanceId, PlanUpdateRequest request, CancellationToken ct)
    {
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct) is not null)
        {
            return;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(PlanUpdate), request,
                new StartOrchestrationOptions(instanceId).WithDedupeStatuses([.. InstanceStarts.NeverReplace]), ct);
            log.LogInformation("Plan {PlanId}: update to version {Version} started", request.PlanId, request.Version);
        }
        catch (Exception ex) when (InstanceStarts.IsAlreadyExists(ex))
        {
            // The same update sent twice at once: one workflow, started by the other request.
        }
    }

    static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Conflict(string title, string detail) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}

/// <summary>The answer to an update: the version it makes (202) or the current one when nothing changed (200).</summary>
public sealed record PlanUpdateAccepted(string PlanId, int Version, string VersionsUrl, bool Unchanged);

/// <summary>A plan's versions, oldest first.</summary>
public sealed record PlanVersions(string PlanId, int Current, IReadOnlyList<PlanVersionView> Versions);

/// <summary>One version: when it was made and what it changed (null and no lines for version 1).</summary>
public sealed record PlanVersionView(int Version, DateTimeOffset At, PlanChanges? Changes, IReadOnlyList<string> Summary);
