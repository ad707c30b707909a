using Delegation.Api;
using Delegation.Standalone.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Delegation.Standalone.Endpoints;

/// <summary>
/// Keeps requests that need the workflow engine away from it while it is starting or stopping
/// (503 with <c>Retry-After</c>, nothing started), and keeps exception text out of every response.
/// </summary>
internal static class ReadinessGate
{
    public static void UseReadinessGate(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<EngineReadiness>();
        var publicPort = app.Services.GetRequiredService<IOptions<StandaloneOptions>>().Value.Port;

        // Outermost, in every environment: the developer exception page would show a stack trace.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusOf,
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var result = error switch
                {
                    not null when EngineReadiness.IsEngineUnavailable(error) => Problems.Unavailable(EngineReadiness.RetryAfterSeconds),
                    // A malformed or oversized request is the client's: keep the 4xx the server chose.
                    BadHttpRequestException bad => TypedResults.Problem(statusCode: bad.StatusCode, title: "The request could not be read."),
                    _ => Problems.Unexpected(),
                };
                return result.ExecuteAsync(context);
            },
        });

        app.Use((context, next) =>
        {
            // The sidecar's own gRPC port is the engine itself; only the public port is gated.
            if (readiness.IsReady || context.Connection.LocalPort != publicPort || !NeedsEngine(context.Request))
            {
                return next(context);
            }

            return Problems.Unavailable(EngineReadiness.RetryAfterSeconds).ExecuteAsync(context);
        });
    }

    static int StatusOf(Exception e) => e switch
    {
        _ when EngineReadiness.IsEngineUnavailable(e) => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    // Every API call (health included, which answers 200 only when ready) and every form post;
    // the pages and their assets are served from disk and need no engine.
    static bool NeedsEngine(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
}
