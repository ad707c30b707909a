using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="WebRoutes.PlanPage"/>: the page that shows a plan's progress and the plan.</summary>
public sealed class GetPlanPage(WebPages pages)
{
    /// <summary>Answers 200 with the page (404 for a malformed id).</summary>
    [Function(nameof(GetPlanPage))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.PlanPage)] HttpRequest req,
        string planId) =>
        new ResultActionResult(pages.PlanPage(planId, req));
}
