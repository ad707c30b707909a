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

    /// <summary>Explains what is wrong with these settings, naming the setting, or null when they are usable.</summary>
    public string? Problem()
    {
        // Blob Storage's rule for container names: 3–63 lower-case letters, digits and single hyphens, not at either end.
        var name = ContainerName ?? "";
        var valid = name.Length is >= 3 and <= 63 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            return $"Storage:ContainerName is '{name}'; a blob container name is 3–63 lower-case letters, digits and single hyphens.";
        }

        return string.IsNullOrWhiteSpace(LocalPath) ? "Storage:LocalPath must name a folder." : null;
    }
}
