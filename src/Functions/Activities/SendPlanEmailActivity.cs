using Delegation.Core.Ports;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="SendPlanEmail"/> stage as a Functions activity.</summary>
public sealed class SendPlanEmailActivity(SendPlanEmail activity)
{
    /// <summary>Emails the stored plan; the sender refuses a message it already delivered, so a retry never sends twice.</summary>
    [Function(nameof(SendPlanEmail))]
    public Task<EmailSendOutcome> RunAsync([ActivityTrigger] string input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
