using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.Plan"/>: the stored plan, or where its workflow is.</summary>
public sealed class GetPlan(PlanApi api)
{
    /// <summary>Answers 200 with the plan or its progress, or 404.</summary>
    [Function(nameof(GetPlan))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Plan)] HttpRequest req,
        string planId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetPlanAsync(planId, client, cancellationToken));
}
