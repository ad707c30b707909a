using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// The one layer that retries SendGrid: a Polly pipeline on the SendGrid <see cref="HttpClient"/>.
/// 429 waits for the reset SendGrid names (bounded by <see cref="SendGridOptions.MaxRateLimitWait"/>);
/// 5xx, 408, timeouts and connection failures back off exponentially with jitter; any other 4xx
/// returns at once. Attempts are bounded by <see cref="SendGridOptions.MaxRetries"/> and, with every
/// wait, by <see cref="SendGridOptions.TotalTimeout"/>. The Durable retry policy of the email stage
/// does not retry what this pipeline gave up on (see <c>DelegationPlan.EmailRetry</c>), so the worst
/// case is MaxRetries + 1 requests per message.
/// </summary>
public static class SendGridResilience
{
    /// <summary>The named <see cref="HttpClient"/> the SendGrid client is built on.</summary>
    public const string ClientName = "SendGrid";

    /// <summary>Registers the SendGrid client and its pipeline; settings come from <see cref="SendGridOptions"/>.</summary>
    public static IHttpResiliencePipelineBuilder AddSendGridHttpClient(this IServiceCollection services) =>
        services
            // The pipeline owns every time limit; HttpClient's own 100 s would cut across its retries.
            .AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("sendgrid", (pipeline, context) => Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<SendGridOptions>>().Value,
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SendGridResilience)),
                context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System));

    /// <summary>Total timeout, then retry, then a timeout per attempt (outermost first).</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, SendGridOptions options, ILogger log, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);

        pipeline.TimeProvider = time;
        pipeline
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, options, time)),
                // 429: SendGrid says when the window resets; backing off blindly would just be refused again.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } r ? RateLimitWait(r, time.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    log.LogWarning("SendGrid attempt {Attempt} failed ({Outcome}); retrying in {Delay}",
                        args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout);
    }

    /// <summary>
    /// How long SendGrid asks us to wait after a 429: <c>Retry-After</c> if given, else until
    /// <c>X-RateLimit-Reset</c> (epoch seconds); null when it names neither.
    /// </summary>
    public static TimeSpan? RateLimitWait(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.RetryAfter is RetryConditionHeaderValue retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                return Positive(date - now);
            }
        }

        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var epoch))
        {
            return Positive(DateTimeOffset.FromUnixTimeSeconds(epoch) - now);
        }

        return null;
    }

    /// <summary>True for the faults worth another request: 408, 429 (if the wait is acceptable), 5xx, timeouts, connection failures.</summary>
    static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, SendGridOptions options, TimeProvider time) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { StatusCode: HttpStatusCode.TooManyRequests } r } => (RateLimitWait(r, time.GetUtcNow()) ?? TimeSpan.Zero) <= options.MaxRateLimitWait,
        { Result: { StatusCode: HttpStatusCode.RequestTimeout } } => true,
        { Result: { } r } => (int)r.StatusCode >= 500,
        _ => false,
    };

    static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : outcome.Exception?.GetType().Name ?? "?";

    static TimeSpan Positive(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;
}
