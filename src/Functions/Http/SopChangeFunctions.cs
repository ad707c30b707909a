using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.SopChangeApi"/>: an SOP change waiting for review, as JSON; changes nothing.</summary>
public sealed class GetSopChange(RolloutApi api)
{
    /// <summary>Answers the proposal and the SOP's current steps, or a problem (403 forged, 410 expired or decided).</summary>
    [Function(nameof(GetSopChange))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.SopChangeApi)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetSopChangeAsync(token, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.SopChangeApi"/>: the owner's decision, as JSON.</summary>
public sealed class DecideSopChange(RolloutApi api)
{
    /// <summary>Answers 202, or a problem (400 bad field, 403 forged, 410 expired or already decided).</summary>
    [Function(nameof(DecideSopChange))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.SopChangeApi)] HttpRequest req,
        string token, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.DecideSopChangeAsync(token, req, client, html: false, cancellationToken));
}

/// <summary>GET <see cref="ApiRoutes.SopChangePage"/>: the review page; changes nothing.</summary>
public sealed class SopChangePage(RolloutApi api)
{
    /// <summary>Answers the page, or a refusal page.</summary>
    [Function(nameof(SopChangePage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.SopChangePage)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.SopChangePageAsync(token, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.SopChangePage"/>: the review page's decision form.</summary>
public sealed class SubmitSopChange(RolloutApi api)
{
    /// <summary>Answers a confirmation page, or a refusal page.</summary>
    [Function(nameof(SubmitSopChange))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.SopChangePage)] HttpRequest req,
        string token, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.DecideSopChangeAsync(token, req, client, html: true, cancellationToken));
}
