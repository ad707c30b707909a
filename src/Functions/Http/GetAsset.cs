using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="WebRoutes.Asset"/>: the pages' stylesheet and script.</summary>
public sealed class GetAsset(WebPages pages)
{
    /// <summary>Answers 200 (or 304) with the file, or 404.</summary>
    [Function(nameof(GetAsset))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Asset)] HttpRequest req,
        string file) =>
        new ResultActionResult(pages.Asset(file, req));
}
