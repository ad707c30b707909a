using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.AdminReportsRun"/>: where a month's reports run is; the host checks the function key.</summary>
public sealed class GetReportsRun
{
    /// <summary>Answers 200 with the run's status and summary, or 404.</summary>
    [Function(nameof(GetReportsRun))]
    public static async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.AdminReportsRun)] HttpRequest req,
        string month,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await ReportsApi.GetRunAsync(month, client, cancellationToken));
}
