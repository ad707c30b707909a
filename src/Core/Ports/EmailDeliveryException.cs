namespace Delegation.Core.Ports;

/// <summary>
/// The email transport did not take a message and retrying the activity would not help: either the
/// transport refused it (<see cref="EmailRejectedException"/>) or it stayed unavailable through the
/// sender's own bounded retries (<see cref="EmailUnavailableException"/>). The workflow's retry policy
/// does not retry this family, so transport retries happen at one layer only.
/// </summary>
public abstract class EmailDeliveryException : Exception
{
    /// <summary>Creates the exception for message <paramref name="messageId"/>.</summary>
    protected EmailDeliveryException(string messageId, string message, Exception? innerException = null)
        : base(message, innerException) => MessageId = messageId;

    /// <summary>The deterministic id of the message that was not delivered.</summary>
    public string MessageId { get; }
}

/// <summary>The transport answered with a permanent error (a 4xx other than 429): a bad address, a bad key.</summary>
public sealed class EmailRejectedException(string messageId, int statusCode, string reason)
    : EmailDeliveryException(messageId, $"The email transport rejected message {messageId} ({statusCode}): {reason}")
{
    /// <summary>The HTTP status the transport answered with.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The transport's own explanation (e.g. SendGrid's error messages and fields).</summary>
    public string Reason { get; } = reason;
}

/// <summary>The transport stayed rate-limited, failing or silent through every bounded retry.</summary>
public sealed class EmailUnavailableException(string messageId, string reason, Exception? innerException = null)
    : EmailDeliveryException(messageId, $"The email transport was unavailable for message {messageId}: {reason}", innerException);
