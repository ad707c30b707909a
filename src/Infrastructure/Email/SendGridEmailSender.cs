using System.Net;
using Delegation.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// Sends through SendGrid's v3 API with the official client over the resilient <see cref="HttpClient"/>
/// (<see cref="SendGridResilience"/>). Each message is claimed first (<see cref="EmailClaims"/>), so an
/// activity retried or replayed after a successful send does not send again.
/// </summary>
public sealed class SendGridEmailSender(
    IHttpClientFactory http,
    EmailClaims claims,
    IOptions<SendGridOptions> sendGrid,
    IOptions<EmailOptions> options,
    ILogger<SendGridEmailSender> log) : IEmailSender
{
    /// <summary>The category every message carries, beside its purpose.</summary>
    public const string Category = "delegation";

    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!DocumentPath.IsSafeSegment(message.MessageId))
        {
            throw new ArgumentException($"Message id '{message.MessageId}' is not a plain identifier.", nameof(message));
        }

        var claim = await claims.TryClaimAsync(message.MessageId, sendGrid.Value.ClaimLease, cancellationToken);
        if (claim is null)
        {
            log.LogInformation("Message {MessageId} was sent before; not sending again", message.MessageId);
            return EmailSendOutcome.AlreadySent;
        }

        Response response;
        try
        {
            response = await Client().SendEmailAsync(ToSendGrid(message, options.Value), cancellationToken);
        }
        catch (Exception ex) when ((ex is HttpRequestException or TimeoutRejectedException) && !cancellationToken.IsCancellationRequested)
        {
            // The pipeline's retries are spent (or its total time is): say so, and let the workflow stop here.
            await claims.MarkFailedAsync(claim, ex.GetType().Name, CancellationToken.None);
            log.LogError(ex, "SendGrid unreachable for {MessageId} after every retry", message.MessageId);
            throw new EmailUnavailableException(message.MessageId, ex.Message, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            await RecordSentAsync(claim, message);
            return EmailSendOutcome.Sent;
        }

        var status = (int)response.StatusCode;
        var reason = SendGridErrors.Describe(await response.Body.ReadAsStringAsync(cancellationToken));
        await claims.MarkFailedAsync(claim, $"{status} {reason}", CancellationToken.None);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || status >= 500)
        {
            log.LogError("SendGrid still answered {Status} for {MessageId} after every retry: {Reason}", status, message.MessageId, reason);
            throw new EmailUnavailableException(message.MessageId, $"{status} {reason}");
        }

        // A 4xx is SendGrid saying this request will never work (bad address, key, sender): no retry anywhere.
        log.LogError("SendGrid rejected {MessageId} with {Status}: {Reason}", message.MessageId, status, reason);
        throw new EmailRejectedException(message.MessageId, status, reason);
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
        mail.AddCategories([Category, message.Purpose]);
        // Custom args come back on every SendGrid event (delivered, bounced), so a webhook can find the plan and the send.
        mail.AddCustomArgs(new Dictionary<string, string>
        {
            ["planId"] = message.PlanId,
            ["purpose"] = message.Purpose,
            ["messageId"] = message.MessageId,
        });
        mail.AddHeader(MimeMessages.MessageIdHeader, message.VisibleId);
        foreach (var a in message.Attachments)
        {
            mail.AddAttachment(a.FileName, Convert.ToBase64String(a.Content), a.ContentType, "attachment");
        }

        return mail;
    }

    async Task RecordSentAsync(EmailClaims.Claim claim, EmailMessage message)
    {
        try
        {
            // Not the caller's token: the message is out, the record of it must be written even during shutdown.
            await claims.MarkSentAsync(claim, CancellationToken.None);
            log.LogInformation("Sent {MessageId} ({Purpose}) through SendGrid, attempt {Attempt}", message.MessageId, message.Purpose, claim.Attempt);
        }
#pragma warning disable CA1031 // Any storage failure here: the email did go out, so the send must not be reported as failed (a retry would duplicate it).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogError(ex, "Sent {MessageId} but could not record it; a re-run after the claim lease would send it again", message.MessageId);
        }
    }

    SendGridClient Client()
    {
        var o = sendGrid.Value;
        var clientOptions = new SendGridClientOptions { ApiKey = o.ApiKey };
        if (!string.IsNullOrWhiteSpace(o.Host))
        {
            clientOptions.Host = o.Host;
        }

        // A client per send over the factory's pooled handler, so DNS changes and handler rotation apply.
        return new SendGridClient(http.CreateClient(SendGridResilience.ClientName), clientOptions);
    }
}
