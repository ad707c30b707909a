using System.Text.Json;
using Delegation.Core.Ports;

namespace Delegation.Core.Plans;

/// <summary>Reads and writes plan documents (<c>plans/{planId}/plan.json</c>).</summary>
public sealed class PlanStore(IDocumentStore documents)
{
    /// <summary>Stores <paramref name="plan"/>, replacing the previous copy.</summary>
    public Task SaveAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return documents.PutAsync(PlanJson.PlanPath(plan.PlanId), JsonSerializer.SerializeToUtf8Bytes(plan, PlanJson.Options), "application/json", cancellationToken);
    }

    /// <summary>The stored plan, or null when it has not been written yet.</summary>
    public async Task<Plan?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync(PlanJson.PlanPath(planId), cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<Plan>(doc.Content, PlanJson.Options);
    }
}
