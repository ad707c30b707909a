using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Delegation.Core.Ports;

namespace Delegation.Core.Calendar;

/// <summary>
/// Keeps a plan's check-in calendar: every version under <c>plans/{planId}/checkins/v{n}.ics</c>
/// (create-only), the current one at <c>plans/{planId}/checkins.ics</c>, and <c>checkins/latest.json</c>
/// naming the version and its content hash. Unchanged content keeps its version (and SEQUENCE).
/// </summary>
public sealed class CalendarStore(IDocumentStore documents)
{
    sealed record Latest(int Version, string Hash);

    /// <summary>Stores what <paramref name="render"/> writes for a SEQUENCE number, unless it equals the latest.</summary>
    /// <returns>The version now current (1 first; its SEQUENCE is one less).</returns>
    public Task<int> SaveAsync(string planId, Func<int, string> render, CancellationToken cancellationToken = default) =>
        SaveAsync(planId, render, null, cancellationToken);

    /// <summary>Stores what <paramref name="render"/> writes for a SEQUENCE number, unless it equals the latest.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="render">Writes the calendar for a SEQUENCE number.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <param name="sentSequence">The highest SEQUENCE of these events already sent outside this store (a hire's welcome carries
    /// its series at 0); a new version goes above it, or calendar apps would keep the copy they have.</param>
    /// <returns>The version now current (1 first; its SEQUENCE is one less).</returns>
    public async Task<int> SaveAsync(string planId, Func<int, string> render, int? sentSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        var folder = Folder(planId);
        var pointer = await documents.GetAsync($"{folder}/latest.json", cancellationToken);
        var latest = pointer is null ? null : JsonSerializer.Deserialize<Latest>(pointer.Content);

        // SEQUENCE is in the file, so compare content rendered with a fixed one.
        var first = Encoding.UTF8.GetBytes(render(0));
        var hash = Convert.ToHexStringLower(SHA256.HashData(first));
        if (latest is not null && latest.Hash == hash)
        {
            return latest.Version;
        }

        var version = Math.Max((latest?.Version ?? 0) + 1, (sentSequence ?? -1) + 2);
        // The first version's SEQUENCE is the fixed one: render again only for a later version.
        var content = version == 1 ? first : Encoding.UTF8.GetBytes(render(version - 1));
        // Create-only history; a retry finds its own write. The pointer goes last, so a retry after a
        // partial write redoes the copy rather than trusting it.
        await documents.TryCreateAsync($"{folder}/v{version}.ics", content, CheckInCalendar.ContentType, cancellationToken);
        await documents.PutAsync(CurrentPath(planId), content, CheckInCalendar.ContentType, cancellationToken);
        await documents.PutAsync($"{folder}/latest.json", JsonSerializer.SerializeToUtf8Bytes(new Latest(version, hash)), "application/json", cancellationToken);
        return version;
    }

    /// <summary>The current calendar of the plan, or null when none was written.</summary>
    public Task<StoredDocument?> GetAsync(string planId, CancellationToken cancellationToken = default) =>
        documents.GetAsync(CurrentPath(planId), cancellationToken);

    static string CurrentPath(string planId) => $"plans/{Checked(planId)}/checkins.ics";

    static string Folder(string planId) => $"plans/{Checked(planId)}/checkins";

    static string Checked(string planId) => DocumentPath.IsSafeSegment(planId)
        ? planId
        : throw new ArgumentException("Plan ids must be plain identifiers.", nameof(planId));
}
