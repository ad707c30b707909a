using System.Text.Json;
using Delegation.Core.Plans;
using Delegation.Core.Ports;

namespace Delegation.Core.Rollout;

/// <summary>Reads the published rollout snapshot of a plan.</summary>
public sealed class RolloutStore(IDocumentStore documents)
{
    /// <summary>The snapshot, or null before the rollout has started.</summary>
    public async Task<RolloutSnapshot?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync(RolloutSnapshot.PathOf(planId), cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<RolloutSnapshot>(doc.Content, PlanJson.Options);
    }

    /// <summary>Marks a check-in link as used; false if it already was. Create-only, so two clicks cannot both win.</summary>
    public Task<bool> TryUseCheckInAsync(string planId, string checkInId, CancellationToken cancellationToken = default) =>
        documents.TryCreateAsync($"plans/{planId}/checkins/{checkInId.ToLowerInvariant()}.used", "used"u8.ToArray(), "text/plain", cancellationToken);
}
