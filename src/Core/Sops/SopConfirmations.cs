using System.Text.Json;
using System.Text.Json.Serialization;
using Delegation.Core.Plans;
using Delegation.Core.Ports;

namespace Delegation.Core.Sops;

/// <summary>What last said an SOP is right.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SopConfirmedBy>))]
public enum SopConfirmedBy
{
    /// <summary>Its first version was written: a new SOP counts as right the day it is written.</summary>
    Written,
    /// <summary>The owner approved a change proposed at a check-in.</summary>
    Change,
    /// <summary>A check-in recorded that the SOPs of the role's tasks are still right.</summary>
    CheckIn,
    /// <summary>The owner confirmed it on its review page.</summary>
    Owner,
}

/// <summary>When an SOP was last confirmed as right, and by what.</summary>
/// <param name="At">The instant (real time, as the monthly reports count days).</param>
/// <param name="By">What confirmed it.</param>
public sealed record SopConfirmation(DateTimeOffset At, SopConfirmedBy By);

/// <summary>
/// Each SOP's last confirmation, kept beside its versions as <c>plans/{planId}/sops/{taskId}/confirmed.json</c>.
/// Writes keep the later of the stored and the new instant, so a retried activity or API call (which brings the same
/// or an earlier instant) changes nothing, and the first version's record is create-only.
/// </summary>
public sealed class SopConfirmations(IDocumentStore documents)
{
    /// <summary>Records that the SOP's first version was written at <paramref name="at"/>, unless it has a confirmation already.</summary>
    public Task<bool> WrittenAsync(string planId, string taskId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        documents.TryCreateAsync(PathOf(planId, taskId), Serialize(new SopConfirmation(at, SopConfirmedBy.Written)), "application/json", cancellationToken);

    /// <summary>Records a confirmation; one no later than the stored one changes nothing.</summary>
    public async Task ConfirmAsync(string planId, string taskId, SopConfirmation confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var stored = await LastAsync(planId, taskId, cancellationToken);
        if (stored is null || stored.At < confirmation.At)
        {
            await documents.PutAsync(PathOf(planId, taskId), Serialize(confirmation), "application/json", cancellationToken);
        }
    }

    /// <summary>The SOP's last confirmation, or null when none was recorded (plans made before they were kept).</summary>
    public async Task<SopConfirmation?> LastAsync(string planId, string taskId, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync(PathOf(planId, taskId), cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<SopConfirmation>(doc.Content, PlanJson.Options);
    }

    /// <summary>The last confirmation of each of <paramref name="taskIds"/> that has one.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastOfAsync(string planId, IEnumerable<string> taskIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(taskIds);
        var found = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var taskId in taskIds.Distinct(StringComparer.Ordinal))
        {
            if (await LastAsync(planId, taskId, cancellationToken) is { } last)
            {
                found[taskId] = last.At;
            }
        }

        return found;
    }

    static byte[] Serialize(SopConfirmation c) => JsonSerializer.SerializeToUtf8Bytes(c, PlanJson.Options);

    static string PathOf(string planId, string taskId) => DocumentPath.IsSafeSegment(planId) && DocumentPath.IsSafeSegment(taskId)
        ? $"plans/{planId}/sops/{taskId}/confirmed.json"
        : throw new ArgumentException("Plan and task ids must be plain identifiers.");
}
