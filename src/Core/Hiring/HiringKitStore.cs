using Delegation.Core.Documents;
using Delegation.Core.Planning;
using Delegation.Core.Ports;

namespace Delegation.Core.Hiring;

/// <summary>
/// Keeps hiring kits beside the SOPs, versioned the same way: <c>plans/{planId}/hiring/{slug}/v{n}.md</c> and
/// <c>.html</c>, with <c>latest.json</c> naming the newest version and its content hash. An unchanged kit
/// keeps its version, so a retried activity writes nothing new.
/// </summary>
public sealed class HiringKitStore(IDocumentStore documents)
{
    readonly VersionedDocuments versions = new(documents);

    /// <summary>Stores the kit <paramref name="render"/> produces for a version number, unless the same content is already the latest.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="role">The role the kit hires for.</param>
    /// <param name="render">Renders the kit with a version number printed in it.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <returns>The version now current and its title.</returns>
    public Task<(int Version, string Title)> SaveAsync(string planId, SupportRole role, Func<int, HiringKit> render, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        return versions.SaveAsync(Folder(planId, role), v => Content(render(v)), cancellationToken);
    }

    /// <summary>Reads the latest kit in the given format ("md" or "html"), or null when the plan has none for the role.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="role">The role.</param>
    /// <param name="format">"md" or "html".</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<StoredDocument?> GetLatestAsync(string planId, SupportRole role, string format, CancellationToken cancellationToken = default) =>
        versions.GetLatestAsync(Folder(planId, role), format, cancellationToken);

    static VersionedContent Content(HiringKit kit) => new(kit.Title, kit.Markdown, kit.Html);

    static string Folder(string planId, SupportRole role) =>
        DocumentPath.IsSafeSegment(planId)
            ? $"plans/{planId}/hiring/{HiringRoles.Slug(role)}"
            : throw new ArgumentException("Plan ids must be plain identifiers.", nameof(planId));
}
