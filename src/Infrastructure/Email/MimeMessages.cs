using Delegation.Core.Ports;
using MimeKit;

namespace Delegation.Infrastructure.Email;

/// <summary>Builds the RFC 5322 form of a message: text and HTML alternatives, attachments kept.</summary>
public static class MimeMessages
{
    /// <summary>Header carrying the deterministic message id (a hire's: its visible form), so each file says which send it was.</summary>
    public const string MessageIdHeader = "X-Delegation-Message-Id";

    /// <summary>Creates the MIME message for <paramref name="message"/> from <paramref name="from"/>.</summary>
    public static MimeMessage Create(EmailMessage message, EmailOptions from)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(from);

        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(from.FromName, from.FromAddress));
        mime.To.Add(new MailboxAddress(message.To.Name, message.To.Email));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.VisibleId}@delegation";
        mime.Headers.Add(MessageIdHeader, message.VisibleId);
        mime.Headers.Add("X-Delegation-Purpose", message.Purpose);

        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        foreach (var a in message.Attachments)
        {
            var part = (MimePart)body.Attachments.Add(a.FileName, a.Content, ContentType.Parse(a.ContentType));
            // Base64 keeps the bytes as written: an .ics needs its CRLF line ends, which a text encoding would rewrite.
            part.ContentTransferEncoding = ContentEncoding.Base64;
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
