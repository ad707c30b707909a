using System.Text.Json;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Stage of every rollout cycle: publish the rollout's state beside the plan.</summary>
public sealed class SaveRollout(IDocumentStore documents) : IWorkflowActivity<RolloutSnapshot, bool>
{
    /// <inheritdoc />
    public async Task<bool> RunAsync(RolloutSnapshot input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await documents.PutAsync(RolloutSnapshot.PathOf(input.PlanId), JsonSerializer.SerializeToUtf8Bytes(input, PlanJson.Options), "application/json", cancellationToken);
        return true;
    }
}
