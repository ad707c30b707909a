using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.Health"/>: liveness.</summary>
public static class GetHealth
{
    /// <summary>Answers 200 while the worker runs.</summary>
    [Function(nameof(GetHealth))]
    public static IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest req) =>
        new ResultActionResult(PlanApi.Health());
}
