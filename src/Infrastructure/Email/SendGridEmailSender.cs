using System.Text;
using System.Text.Json;
using Delegation.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// Sends through SendGrid's v3 API with the official client. Before sending it claims the message
/// id with a create-only marker (<c>emails/{id}.json</c>: pending, then sent), so an activity that
/// is retried after a successful send does not send again.
/// </summary>
public sealed class SendGridEmailSender(
    ISendGridClient client,
    IDocumentStore documents,
    IOptions<EmailOptions> options,
    ILogger<SendGridEmailSender> log) : IEmailSender
{
    sealed record Claim(string State, DateTimeOffset At);

    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var marker = $"emails/{message.MessageId.ToLowerInvariant()}.json";
        var claimed = await documents.TryCreateAsync(marker, Serialize("pending"), "application/json", cancellationToken);
        if (!claimed)
        {
            var existing = await documents.GetAsync(marker, cancellationToken);
            if (existing is not null && JsonSerializer.Deserialize<Claim>(existing.Content)?.State == "sent")
            {
                return EmailSendOutcome.AlreadySent;
            }
            // Pending: an earlier attempt claimed it and failed before confirming; sending again is the retry.
        }

        var response = await client.SendEmailAsync(ToSendGrid(message, options.Value), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Body.ReadAsStringAsync(cancellationToken);
            log.LogWarning("SendGrid refused {MessageId}: {Status} {Body}", message.MessageId, (int)response.StatusCode, body);
            throw new HttpRequestException($"SendGrid answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }

        await documents.PutAsync(marker, Serialize("sent"), "application/json", cancellationToken);
        log.LogInformation("Sent {MessageId} ({Purpose}) through SendGrid", message.MessageId, message.Purpose);
        return EmailSendOutcome.Sent;
    }

    /// <summary>The SendGrid form of <paramref name="message"/>: both content types, attachments base64, tracing tags.</summary>
    public static SendGridMessage ToSendGrid(EmailMessage message, EmailOptions from)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(from);

        var mail = new SendGridMessage
        {
            From = new SendGrid.Helpers.Mail.EmailAddress(from.FromAddress, from.FromName),
            Subject = message.Subject,
            PlainTextContent = message.Text,
            HtmlContent = message.Html,
        };
        mail.AddTo(new SendGrid.Helpers.Mail.EmailAddress(message.To.Email, message.To.Name));
        mail.AddCategory(message.Purpose);
        mail.AddCustomArg("planId", message.PlanId);
        mail.AddCustomArg("messageId", message.MessageId);
        foreach (var a in message.Attachments)
        {
            mail.AddAttachment(a.FileName, Convert.ToBase64String(a.Content), a.ContentType);
        }

        return mail;
    }

    static byte[] Serialize(string state) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Claim(state, DateTimeOffset.UtcNow)));
}
