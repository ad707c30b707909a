using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Http;

/// <summary>POST <see cref="ApiRoutes.Intake"/>: validates an intake and starts its plan once.</summary>
public sealed class SubmitIntake(PlanApi api)
{
    /// <summary>Answers 202 with the plan's address, or a problem.</summary>
    [Function(nameof(SubmitIntake))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Intake)] HttpRequest req,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await api.SubmitIntakeAsync(req, client, cancellationToken));
}
