using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.DelegateSop"/>: the SOP behind a hire's sealed link, in its current version.</summary>
public sealed class GetDelegateSop(PlanApi api)
{
    /// <summary>Answers 200 with the SOP page, or a problem (403 forged, 410 expired or no longer the hire's, 404).</summary>
    [Function(nameof(GetDelegateSop))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.DelegateSop)] HttpRequest req,
        string token,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetDelegateSopAsync(token, cancellationToken));
}
