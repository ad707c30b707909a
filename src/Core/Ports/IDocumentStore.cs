namespace Delegation.Core.Ports;

/// <summary>A stored document's bytes and media type.</summary>
public sealed record StoredDocument(byte[] Content, string ContentType);

/// <summary>
/// Where plans, SOPs and markers are kept: Blob Storage in Azure, a folder on one machine.
/// Paths are relative, '/'-separated and checked by <see cref="DocumentPath"/>.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Writes only if nothing is at <paramref name="path"/> yet; false when something is.
    /// This is how retried activities avoid doing their side effect twice.</summary>
    Task<bool> TryCreateAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Writes, replacing whatever is at <paramref name="path"/>.</summary>
    Task PutAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Reads the document at <paramref name="path"/>, or null when there is none.</summary>
    Task<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>One page of the names directly under <paramref name="folder"/> (documents and sub-folders, by name
    /// without the folder or a trailing '/'), in ordinal order. Pass the returned continuation for the next page;
    /// it is null on the last one. Paged so that 10,000 plans are never held in memory at once.</summary>
    Task<DocumentPage> ListAsync(string folder, string? continuation, int pageSize, CancellationToken cancellationToken = default);
}

/// <summary>One page of a listing: names, and where the next page starts (null when there is none).</summary>
public sealed record DocumentPage(IReadOnlyList<string> Names, string? Continuation);
