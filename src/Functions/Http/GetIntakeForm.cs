using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Http;

/// <summary>GET <see cref="WebRoutes.IntakeForm"/>: the intake form at the site root.</summary>
public sealed class GetIntakeForm(WebPages pages)
{
    /// <summary>Answers 200 with the form's HTML and its security headers.</summary>
    [Function(nameof(GetIntakeForm))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.IntakeForm)] HttpRequest req) =>
        new ResultActionResult(pages.IntakeForm(req));
}
