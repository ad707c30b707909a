using Microsoft.AspNetCore.Http;

namespace Delegation.Api;

/// <summary>RFC 9457 problem details for every refusal, so clients and the web form read errors one way.</summary>
public static class Problems
{
    /// <summary>400 with the fields at fault and why.</summary>
    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The intake has errors.", detail: "Correct the fields listed in errors and send it again.");

    /// <summary>404: nothing to say about whether the id ever existed.</summary>
    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.");

    /// <summary>413: the body is larger than an intake can be.</summary>
    public static IResult TooLarge(int limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
            detail: $"An intake is at most {limit / 1024} KB.");

    /// <summary>415: only JSON is read.</summary>
    public static IResult UnsupportedMediaType() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the intake as application/json.");

    /// <summary>429: this client sent too many requests; <paramref name="retryAfterSeconds"/> also goes in <c>Retry-After</c>.</summary>
    public static IResult TooManyRequests(int retryAfterSeconds) =>
        TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many intakes from this address.",
            detail: $"Try again in {retryAfterSeconds} seconds.");

    /// <summary>
    /// 503 while the workflow engine is starting or stopping: nothing was started, and the same
    /// request sent again after <paramref name="retryAfterSeconds"/> (also in <c>Retry-After</c>) will be taken.
    /// </summary>
    public static IResult Unavailable(int retryAfterSeconds) =>
        new WithRetryAfter(
            TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is starting or stopping.",
                detail: $"Nothing was started. Send the request again in {retryAfterSeconds} seconds."),
            retryAfterSeconds);

    /// <summary>500 that says nothing of the exception: its text stays in the log, never in a response.</summary>
    public static IResult Unexpected() =>
        TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Something went wrong on our side.",
            detail: "The error is logged. Try again in a minute.");

    sealed class WithRetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
