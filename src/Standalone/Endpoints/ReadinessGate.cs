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
            StatusCodeSelector = e => EngineReadiness.IsEngineUnavailable(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var result = error is not null && EngineReadiness.IsEngineUnavailable(error)
                    ? Problems.Unavailable(EngineReadiness.RetryAfterSeconds)
                    : Problems.Unexpected();
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

    // Every API call (health included, which answers 200 only when ready) and every form post;
    // the pages and their assets are served from disk and need no engine.
    static bool NeedsEngine(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
}
