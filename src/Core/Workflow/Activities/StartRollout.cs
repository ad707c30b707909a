using Delegation.Core.Rollout;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Delegation.Core.Workflow.Activities;

/// <summary>
/// Stage: start the plan's rollout as its own orchestration (<c>{planId}-rollout</c>). A top-level
/// instance rather than a sub-orchestration: it outlives the planning workflow, and the gRPC sidecar
/// used by the standalone host cannot hand a sub-orchestration's start to the Azure Storage provider.
/// Idempotent: the instance id is fixed and an existing instance is left alone.
/// </summary>
public sealed class StartRollout
{
    /// <summary>Schedules the rollout unless it already exists; returns its instance id.</summary>
    public async Task<string> RunAsync(RolloutState input, DurableTaskClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(client);
        var instanceId = PlanRollout.InstanceId(input.PlanId);
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return instanceId;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(PlanRollout), input,
                new StartOrchestrationOptions(instanceId).WithDedupeStatuses([.. InstanceStarts.NeverReplace]), cancellationToken);
        }
        catch (Exception ex) when (InstanceStarts.IsAlreadyExists(ex))
        {
            // A retried activity whose first attempt did start it: nothing more to do.
        }

        return instanceId;
    }
}
