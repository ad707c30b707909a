using System.Globalization;
using System.Threading.RateLimiting;
using Delegation.Api;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Delegation.Standalone.Hosting;

/// <summary>Settings of the intake rate limit, bound from <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Intakes one client address may post per minute; the web form needs one, a retrying client a few.</summary>
    public int IntakePermitsPerMinute { get; set; } = 30;
}

/// <summary>
/// A per-client limit on <c>POST /api/intake</c>: every accepted intake starts a pipeline and sends an
/// email, so one address may not start them without bound. Partitioned by the remote IP (behind a
/// reverse proxy, configure forwarded headers first, or every client shares the proxy's address).
/// </summary>
internal static class IntakeRateLimiting
{
    public const string Policy = "intake";

    public static WebApplicationBuilder AddIntakeRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section)
            .Validate(o => o.IntakePermitsPerMinute > 0, "RateLimiting:IntakePermitsPerMinute must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.IntakePermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.TooManyRequests(seconds).ExecuteAsync(rejected.HttpContext);
            };
        });
        return builder;
    }
}
