using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Delegation.Core.Ports;

namespace Delegation.Core.Documents;

/// <summary>One rendering of a versioned document, in both formats it is served in.</summary>
/// <param name="Title">Its title, kept in the pointer so links can name it without reading it.</param>
/// <param name="Markdown">The Markdown, whose hash decides whether a new version is needed.</param>
/// <param name="Html">The HTML page.</param>
public sealed record VersionedContent(string Title, string Markdown, string Html);

/// <summary>
/// Documents kept as versions in a folder: <c>v{n}.md</c> and <c>v{n}.html</c>, with <c>latest.json</c>
/// naming the newest version and its content hash. An unchanged document keeps its version, and every
/// version is written create-only, so a retried activity finds its own earlier write and leaves it.
/// SOPs and hiring kits both live this way.
/// </summary>
public sealed class VersionedDocuments(IDocumentStore documents)
{
    sealed record Latest(int Version, string Hash, string Title);

    /// <summary>Stores what <paramref name="render"/> produces, unless the same content is already the latest.</summary>
    /// <param name="folder">The document's folder, already checked to be safe.</param>
    /// <param name="render">Renders the document with its version number printed in it.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <returns>The version now current and its title.</returns>
    public async Task<(int Version, string Title)> SaveAsync(string folder, Func<int, VersionedContent> render, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        var latest = await ReadLatestAsync(folder, cancellationToken);

        // The version number is printed in the document, so compare content rendered at one fixed version:
        // the first. A new plan (the usual case) then renders once, and only a changed document renders twice.
        var first = render(1);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.Markdown)));
        if (latest is not null && latest.Hash == hash)
        {
            return (latest.Version, latest.Title);
        }

        var version = (latest?.Version ?? 0) + 1;
        var content = version == 1 ? first : render(version);
        await documents.TryCreateAsync($"{folder}/v{version}.md", Encoding.UTF8.GetBytes(content.Markdown), "text/markdown; charset=utf-8", cancellationToken);
        await documents.TryCreateAsync($"{folder}/v{version}.html", Encoding.UTF8.GetBytes(content.Html), "text/html; charset=utf-8", cancellationToken);
        // The pointer goes last: a reader never finds a version that is not written yet.
        await documents.PutAsync($"{folder}/latest.json", JsonSerializer.SerializeToUtf8Bytes(new Latest(version, hash, content.Title)), "application/json", cancellationToken);
        return (version, content.Title);
    }

    /// <summary>The latest version in <paramref name="format"/> ("md" or "html"), or null when there is none.</summary>
    /// <param name="folder">The document's folder.</param>
    /// <param name="format">"md" or "html".</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<StoredDocument?> GetLatestAsync(string folder, string format, CancellationToken cancellationToken = default)
    {
        var latest = await ReadLatestAsync(folder, cancellationToken);
        return latest is null ? null : await documents.GetAsync($"{folder}/v{latest.Version}.{format}", cancellationToken);
    }

    /// <summary>The latest version's number and title, or null when there is none.</summary>
    /// <param name="folder">The document's folder.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<(int Version, string Title)?> GetLatestVersionAsync(string folder, CancellationToken cancellationToken = default) =>
        await ReadLatestAsync(folder, cancellationToken) is { } latest ? (latest.Version, latest.Title) : null;

    async Task<Latest?> ReadLatestAsync(string folder, CancellationToken cancellationToken)
    {
        var doc = await documents.GetAsync($"{folder}/latest.json", cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<Latest>(doc.Content);
    }
}
