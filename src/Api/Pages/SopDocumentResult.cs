using Microsoft.AspNetCore.Http;

namespace Delegation.Api.Pages;

/// <summary>
/// A stored SOP page served behind a hire's link, with the headers of every token page. The SOP is a standalone
/// document whose only styles are inline (it is also an email attachment, and mail clients drop style sheets), so
/// its policy allows inline styles and nothing else: no script, no frame, no form, nothing fetched.
/// </summary>
public sealed class SopDocumentResult(byte[] html) : IResult
{
    /// <summary>Content-Security-Policy of a served SOP.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        // The token is the whole secret: no referrer carries it anywhere, and no cache keeps it.
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        return response.Body.WriteAsync(html, httpContext.RequestAborted).AsTask();
    }
}
