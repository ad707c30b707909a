using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Http;

/// <summary>POST <see cref="ApiRoutes.AdminReports"/>: run a month's reports on demand; the host checks the function key.</summary>
public sealed class RunReports(ReportsApi api)
{
    /// <summary>Answers 202 with the run's instance id, or 400 naming <c>month</c>.</summary>
    [Function(nameof(RunReports))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.AdminReports)] HttpRequest req,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await api.StartAsync((string?)req.Query["month"], client, cancellationToken));
}
