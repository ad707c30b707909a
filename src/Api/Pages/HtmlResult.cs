using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Delegation.Api.Pages;

/// <summary>An HTML page with the security headers every page carries: no inline script, no framing, no referrer.</summary>
public sealed class HtmlResult(string title, string body, int statusCode = StatusCodes.Status200OK) : IResult
{
    /// <summary>Content-Security-Policy of every page: scripts and styles only from this origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Encodes user text for HTML.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Delegation</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><header class="site"><p class="brand"><a href="/">Delegation</a></p></header>
            <main id="main"><h1>{E(title)}</h1>
            {body}
            </main></body></html>
            """;
        return response.WriteAsync(html, Encoding.UTF8);
    }
}
