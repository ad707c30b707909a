using Delegation.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// The embedded default: each message becomes <c>{outbox}/{messageId}.eml</c>, created only once,
/// so a retried activity finds its message already written and sends nothing new.
/// </summary>
public sealed class OutboxEmailSender(IOptions<EmailOptions> options, ILogger<OutboxEmailSender> log) : IEmailSender
{
    // File.Move without overwrite is not atomic on Unix: it checks that the target is absent, then renames,
    // and rename replaces. One lock per process makes check and rename one step for every sender in it.
    static readonly Lock MoveGate = new();

    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Core.Ports.DocumentPath.IsSafeSegment(message.MessageId))
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

        var temp = Path.Combine(folder, "." + message.MessageId + "." + Guid.NewGuid().ToString("N") + ".tmp");
        await MimeMessages.Create(message, options.Value).WriteToAsync(temp, cancellationToken);
        try
        {
            lock (MoveGate)
            {
                File.Move(temp, target, overwrite: false);
            }
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(temp);
            return EmailSendOutcome.AlreadySent;
        }

        log.LogInformation("Wrote {MessageId} ({Purpose}) to the outbox", message.MessageId, message.Purpose);
        return EmailSendOutcome.Sent;
    }
}
