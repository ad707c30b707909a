using Azure.Storage.Blobs;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>SOP staleness on the durable backend (Azure Storage orchestration service, Blob documents, on Azurite): the same tests.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteSopStalenessTests : SopStalenessFlowTests
{
    // A task hub and container per test, so runs never see each other's plans.
    readonly string hub = "hub" + Guid.NewGuid().ToString("N")[..12];
    readonly string container = "docs-" + Guid.NewGuid().ToString("N")[..12];

    BlobContainerClient Blobs => new BlobServiceClient(AzuriteFixture.ConnectionString).GetBlobContainerClient(container);

    /// <inheritdoc />
    protected override Dictionary<string, string> Backend => new()
    {
        ["AzureWebJobsStorage"] = AzuriteFixture.ConnectionString,
        ["Standalone__TaskHub"] = hub,
        ["Storage__ContainerName"] = container,
    };

    /// <inheritdoc />
    protected override async Task<string?> ReadAsync(string path)
    {
        var blob = Blobs.GetBlobClient(path);
        return await blob.ExistsAsync() ? (await blob.DownloadContentAsync()).Value.Content.ToString() : null;
    }

    /// <inheritdoc />
    protected override Task WriteAsync(string path, string content) => Blobs.GetBlobClient(path).UploadAsync(BinaryData.FromString(content), overwrite: true);
}
