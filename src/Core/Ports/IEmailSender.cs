namespace Delegation.Core.Ports;

/// <summary>An address and the name shown with it.</summary>
public sealed record EmailAddress(string Email, string Name);

/// <summary>A file sent with an email.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content)
{
    /// <summary>An HTML document, its charset declared so "·" or "é" never arrives as "��".</summary>
    /// <param name="fileName">The file name the reader sees.</param>
    /// <param name="content">UTF-8 bytes.</param>
    public static EmailAttachment Html(string fileName, byte[] content) => new(fileName, "text/html; charset=utf-8", content);
}

/// <summary>
/// One email. <see cref="MessageId"/> is deterministic (plan, purpose, sequence) so a retried
/// activity sends the same message, which the sender then refuses to deliver twice.
/// <see cref="HeaderId"/> is what the recipient's copy shows in its headers, when that must differ: a hire's email
/// names the plan by its alias, never by the plan id that opens the owner's plan.
/// </summary>
public sealed record EmailMessage(
    string MessageId,
    string PlanId,
    string Purpose,
    EmailAddress To,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<EmailAttachment> Attachments,
    string? HeaderId = null)
{
    /// <summary>The id the message's headers carry (<c>Message-ID</c>, <c>X-Delegation-Message-Id</c>).</summary>
    public string VisibleId => HeaderId ?? MessageId;
}

/// <summary>What happened to a send request.</summary>
public enum EmailSendOutcome
{
    /// <summary>Handed to the transport now.</summary>
    Sent,
    /// <summary>The same message id was delivered before; nothing was sent again.</summary>
    AlreadySent,
}

/// <summary>Delivers email: SendGrid in production, an outbox folder of .eml files by default.</summary>
public interface IEmailSender
{
    /// <summary>Sends <paramref name="message"/> at most once per <see cref="EmailMessage.MessageId"/>.</summary>
    Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
