using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Delegation.Api;

/// <summary>Writes an embedded file with its security and caching headers; answers 304 to a matching ETag.</summary>
public sealed class WebFileResult(WebAsset file, HttpRequest request, WebFileResult.Kind kind, int statusCode = StatusCodes.Status200OK) : IResult
{
    /// <summary>
    /// No inline script or style anywhere, nothing from another origin, no framing, no posting elsewhere:
    /// the pages render user text, so a slip in encoding still cannot run script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>What is being served decides the caching.</summary>
    public enum Kind
    {
        /// <summary>An HTML page: always revalidated, so a deployment shows at once.</summary>
        Page,
        /// <summary>A stylesheet or script: immutable when requested with its hash.</summary>
        Asset,
    }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var headers = httpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (kind == Kind.Page)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.CacheControl = "no-cache";
        }
        else
        {
            var versioned = string.Equals(request.Query["v"], file.Hash, StringComparison.Ordinal);
            headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "no-cache";
        }

        headers.ETag = file.ETag;
        if (statusCode == StatusCodes.Status200OK && IsNotModified(request))
        {
            httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = file.ContentType;
        httpContext.Response.ContentLength = file.Content.Length;
        await httpContext.Response.Body.WriteAsync(file.Content, httpContext.RequestAborted);
    }

    bool IsNotModified(HttpRequest req) =>
        req.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(file.ETag, StringComparison.Ordinal));
}
