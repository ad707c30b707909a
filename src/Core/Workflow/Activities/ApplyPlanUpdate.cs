using Delegation.Core.Rollout;
using Microsoft.DurableTask.Client;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="ApplyPlanUpdate"/>: the plan and its new shape.</summary>
public sealed record RolloutUpdate(string PlanId, RolloutShape Shape);

/// <summary>
/// Stage of an update: tell the plan's rollout its new shape, as one <see cref="PlanEventKind.PlanUpdated"/> event with a
/// fixed id, raised again until the published snapshot lists it as applied (an event raised while the rollout continues as
/// new can be lost; the rollout applies each id once). An event, not a restart, so hires, phases and check-ins go on.
/// </summary>
public sealed class ApplyPlanUpdate(RolloutStore rollouts, TimeProvider time)
{
    // Waits between looks at the snapshot; the rollout usually applies an event within the first.
    static readonly TimeSpan[] Waits = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2),
        TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8)];

    /// <summary>Raises the update and waits for the rollout to apply it; returns the names of the hires it wrote to.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(RolloutUpdate input, DurableTaskClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(client);
        var id = $"planupdate-v{input.Shape.Version}";
        var e = new PlanEvent(PlanEventKind.PlanUpdated, Id: id, Shape: input.Shape);
        var instance = PlanRollout.InstanceId(input.PlanId);
        var told = input.Shape.Roles.Where(r => r.Change is not null).Select(r => r.Role).ToHashSet();
        foreach (var wait in Waits.Prepend(TimeSpan.Zero))
        {
            var snapshot = await rollouts.GetAsync(input.PlanId, cancellationToken);
            if (snapshot?.Applied?.Contains(id, StringComparer.Ordinal) == true)
            {
                // Hires whose work changed were written to as the event was applied; the snapshot names them.
                return [.. snapshot.Roles.Where(r => r.Filled && told.Contains(r.Role)).Select(r => r.DelegateName!)];
            }

            // Cancelled meanwhile: the rollout is over and takes no event; the stored plan is the owner's record.
            if (snapshot?.Status == Plans.PlanStatus.Cancelled)
            {
                return [];
            }

            await client.RaiseEventAsync(instance, PlanEvents.Name, e, cancellationToken);
            await Task.Delay(wait == TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : wait, time, cancellationToken);
        }

        // The activity's retry raises it again later: the rollout may be busy, and applies the id once whenever it arrives.
        throw new TimeoutException($"The rollout of plan {input.PlanId} has not applied update {id} yet.");
    }
}
