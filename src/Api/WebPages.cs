using Delegation.Core.Plans;
using Microsoft.AspNetCore.Http;

namespace Delegation.Api;

/// <summary>
/// The web pages' behaviour, shared by both hosts: the intake form, the plan page and their assets,
/// each with the same security and caching headers whichever host answers.
/// </summary>
public sealed class WebPages(WebAssets assets)
{
    /// <summary>GET /: the intake form.</summary>
    public IResult IntakeForm(HttpRequest request) => new WebFileResult(assets.Page("index.html"), request, WebFileResult.Kind.Page);

    /// <summary>
    /// GET /plans/{planId}: the plan page, which loads the plan itself. A malformed id still gets the
    /// page (it says the plan was not found) but with a 404 status.
    /// </summary>
    public IResult PlanPage(string planId, HttpRequest request) =>
        new WebFileResult(assets.Page("plan.html"), request, WebFileResult.Kind.Page,
            PlanIds.IsWellFormed(planId) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);

    /// <summary>GET /assets/{file}: a stylesheet or script, cached for a year when asked for by its hash.</summary>
    public IResult Asset(string file, HttpRequest request) =>
        assets.Asset(file) is { } asset ? new WebFileResult(asset, request, WebFileResult.Kind.Asset) : Problems.NotFound("File");
}
