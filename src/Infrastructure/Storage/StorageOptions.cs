namespace Delegation.Infrastructure.Storage;

/// <summary>Where documents go: a Blob container when <c>AzureWebJobsStorage</c> is set, else a local folder.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Storage";

    /// <summary>Blob container for plans, SOPs and markers.</summary>
    public string ContainerName { get; set; } = "delegation";

    /// <summary>Folder used when no storage account is configured.</summary>
    public string LocalPath { get; set; } = ".data/blobs";
}
