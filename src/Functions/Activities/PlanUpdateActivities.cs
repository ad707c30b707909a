using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="LoadPlanUpdate"/> stage as a Functions activity.</summary>
public sealed class LoadPlanUpdateActivity(LoadPlanUpdate activity)
{
    /// <summary>Reads where the plan and its rollout stand.</summary>
    [Function(nameof(LoadPlanUpdate))]
    public Task<PlanUpdateBasis> RunAsync([ActivityTrigger] PlanUpdateRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}

/// <summary>The <see cref="SavePlanUpdate"/> stage as a Functions activity.</summary>
public sealed class SavePlanUpdateActivity(SavePlanUpdate activity)
{
    /// <summary>Records the version and stores the plan; create-only records make a retry harmless.</summary>
    [Function(nameof(SavePlanUpdate))]
    public Task<RolloutShape> RunAsync([ActivityTrigger] PlanUpdateRecord input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}

/// <summary>The <see cref="ApplyPlanUpdate"/> stage as a Functions activity, with the Durable client bound in.</summary>
public sealed class ApplyPlanUpdateActivity(ApplyPlanUpdate activity)
{
    /// <summary>Raises the update to the rollout until it is applied.</summary>
    [Function(nameof(ApplyPlanUpdate))]
    public Task<IReadOnlyList<string>> RunAsync([ActivityTrigger] RolloutUpdate input, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        activity.RunAsync(input, client, cancellationToken);
}

/// <summary>The <see cref="SendPlanUpdateEmail"/> stage as a Functions activity.</summary>
public sealed class SendPlanUpdateEmailActivity(SendPlanUpdateEmail activity)
{
    /// <summary>Sends the owner's updated-plan email once.</summary>
    [Function(nameof(SendPlanUpdateEmail))]
    public Task<EmailSendOutcome> RunAsync([ActivityTrigger] PlanUpdateEmail input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
