using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Http;

/// <summary>PUT <see cref="ApiRoutes.PlanIntake"/>: the owner's update of the plan (owner token in <c>?token=</c>).</summary>
public sealed class UpdatePlan(PlanUpdateApi api)
{
    /// <summary>Answers 202 (the update starts), 200 (the same intake as the current version), or a problem (400, 403, 404, 409, 410).</summary>
    [Function(nameof(UpdatePlan))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.PlanIntake)] HttpRequest req,
        string planId, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.UpdateAsync(planId, req.Query["token"], req, client, cancellationToken));
}

/// <summary>GET <see cref="ApiRoutes.PlanIntake"/>: the current intake for the update form (owner token in <c>?token=</c>); changes nothing.</summary>
public sealed class GetPlanIntake(PlanUpdateApi api)
{
    /// <summary>Answers the intake as the form takes it, or a problem (403, 404, 410).</summary>
    [Function(nameof(GetPlanIntake))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.PlanIntake)] HttpRequest req,
        string planId, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetIntakeAsync(planId, req.Query["token"], client, cancellationToken));
}

/// <summary>GET <see cref="ApiRoutes.PlanVersions"/>: each version's date and what it changed.</summary>
public sealed class GetPlanVersions(PlanUpdateApi api)
{
    /// <summary>Answers the versions, or 404.</summary>
    [Function(nameof(GetPlanVersions))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.PlanVersions)] HttpRequest req,
        string planId, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetVersionsAsync(planId, cancellationToken));
}
