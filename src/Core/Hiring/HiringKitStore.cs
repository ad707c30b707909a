using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
    sealed record Latest(int Version, string Hash, string Title);

    /// <summary>Stores the kit <paramref name="render"/> produces for a version number, unless the same content is already the latest.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="role">The role the kit hires for.</param>
    /// <param name="render">Renders the kit with a version number printed in it.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <returns>The version now current and its title.</returns>
    public async Task<(int Version, string Title)> SaveAsync(string planId, SupportRole role, Func<int, HiringKit> render, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        var folder = Folder(planId, role);
        var latest = await ReadLatestAsync(folder, cancellationToken);

        // The version is printed in the kit, so compare content rendered at one fixed version: the first.
        var first = render(1);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.Markdown)));
        if (latest is not null && latest.Hash == hash)
        {
            return (latest.Version, latest.Title);
        }

        var version = (latest?.Version ?? 0) + 1;
        var kit = version == 1 ? first : render(version);
        // Create-only: a retried activity finds its own earlier write and leaves it; the pointer goes last.
        await documents.TryCreateAsync($"{folder}/v{version}.md", Encoding.UTF8.GetBytes(kit.Markdown), "text/markdown; charset=utf-8", cancellationToken);
        await documents.TryCreateAsync($"{folder}/v{version}.html", Encoding.UTF8.GetBytes(kit.Html), "text/html; charset=utf-8", cancellationToken);
        await documents.PutAsync($"{folder}/latest.json", JsonSerializer.SerializeToUtf8Bytes(new Latest(version, hash, kit.Title)), "application/json", cancellationToken);
        return (version, kit.Title);
    }

    /// <summary>Reads the latest kit in the given format ("md" or "html"), or null when the plan has none for the role.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="role">The role.</param>
    /// <param name="format">"md" or "html".</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<StoredDocument?> GetLatestAsync(string planId, SupportRole role, string format, CancellationToken cancellationToken = default)
    {
        var folder = Folder(planId, role);
        var latest = await ReadLatestAsync(folder, cancellationToken);
        return latest is null ? null : await documents.GetAsync($"{folder}/v{latest.Version}.{format}", cancellationToken);
    }

    async Task<Latest?> ReadLatestAsync(string folder, CancellationToken cancellationToken)
    {
        var doc = await documents.GetAsync($"{folder}/latest.json", cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<Latest>(doc.Content);
    }

    static string Folder(string planId, SupportRole role) =>
        DocumentPath.IsSafeSegment(planId)
            ? $"plans/{planId}/hiring/{HiringRoles.Slug(role)}"
            : throw new ArgumentException("Plan ids must be plain identifiers.", nameof(planId));
}
