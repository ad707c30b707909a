using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="ApiRoutes.SopReviewApi"/>: an SOP and when it was last confirmed, as JSON; changes nothing.</summary>
public sealed class GetSopReview(SopReviewApi api)
{
    /// <summary>Answers the SOP's steps and last confirmation, or a problem (403 forged, 410 expired or cancelled).</summary>
    [Function(nameof(GetSopReview))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.SopReviewApi)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.GetAsync(token, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.SopReviewApi"/>: the owner confirms the SOP is still right, as JSON.</summary>
public sealed class ConfirmSopReview(SopReviewApi api)
{
    /// <summary>Answers 200 with the new confirmation, or a problem (400 bad field, 403 forged, 410 expired).</summary>
    [Function(nameof(ConfirmSopReview))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.SopReviewApi)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.ConfirmAsync(token, req, html: false, cancellationToken));
}

/// <summary>GET <see cref="ApiRoutes.SopReviewPage"/>: the review page; changes nothing.</summary>
public sealed class SopReviewPage(SopReviewApi api)
{
    /// <summary>Answers the page, or a refusal page.</summary>
    [Function(nameof(SopReviewPage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.SopReviewPage)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.PageAsync(token, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.SopReviewPage"/>: the review page's confirmation form.</summary>
public sealed class SubmitSopReview(SopReviewApi api)
{
    /// <summary>Answers a confirmation page, or a refusal page.</summary>
    [Function(nameof(SubmitSopReview))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.SopReviewPage)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.ConfirmAsync(token, req, html: true, cancellationToken));
}
