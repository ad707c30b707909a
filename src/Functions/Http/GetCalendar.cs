using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.Calendar"/>: the plan's check-ins as an iCalendar file.</summary>
public sealed class GetCalendar(PlanApi api)
{
    /// <summary>Answers 200 with the <c>.ics</c>, or 404.</summary>
    [Function(nameof(GetCalendar))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Calendar)] HttpRequest req,
        string planId,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetCalendarAsync(planId, cancellationToken));
}
