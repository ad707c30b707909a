using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.Sop"/>: a task's latest SOP, HTML or (<c>?format=md</c>) Markdown.</summary>
public sealed class GetSop(PlanApi api)
{
    /// <summary>Answers 200 with the document, or 404.</summary>
    [Function(nameof(GetSop))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Sop)] HttpRequest req,
        string planId,
        string taskId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(req);
        // A repeated ?format= joins into one value that PlanApi refuses, rather than one being picked silently.
        var format = (string?)req.Query["format"];
        return new ResultActionResult(await api.GetSopAsync(planId, taskId, format, cancellationToken));
    }
}
