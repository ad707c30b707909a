using Delegation.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// The embedded default: each message becomes <c>{outbox}/{messageId}.eml</c> (its id also in the
/// <c>X-Delegation-Message-Id</c> header), written once. The file is its own claim: it is created with
/// <see cref="FileMode.CreateNew"/> (O_CREAT|O_EXCL, atomic between threads and processes, unlike
/// <c>File.Move(overwrite: false)</c>, which on Unix checks and then renames), so of two concurrent sends
/// of one id exactly one writes. The message is rendered in memory first and written in one call, which
/// keeps the window in which a reader could see a partial file as short as the write itself.
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

        FileStream file;
        try
        {
            file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(target))
        {
            return EmailSendOutcome.AlreadySent;
        }

        await using (file)
        {
            // Not the caller's token: once the file exists it is the record of the send, so it must be whole.
            await file.WriteAsync(rendered.GetBuffer().AsMemory(0, (int)rendered.Length), CancellationToken.None);
            await file.FlushAsync(CancellationToken.None);
        }

        log.LogInformation("Wrote {MessageId} ({Purpose}) to the outbox", message.MessageId, message.Purpose);
        return EmailSendOutcome.Sent;
    }
}
