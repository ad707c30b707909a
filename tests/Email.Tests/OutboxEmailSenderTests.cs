using Delegation.Core.Ports;
using Delegation.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Delegation.Email.Tests;

/// <summary>The embedded outbox keeps the SendGrid sender's semantics: one file per message id, ever.</summary>
public sealed class OutboxEmailSenderTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("delegation-outbox-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    OutboxEmailSender Sender() => new(Options.Create(new EmailOptions { OutboxPath = folder }), NullLogger<OutboxEmailSender>.Instance);

    [Fact]
    public async Task Send_ConcurrentSameId_WritesOneWholeFile()
    {
        var message = Messages.Plan();

        // Separate sender instances, as separate activity executions would have.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Sender().SendAsync(message))));

        Assert.Single(outcomes, o => o == EmailSendOutcome.Sent);
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(message.MessageId + ".eml", Path.GetFileName(file));
        var mime = await MimeMessage.LoadAsync(file);
        Assert.Equal(message.MessageId, mime.Headers[MimeMessages.MessageIdHeader]);
        Assert.Equal(message.Subject, mime.Subject);
        Assert.Single(mime.Attachments);
    }

    [Fact]
    public async Task Send_Again_IsAlreadySentAndLeavesTheFile()
    {
        var message = Messages.Plan();
        await Sender().SendAsync(message);
        var written = await File.ReadAllBytesAsync(Path.Combine(folder, message.MessageId + ".eml"));

        var again = await Sender().SendAsync(message with { Subject = "changed" });

        Assert.Equal(EmailSendOutcome.AlreadySent, again);
        Assert.Equal(written, await File.ReadAllBytesAsync(Path.Combine(folder, message.MessageId + ".eml")));
    }

    [Fact]
    public async Task Send_UnsafeMessageId_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sender().SendAsync(Messages.Plan() with { MessageId = "../escape" }));
    }
}
