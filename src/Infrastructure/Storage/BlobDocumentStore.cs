using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Delegation.Core.Ports;

namespace Delegation.Infrastructure.Storage;

/// <summary>Documents as block blobs in one container; create-only writes use <c>If-None-Match: *</c>.</summary>
public sealed class BlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
    // Set once the container is known to exist; a failed attempt (storage not up yet) is simply tried again.
    volatile bool containerReady;

    /// <inheritdoc />
    public async Task<bool> TryCreateAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await Blob(path).UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task PutAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        await Blob(path).UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await Blob(path).DownloadContentAsync(cancellationToken);
            return new StoredDocument(result.Value.Content.ToArray(), result.Value.Details.ContentType ?? ContentTypes.ForPath(path));
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<DocumentPage> ListAsync(string folder, string? continuation, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var prefix = DocumentPath.Check(folder) + "/";
        try
        {
            // One service call per page: the delimiter folds each plan's documents into one "plans/{id}/" prefix.
            var pages = container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", prefix, cancellationToken)
                .AsPages(continuation, pageSize);
            await foreach (var page in pages)
            {
                var names = page.Values
                    .Select(item => (item.IsPrefix ? item.Prefix : item.Blob.Name)[prefix.Length..].TrimEnd('/'))
                    .ToList();
                return new DocumentPage(names, string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            // No container yet: nothing was ever stored.
        }

        return new DocumentPage([], null);
    }

    async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!containerReady)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            containerReady = true;
        }
    }

    BlobClient Blob(string path) => container.GetBlobClient(DocumentPath.Check(path));
}
