using System.Text;
using Delegation.Core.Email;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Stage of the rollout: send one reminder, follow-up or phase email, at most once per message id.</summary>
public sealed class SendNotice(
    PlanStore plans,
    SopStore sops,
    LinkTokens tokens,
    IEmailSender email,
    IOptions<AppOptions> app,
    TimeProvider time) : IWorkflowActivity<RolloutNotice, EmailSendOutcome>
{
    /// <summary>How long owner links (register, pause, resume) stay valid.</summary>
    public static readonly TimeSpan OwnerLinkLifetime = TimeSpan.FromDays(365);

    /// <inheritdoc />
    public async Task<EmailSendOutcome> RunAsync(RolloutNotice input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await plans.GetAsync(input.PlanId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {input.PlanId} is not stored.");

        var link = input.Kind switch
        {
            NoticeKind.CheckInReminder or NoticeKind.FollowUp when input.CheckInId is not null =>
                Url($"checkins/{await tokens.CreateAsync(plan.PlanId, LinkTokens.CheckIn(input.CheckInId), input.LinkExpiresAt ?? time.GetUtcNow().AddDays(14))}"),
            NoticeKind.HireReminder or NoticeKind.PausedForMisses =>
                Url($"plans/{plan.PlanId}/manage?token={await tokens.CreateAsync(plan.PlanId, LinkTokens.Owner, time.GetUtcNow() + OwnerLinkLifetime)}"),
            _ => null,
        };

        var attachments = new List<EmailAttachment>();
        if (input.Kind == NoticeKind.PhaseStarted)
        {
            foreach (var task in plan.Tasks.Where(t => t.Phase == input.Phase && (!input.ToDelegate || t.Role == input.Role)))
            {
                var html = await sops.GetLatestAsync(plan.PlanId, task.TaskId, "html", cancellationToken);
                if (html is not null)
                {
                    attachments.Add(new EmailAttachment($"SOP-{task.TaskId}.html", "text/html", html.Content));
                }
            }
        }

        return await email.SendAsync(NoticeWriter.Write(input, plan, link, attachments), cancellationToken);
    }

    string Url(string relative) => new Uri(app.Value.BaseUrl, relative).ToString();
}
