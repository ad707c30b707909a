using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.HiringKit"/>: a role's latest hiring kit, HTML or (<c>?format=md</c>) Markdown.</summary>
public sealed class GetHiringKit(PlanApi api)
{
    /// <summary>Answers 200 with the kit, or 404 for an unknown role or one the plan does not engage.</summary>
    [Function(nameof(GetHiringKit))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.HiringKit)] HttpRequest req,
        string planId,
        string role,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(req);
        // A repeated ?format= joins into one value that PlanApi refuses, rather than one being picked silently.
        var format = (string?)req.Query["format"];
        return new ResultActionResult(await api.GetHiringKitAsync(planId, role, format, cancellationToken));
    }
}
