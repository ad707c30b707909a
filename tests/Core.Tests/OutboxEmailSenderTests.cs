using System.Text;
using Delegation.Core.Ports;
using Delegation.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Delegation.Core.Tests;

public sealed class OutboxEmailSenderTests : IDisposable
{
    readonly TempDirectory outbox = new();
    readonly OutboxEmailSender sender;

    public OutboxEmailSenderTests() =>
        sender = new OutboxEmailSender(
            Options.Create(new EmailOptions { OutboxPath = outbox.Path, FromAddress = "plans@delegation.example", FromName = "Delegation" }),
            NullLogger<OutboxEmailSender>.Instance);

    public void Dispose() => outbox.Dispose();

    static EmailMessage Message(string id = "p1-plan-1", string text = "Plain words & more") => new(
        MessageId: id,
        PlanId: "p1",
        Purpose: "plan",
        To: new EmailAddress("ana@example.com", "Ana Ruiz"),
        Subject: "Your delegation plan for Calm Harbor Counseling",
        Html: "<p>Hello <strong>Ana</strong></p>",
        Text: text,
        Attachments:
        [
            new EmailAttachment("SOP-t1.html", "text/html", Encoding.UTF8.GetBytes("<h1>SOP: Scheduling</h1>")),
            new EmailAttachment("SOP-t2.html", "text/html", Encoding.UTF8.GetBytes("<h1>SOP: Claims</h1>")),
        ]);

    [Fact]
    public async Task Send_WritesOneEmlThatMimeKitReadsBack()
    {
        var outcome = await sender.SendAsync(Message());

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        Assert.Equal(["p1-plan-1.eml"], outbox.Files());
        using var mime = await MimeMessage.LoadAsync(Path.Combine(outbox.Path, "p1-plan-1.eml"));
        Assert.Equal("Your delegation plan for Calm Harbor Counseling", mime.Subject);
        Assert.Equal("ana@example.com", mime.To.Mailboxes.Single().Address);
        Assert.Equal("plans@delegation.example", mime.From.Mailboxes.Single().Address);
        Assert.Equal("p1-plan-1", mime.Headers[MimeMessages.MessageIdHeader]);
        Assert.Equal("p1-plan-1@delegation", mime.MessageId);

        var mixed = Assert.IsType<Multipart>(mime.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Equal("Plain words & more", parts[0].Text.TrimEnd());
        Assert.Equal("<p>Hello <strong>Ana</strong></p>", parts[1].Text.TrimEnd());
    }

    [Fact]
    public async Task Send_KeepsEveryAttachment()
    {
        await sender.SendAsync(Message());

        using var mime = await MimeMessage.LoadAsync(Path.Combine(outbox.Path, "p1-plan-1.eml"));
        var attachments = mime.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(["SOP-t1.html", "SOP-t2.html"], attachments.Select(a => a.FileName));
        Assert.All(attachments, a => Assert.Equal("text/html", a.ContentType.MimeType));
        using var content = new MemoryStream();
        await attachments[1].Content!.DecodeToAsync(content);
        Assert.Equal("<h1>SOP: Claims</h1>", Encoding.UTF8.GetString(content.ToArray()));
    }

    [Fact]
    public async Task Send_SameIdAgain_IsAlreadySentAndLeavesTheFileAlone()
    {
        await sender.SendAsync(Message());
        var path = Path.Combine(outbox.Path, "p1-plan-1.eml");
        var before = await File.ReadAllBytesAsync(path);

        var outcome = await sender.SendAsync(Message(text: "A changed retry"));

        Assert.Equal(EmailSendOutcome.AlreadySent, outcome);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal(["p1-plan-1.eml"], outbox.Files());
    }

    [Fact]
    public async Task Send_AnotherId_WritesAnotherFile()
    {
        await sender.SendAsync(Message("p1-plan-1"));

        var outcome = await sender.SendAsync(Message("p1-reminder-1"));

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        Assert.Equal(["p1-plan-1.eml", "p1-reminder-1.eml"], outbox.Files());
    }

    [Fact]
    public async Task Send_SameIdFromEightTasksAtOnce_SendsExactlyOnce()
    {
        for (var round = 0; round < 100; round++)
        {
            var id = $"p1-race-{round}";
            // Dedicated threads released together: pool threads would trickle in one by one and never race.
            using var start = new Barrier(8);
            var sends = Enumerable.Range(0, 8).Select(i => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return sender.SendAsync(Message(id, $"writer {i}")).GetAwaiter().GetResult();
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToList();

            var outcomes = await Task.WhenAll(sends);

            Assert.Single(outcomes, o => o == EmailSendOutcome.Sent);
        }

        Assert.Equal(100, outbox.Files().Count);
    }

    [Fact]
    public async Task Send_WhileSomeoneReadsTheOutbox_ShowsOnlyWholeMessages()
    {
        // A reader polling as the messages land: each .eml it can see must already parse in full.
        using var done = new CancellationTokenSource();
        var seen = 0;
        var reader = Task.Factory.StartNew(
            () =>
            {
                while (!done.IsCancellationRequested)
                {
                    foreach (var file in Directory.Exists(outbox.Path) ? Directory.GetFiles(outbox.Path, "*.eml") : [])
                    {
                        using var message = MimeMessage.Load(file);
                        Assert.Equal(2, message.Attachments.Count());
                        seen++;
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        for (var i = 0; i < 200; i++)
        {
            await sender.SendAsync(Message($"p1-whole-{i}"));
        }

        await done.CancelAsync();
        await reader;
        Assert.True(seen > 0);
        Assert.Equal(200, outbox.Files().Count);
        Assert.DoesNotContain(Directory.GetFiles(outbox.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task Send_MessageIdThatIsNotAPlainIdentifier_IsRefused(string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(Message(id)));

        Assert.Empty(outbox.Files());
    }
}
