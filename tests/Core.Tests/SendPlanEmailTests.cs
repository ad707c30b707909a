using System.Web;
using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
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
/// The plan email's manage link: signed when the email is built, never stored, valid for the owner of this plan,
/// and the same on every attempt, so a retried activity writes the message it would have written the first time.
/// </summary>
public sealed class SendPlanEmailTests : IDisposable
{
    static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
    readonly TempDirectory store = new();
    readonly TempDirectory firstOutbox = new();
    readonly TempDirectory retryOutbox = new();

    public void Dispose()
    {
        store.Dispose();
        firstOutbox.Dispose();
        retryOutbox.Dispose();
    }

    LinkTokens Tokens() => new(new SigningKeys(Options.Create(new SecurityOptions { SigningKey = Key }), new LocalFolderDocumentStore(store.Path)));

    SendPlanEmail Activity(string outbox)
    {
        var documents = new LocalFolderDocumentStore(store.Path);
        var sender = new OutboxEmailSender(
            Options.Create(new EmailOptions { OutboxPath = outbox, FromAddress = "plans@delegation.example", FromName = "Delegation" }),
            NullLogger<OutboxEmailSender>.Instance);
        return new SendPlanEmail(new PlanStore(documents), new SopStore(documents), new CalendarStore(documents), Tokens(), sender,
            Options.Create(new AppOptions { BaseUrl = new Uri("https://delegation.example/") }), NullLogger<SendPlanEmail>.Instance);
    }

    async Task<Plan> StoreAsync(Intake.Intake intake)
    {
        var (plan, phase1) = Samples.ComposePlan(intake);
        var documents = new LocalFolderDocumentStore(store.Path);
        await new PlanStore(documents).SaveAsync(plan);
        foreach (var sop in phase1)
        {
            await new SopStore(documents).SaveAsync(plan.PlanId, sop.TaskId, _ => sop);
        }

        return plan;
    }

    static async Task<MimeMessage> OnlyMessageAsync(string outbox) =>
        await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(outbox, "*.eml")));

    [Fact]
    public async Task PlanThatEngagesARole_CarriesAnOwnerLinkForThisPlan_TheSameOnARetry()
    {
        var plan = await StoreAsync(Samples.IntakeOf(Samples.MixedTasks()));
        Assert.NotEmpty(plan.SupportMix);

        Assert.Equal(EmailSendOutcome.Sent, await Activity(firstOutbox.Path).RunAsync(plan.PlanId));
        // The same outbox refuses the message id: one email, however often the activity runs.
        Assert.Equal(EmailSendOutcome.AlreadySent, await Activity(firstOutbox.Path).RunAsync(plan.PlanId));
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a token that read the clock would change with the second
        Assert.Equal(EmailSendOutcome.Sent, await Activity(retryOutbox.Path).RunAsync(plan.PlanId));

        var first = await OnlyMessageAsync(firstOutbox.Path);
        var retry = await OnlyMessageAsync(retryOutbox.Path);
        Assert.Equal(first.TextBody, retry.TextBody);
        Assert.Equal(first.HtmlBody, retry.HtmlBody);
        var line = Assert.Single(first.TextBody!.Split('\n'), l => l.StartsWith($"- {PlanEmailContent.ManageLead}: ", StringComparison.Ordinal));
        var link = new Uri(line[$"- {PlanEmailContent.ManageLead}: ".Length..]);
        Assert.Equal($"/plans/{plan.PlanId}/manage", link.AbsolutePath);
        var (check, claims) = await Tokens().VerifyAsync(HttpUtility.ParseQueryString(link.Query)["token"], DateTimeOffset.UtcNow);
        Assert.Equal(TokenCheck.Valid, check);
        Assert.Equal(plan.PlanId, claims!.PlanId);
        Assert.Equal(LinkTokens.Owner, claims.Subject);
        Assert.Equal((plan.CreatedAt + SendNotice.OwnerLinkLifetime).ToUnixTimeSeconds(), claims.ExpiresAt.ToUnixTimeSeconds());
        Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(link.ToString())}\"", first.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanThatEngagesNoRole_HasNoManageLink()
    {
        var plan = await StoreAsync(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 3m)], budget: 0m));
        Assert.Empty(plan.SupportMix);

        await Activity(firstOutbox.Path).RunAsync(plan.PlanId);

        var message = await OnlyMessageAsync(firstOutbox.Path);
        Assert.DoesNotContain(PlanEmailContent.ManageLead, message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/manage?token=", message.HtmlBody, StringComparison.Ordinal);
    }
}
