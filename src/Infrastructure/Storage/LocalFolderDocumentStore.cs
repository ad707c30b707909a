using Delegation.Core.Ports;

namespace Delegation.Infrastructure.Storage;

/// <summary>
/// Documents as files under one folder, for the standalone host's embedded default.
/// Writes go to a temporary file first and are then renamed, so a reader never sees half a document.
/// </summary>
public sealed class LocalFolderDocumentStore(string root) : IDocumentStore
{
    // Trimmed so that a root configured as "folder/" still contains its own paths (see Resolve).
    readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    // File.Move without overwrite is not atomic on Unix: it checks that the target is absent, then renames,
    // and rename replaces. One lock per process makes check and rename one step for every writer in it.
    static readonly Lock CreateGate = new();

    /// <inheritdoc />
    public Task<bool> TryCreateAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        var target = Resolve(path);
        if (File.Exists(target))
        {
            return Task.FromResult(false);
        }

        var temp = WriteTemp(target, content.Span, cancellationToken);
        try
        {
            // Without overwrite the move fails if another writer got there first: create-only.
            lock (CreateGate)
            {
                File.Move(temp, target, overwrite: false);
            }

            return Task.FromResult(true);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(temp);
            return Task.FromResult(false);
        }
    }

    /// <inheritdoc />
    public Task PutAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        var target = Resolve(path);
        var temp = WriteTemp(target, content.Span, cancellationToken);
        File.Move(temp, target, overwrite: true);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = Resolve(path);
        try
        {
            // Synchronous on purpose, see WriteTemp.
            return Task.FromResult<StoredDocument?>(new StoredDocument(File.ReadAllBytes(target), ContentTypes.ForPath(path)));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<StoredDocument?>(null);
        }
    }

    /// <inheritdoc />
    public Task<DocumentPage> ListAsync(string folder, string? continuation, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var directory = Resolve(folder);
        if (!Directory.Exists(directory))
        {
            return Task.FromResult(new DocumentPage([], null));
        }

        // The continuation is the last name returned: names are unique and sorted ordinally, as Blob Storage sorts them.
        var names = Directory.EnumerateFileSystemEntries(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.EndsWith(".tmp", StringComparison.Ordinal) && (continuation is null || string.CompareOrdinal(n, continuation) > 0))
            .Order(StringComparer.Ordinal)
            .Take(pageSize + 1)
            .ToList();
        return Task.FromResult(names.Count > pageSize
            ? new DocumentPage(names[..pageSize], names[pageSize - 1])
            : new DocumentPage(names, null));
    }

    string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, DocumentPath.Check(path)));
        // DocumentPath already refuses "..": this is the belt to its braces.
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' leaves the document folder.", nameof(path));
        }

        return full;
    }

    // Documents here are a few kilobytes on a local disk. .NET on Linux has no asynchronous file I/O (an
    // async write is a synchronous one queued to the thread pool), so the synchronous call does the same
    // work without the queueing and copies: the pipeline benchmark measured these writes as the largest
    // cost of a plan. The Blob store, the one used at scale, stays truly asynchronous.
    static string WriteTemp(string target, ReadOnlySpan<byte> content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllBytes(temp, content);
        }
        // A missing folder: creating a file can fail for no other reason. .NET tells the two apart by looking
        // at the folder after the failed open, so a folder another writer made just then reads as a missing file.
        catch (IOException ex) when (ex is DirectoryNotFoundException or FileNotFoundException)
        {
            // A plan's folders are made by its first write; asking for them on every write cost as much as writing.
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(temp, content);
        }

        return temp;
    }
}
