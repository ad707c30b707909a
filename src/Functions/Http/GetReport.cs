using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.Report"/>: a plan's stored monthly report.</summary>
public sealed class GetReport(ReportsApi api)
{
    /// <summary>Answers 200 with the JSON (or HTML with <c>?format=html</c>), or 404.</summary>
    [Function(nameof(GetReport))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Report)] HttpRequest req,
        string planId,
        string month,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetReportAsync(planId, month, (string?)req.Query["format"], cancellationToken));
}
