using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="SendPlanUpdateEmail"/>.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Version">The version the email is about.</param>
/// <param name="ReachedBefore">The phase the rollout had reached when the update came.</param>
/// <param name="Told">The hires written to about their changed work.</param>
/// <param name="At">When the version was made: the manage link's lifetime counts from it, so a retry writes the same bytes.</param>
public sealed record PlanUpdateEmail(string PlanId, int Version, int ReachedBefore, IReadOnlyList<string> Told, DateTimeOffset At);

/// <summary>Stage of an update: the owner's one "updated plan" email, at most once per plan and version.</summary>
public sealed class SendPlanUpdateEmail(
    PlanVersionStore versions,
    CalendarStore calendars,
    LinkTokens tokens,
    IEmailSender email,
    IOptions<AppOptions> app,
    ILogger<SendPlanUpdateEmail> log) : IWorkflowActivity<PlanUpdateEmail, EmailSendOutcome>
{
    /// <inheritdoc />
    public async Task<EmailSendOutcome> RunAsync(PlanUpdateEmail input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await versions.GetPlanAsync(input.PlanId, input.Version, cancellationToken)
            ?? throw new InvalidOperationException($"Version {input.Version} of plan {input.PlanId} is not kept.");
        var record = (await versions.ListAsync(input.PlanId, cancellationToken)).FirstOrDefault(v => v.Version == input.Version)
            ?? throw new InvalidOperationException($"Version {input.Version} of plan {input.PlanId} is not recorded.");
        var calendar = plan.Calendar is null ? null : (await calendars.GetAsync(plan.PlanId, cancellationToken))?.Content;
        var manage = plan.SupportMix.Count == 0 ? null
            : new Uri(app.Value.BaseUrl, $"plans/{plan.PlanId}/manage?token={await tokens.CreateAsync(plan.PlanId, LinkTokens.Owner, input.At + SendNotice.OwnerLinkLifetime)}");
        var message = PlanUpdateEmailWriter.Write(plan, record.Changes!, input.ReachedBefore, input.Told, calendar, app.Value.BaseUrl, manage);
        var outcome = await email.SendAsync(message, cancellationToken);
        log.LogInformation("Plan {PlanId} update email {MessageId}: {Outcome}", plan.PlanId, message.MessageId, outcome);
        return outcome;
    }
}
