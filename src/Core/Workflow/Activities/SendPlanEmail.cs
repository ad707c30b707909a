using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Workflow.Activities;

/// <summary>
/// Stage: email the stored plan to the owner. Takes only the plan id so history stays small;
/// the sender refuses a message id it has delivered before, so a retry never sends twice.
/// A plan that engages a role carries the owner's manage link, to register the hire: its token is signed here,
/// never stored, and expires a fixed time after the plan was made, so a retry writes the same bytes.
/// </summary>
public sealed class SendPlanEmail(
    PlanStore plans,
    SopStore sops,
    CalendarStore calendars,
    LinkTokens tokens,
    IEmailSender email,
    IOptions<AppOptions> app,
    ILogger<SendPlanEmail> log) : IWorkflowActivity<string, EmailSendOutcome>
{
    /// <inheritdoc />
    public async Task<EmailSendOutcome> RunAsync(string input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(input, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {input} is not stored; SavePlan must run first.");

        var phase1 = new List<Sop>();
        foreach (var task in plan.Tasks.Where(t => t.Phase == 1))
        {
            var html = await sops.GetLatestAsync(plan.PlanId, task.TaskId, "html", cancellationToken)
                ?? throw new InvalidOperationException($"SOP for {task.TaskId} of plan {plan.PlanId} is missing.");
            var title = plan.Sops.FirstOrDefault(s => s.TaskId == task.TaskId)?.Title ?? task.Name;
            phase1.Add(new Sop(task.TaskId, title, "", System.Text.Encoding.UTF8.GetString(html.Content)));
        }

        var calendar = plan.Calendar is null ? null
            : await calendars.GetAsync(plan.PlanId, cancellationToken)
              ?? throw new InvalidOperationException($"Check-in calendar of plan {plan.PlanId} is missing.");
        // Expiry from the plan's own timestamp, not the clock: the token, and so the message, is the same on every attempt.
        var manage = plan.SupportMix.Count == 0 ? null
            : new Uri(app.Value.BaseUrl, $"plans/{plan.PlanId}/manage?token={await tokens.CreateAsync(plan.PlanId, LinkTokens.Owner, plan.CreatedAt + SendNotice.OwnerLinkLifetime)}");
        var message = PlanEmailWriter.Write(plan, phase1, calendar?.Content, app.Value.BaseUrl, manage);
        var outcome = await email.SendAsync(message, cancellationToken);
        log.LogInformation("Plan {PlanId} email {MessageId}: {Outcome}", plan.PlanId, message.MessageId, outcome);
        return outcome;
    }
}
