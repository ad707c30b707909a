using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="SendNotice"/> stage as a Functions activity.</summary>
public sealed class SendNoticeActivity(SendNotice activity)
{
    /// <summary>Sends one rollout email, at most once per message id.</summary>
    [Function(nameof(SendNotice))]
    public Task<EmailSendOutcome> RunAsync([ActivityTrigger] RolloutNotice input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
