namespace Delegation.Email.Tests.StandIn;

/// <summary>What the stand-in answers to one valid mail-send request.</summary>
public abstract record StandInReply
{
    /// <summary>202, as SendGrid answers a send it has taken; the message counts as delivered.</summary>
    public static StandInReply Accepted { get; } = new AcceptedReply(TimeSpan.Zero);

    /// <summary>202 after <paramref name="delay"/>, to keep a request in flight.</summary>
    public static StandInReply AcceptedAfter(TimeSpan delay) => new AcceptedReply(delay);

    /// <summary>429 with <c>X-RateLimit-Reset</c> (epoch seconds) <paramref name="resetIn"/> from now.</summary>
    public static StandInReply RateLimited(TimeSpan resetIn) => new RateLimitedReply(resetIn, UseRetryAfter: false);

    /// <summary>429 with <c>Retry-After</c> in seconds.</summary>
    public static StandInReply RetryAfter(TimeSpan wait) => new RateLimitedReply(wait, UseRetryAfter: true);

    /// <summary>500, SendGrid having a bad minute.</summary>
    public static StandInReply ServerError { get; } = new StatusReply(500, "Internal server error", null);

    /// <summary>400 with SendGrid's error body.</summary>
    public static StandInReply BadRequest(string message, string field) => new StatusReply(400, message, field);

    /// <summary>Never answers; the client must time out.</summary>
    public static StandInReply Hang { get; } = new HangReply();

    internal sealed record AcceptedReply(TimeSpan Delay) : StandInReply;

    internal sealed record RateLimitedReply(TimeSpan Wait, bool UseRetryAfter) : StandInReply;

    internal sealed record StatusReply(int Status, string Message, string? Field) : StandInReply;

    internal sealed record HangReply : StandInReply;
}
