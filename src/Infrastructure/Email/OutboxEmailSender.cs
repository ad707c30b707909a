using Delegation.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// The embedded default: each message becomes <c>{outbox}/{messageId}.eml</c> (its id also in the
/// <c>X-Delegation-Message-Id</c> header), written once and only ever seen whole. The message is written
/// to a hidden temporary file, then given its name with a call that fails when the name exists
/// (<see cref="ExclusiveName"/>): of two concurrent sends of one id exactly one lands, and a reader
/// never opens a file that is still being written, which an exclusive create alone allowed.
/// </summary>
public sealed class OutboxEmailSender(IOptions<EmailOptions> options, ILogger<OutboxEmailSender> log) : IEmailSender
{
    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!DocumentPath.IsSafeSegment(message.MessageId))
        {
            throw new ArgumentException($"Message id '{message.MessageId}' is not a plain identifier.", nameof(message));
        }

        var folder = Path.GetFullPath(options.Value.OutboxPath);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, message.MessageId + ".eml");
        if (File.Exists(target))
        {
            return EmailSendOutcome.AlreadySent;
        }

        using var rendered = new MemoryStream();
        await MimeMessages.Create(message, options.Value).WriteToAsync(rendered, cancellationToken);

        var temporary = Path.Combine(folder, $".{message.MessageId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                // Not the caller's token: once the message lands it is the record of the send, so it must be whole.
                await file.WriteAsync(rendered.GetBuffer().AsMemory(0, (int)rendered.Length), CancellationToken.None);
                await file.FlushAsync(CancellationToken.None);
            }

            if (!ExclusiveName.TryGive(temporary, target))
            {
                return EmailSendOutcome.AlreadySent;
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        log.LogInformation("Wrote {MessageId} ({Purpose}) to the outbox", message.MessageId, message.Purpose);
        return EmailSendOutcome.Sent;
    }
}
