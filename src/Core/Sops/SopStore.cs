using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Delegation.Core.Ports;

namespace Delegation.Core.Sops;

/// <summary>
/// Keeps SOPs as versioned documents: <c>plans/{planId}/sops/{taskId}/v{n}.md</c> and <c>.html</c>,
/// with <c>latest.json</c> naming the newest version and its content hash. An unchanged SOP
/// keeps its version, so retries and regenerations do not pile up copies.
/// </summary>
public sealed class SopStore(IDocumentStore documents)
{
    sealed record Latest(int Version, string Hash, string Title);

    /// <summary>Stores the SOP <paramref name="render"/> produces for a version number, unless the same content is already the latest.</summary>
    /// <returns>The version now current and its title.</returns>
    public async Task<(int Version, string Title)> SaveAsync(string planId, string taskId, Func<int, Sop> render, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        var folder = Folder(planId, taskId);
        var latest = await ReadLatestAsync(folder, cancellationToken);

        // The version number is printed in the SOP, so compare content rendered at one fixed version: the
        // first. A new plan (the usual case) then renders once, and only a changed SOP renders twice.
        var first = render(1);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.Markdown)));
        if (latest is not null && latest.Hash == hash)
        {
            return (latest.Version, latest.Title);
        }

        var version = (latest?.Version ?? 0) + 1;
        var sop = version == 1 ? first : render(version);
        // Create-only: a retried activity finds its own earlier write and leaves it.
        await documents.TryCreateAsync($"{folder}/v{version}.md", Encoding.UTF8.GetBytes(sop.Markdown), "text/markdown; charset=utf-8", cancellationToken);
        await documents.TryCreateAsync($"{folder}/v{version}.html", Encoding.UTF8.GetBytes(sop.Html), "text/html; charset=utf-8", cancellationToken);
        var pointer = JsonSerializer.SerializeToUtf8Bytes(new Latest(version, hash, sop.Title));
        await documents.PutAsync($"{folder}/latest.json", pointer, "application/json", cancellationToken);
        return (version, sop.Title);
    }

    /// <summary>Reads the latest SOP in the given format ("md" or "html"), or null when there is none.</summary>
    public async Task<StoredDocument?> GetLatestAsync(string planId, string taskId, string format, CancellationToken cancellationToken = default)
    {
        var folder = Folder(planId, taskId);
        var latest = await ReadLatestAsync(folder, cancellationToken);
        return latest is null ? null : await documents.GetAsync($"{folder}/v{latest.Version}.{format}", cancellationToken);
    }

    async Task<Latest?> ReadLatestAsync(string folder, CancellationToken cancellationToken)
    {
        var doc = await documents.GetAsync($"{folder}/latest.json", cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<Latest>(doc.Content);
    }

    static string Folder(string planId, string taskId)
    {
        if (!DocumentPath.IsSafeSegment(planId) || !DocumentPath.IsSafeSegment(taskId))
        {
            throw new ArgumentException("Plan and task ids must be plain identifiers.");
        }

        return $"plans/{planId}/sops/{taskId}";
    }
}
