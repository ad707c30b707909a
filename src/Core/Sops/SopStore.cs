using Delegation.Core.Documents;
using Delegation.Core.Ports;

namespace Delegation.Core.Sops;

/// <summary>
/// Keeps SOPs as versioned documents: <c>plans/{planId}/sops/{taskId}/v{n}.md</c> and <c>.html</c>,
/// with <c>latest.json</c> naming the newest version and its content hash. An unchanged SOP
/// keeps its version, so retries and regenerations do not pile up copies.
/// </summary>
public sealed class SopStore(IDocumentStore documents)
{
    readonly VersionedDocuments versions = new(documents);

    /// <summary>Stores the SOP <paramref name="render"/> produces for a version number, unless the same content is already the latest.</summary>
    /// <returns>The version now current and its title.</returns>
    public Task<(int Version, string Title)> SaveAsync(string planId, string taskId, Func<int, Sop> render, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        return versions.SaveAsync(Folder(planId, taskId), v => Content(render(v)), cancellationToken);
    }

    /// <summary>Reads the latest SOP in the given format ("md" or "html"), or null when there is none.</summary>
    public Task<StoredDocument?> GetLatestAsync(string planId, string taskId, string format, CancellationToken cancellationToken = default) =>
        versions.GetLatestAsync(Folder(planId, taskId), format, cancellationToken);

    static VersionedContent Content(Sop sop) => new(sop.Title, sop.Markdown, sop.Html);

    static string Folder(string planId, string taskId)
    {
        if (!DocumentPath.IsSafeSegment(planId) || !DocumentPath.IsSafeSegment(taskId))
        {
            throw new ArgumentException("Plan and task ids must be plain identifiers.");
        }

        return $"plans/{planId}/sops/{taskId}";
    }
}
