using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Delegation.Core.Email;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Delegation.Core.Workflow;
using Delegation.Core.Workflow.Activities;
using Delegation.Infrastructure.Email;
using Delegation.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Delegation.Core.Tests;

/// <summary>
/// A hire never learns the plan id: it opens the owner's whole plan (budget, scores, the pay assumed for the hire's own
/// role, the other hires). Their SOP links are sealed, their calendar's UIDs and their emails' headers carry the plan's alias.
/// </summary>
public sealed partial class DelegateLinksTests : IDisposable
{
    static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 5 + 1)).ToArray());
    readonly TempDirectory store = new();
    readonly TempDirectory outbox = new();

    public void Dispose()
    {
        store.Dispose();
        outbox.Dispose();
    }

    SigningKeys Keys() => new(Options.Create(new SecurityOptions { SigningKey = Key }), new LocalFolderDocumentStore(store.Path));

    [GeneratedRegex(@"https://delegation\.example/sops/([A-Za-z0-9_-]+)")]
    private static partial Regex SopLink();

    [Fact]
    public async Task SealedToken_HoldsNoReadablePlanId_AndVerifiesToItsPlanAndSubject()
    {
        var tokens = new LinkTokens(Keys());
        var planId = "0123456789abcdef0123456789abcdef";
        var subject = LinkTokens.Sop(Planning.SupportRole.VirtualAssistant, "t1");

        var token = await tokens.CreateSealedAsync(planId, subject, Samples.Now.AddDays(30));

        Assert.DoesNotContain('.', token);
        Assert.DoesNotContain(planId, Encoding.Latin1.GetString(Base64Url.DecodeFromChars(token)), StringComparison.Ordinal);
        var (check, claims) = await tokens.VerifyAsync(token, Samples.Now);
        Assert.Equal(TokenCheck.Valid, check);
        Assert.Equal(planId, claims!.PlanId);
        Assert.Equal((Planning.SupportRole.VirtualAssistant, "t1"), LinkTokens.SopOf(claims.Subject));
        // Rendered again (a retried email), the same link.
        Assert.Equal(token, await tokens.CreateSealedAsync(planId, subject, Samples.Now.AddDays(30)));
    }

    [Fact]
    public async Task SealedToken_Tampered_IsForged_AndPastItsExpiry_IsExpired()
    {
        var tokens = new LinkTokens(Keys());
        var token = await tokens.CreateSealedAsync("0123456789abcdef0123456789abcdef", LinkTokens.Sop(Planning.SupportRole.VirtualAssistant, "t1"), Samples.Now.AddDays(1));
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Equal(TokenCheck.Forged, (await tokens.VerifyAsync(tampered, Samples.Now)).Check);
        Assert.Equal(TokenCheck.Forged, (await tokens.VerifyAsync(token[..^2], Samples.Now)).Check);
        Assert.Equal(TokenCheck.Expired, (await tokens.VerifyAsync(token, Samples.Now.AddDays(2))).Check);
        // A token sealed under another key is not ours.
        var other = new LinkTokens(new SigningKeys(Options.Create(new SecurityOptions { SigningKey = Convert.ToBase64String(new byte[32]) }), new LocalFolderDocumentStore(store.Path)));
        Assert.Equal(TokenCheck.Forged, (await other.VerifyAsync(token, Samples.Now)).Check);
    }

    [Fact]
    public void SopSubject_OfAnotherKind_IsNotAnSopLink()
    {
        Assert.Null(LinkTokens.SopOf(LinkTokens.Owner));
        Assert.Null(LinkTokens.SopOf(LinkTokens.CheckIn("c1")));
        Assert.Null(LinkTokens.SopOf("sop:nobody:t1"));
    }

    [Fact]
    public async Task Alias_IsStable_AndIsNotThePlanId()
    {
        var aliases = new PlanAliases(Keys());

        var alias = await aliases.ForAsync("0123456789abcdef0123456789abcdef");

        Assert.Equal(alias, await aliases.ForAsync("0123456789abcdef0123456789abcdef"));
        Assert.NotEqual(alias, await aliases.ForAsync("0123456789abcdef0123456789abcdee"));
        Assert.Matches("^[0-9a-f]{32}$", alias);
        Assert.NotEqual("0123456789abcdef0123456789abcdef", alias);
    }

    [Fact]
    public async Task Welcome_ToTheHire_NoHeaderPartOrAttachmentHoldsThePlanId_AndItsSopLinksAreSealedForTheirRole()
    {
        // The review intake of a solo US practice: its VA's first tasks have SOPs, attached and linked.
        var (plan, phase1) = Samples.ComposePlan(ReviewIntakes.Load("solo-us"));
        var documents = new LocalFolderDocumentStore(store.Path);
        await new PlanStore(documents).SaveAsync(plan);
        foreach (var sop in phase1)
        {
            await new SopStore(documents).SaveAsync(plan.PlanId, sop.TaskId, _ => sop);
        }

        var role = plan.Tasks.First(t => t.Phase == 1 && t.Role is not null).Role!.Value;
        var (_, notices) = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(role, "Jo Lee", "jo@example.com")), Samples.Now);
        var welcome = Assert.Single(notices, n => n.ToDelegate);
        var keys = Keys();
        var tokens = new LinkTokens(keys);
        var sender = new OutboxEmailSender(
            Options.Create(new EmailOptions { OutboxPath = outbox.Path, FromAddress = "plans@delegation.example", FromName = "Delegation" }),
            NullLogger<OutboxEmailSender>.Instance);
        var send = new SendNotice(new PlanStore(documents), new SopStore(documents), new SopConfirmations(documents), tokens, new PlanAliases(keys), sender,
            Options.Create(new AppOptions { BaseUrl = new Uri("https://delegation.example/") }), TimeProvider.System);

        Assert.Equal(EmailSendOutcome.Sent, await send.RunAsync(welcome));

        var mime = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(outbox.Path, "*.eml")));
        var attachments = mime.Attachments.OfType<MimePart>().ToList();
        Assert.Contains(attachments, a => a.FileName!.StartsWith("SOP-", StringComparison.Ordinal));
        Assert.Contains(attachments, a => a.FileName == Calendar.CheckInCalendar.FileName);
        var decoded = string.Join("\n", attachments.Select(a =>
        {
            using var bytes = new MemoryStream();
            a.Content!.DecodeTo(bytes);
            return Encoding.UTF8.GetString(bytes.ToArray());
        }));
        var everything = string.Join("\n", mime.Headers.Select(h => h.ToString())) + mime.TextBody + mime.HtmlBody + decoded;
        Assert.DoesNotContain(plan.PlanId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/plans/", everything, StringComparison.Ordinal);

        var links = SopLink().Matches(mime.TextBody!).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(NoticeWriter.FirstPhaseTasks(plan, role).Count, links.Count);
        foreach (var link in links)
        {
            var (check, claims) = await tokens.VerifyAsync(link, DateTimeOffset.UtcNow);
            Assert.Equal(TokenCheck.Valid, check);
            Assert.Equal(plan.PlanId, claims!.PlanId);
            Assert.Equal(role, LinkTokens.SopOf(claims.Subject)!.Value.Role);
        }
    }
}
