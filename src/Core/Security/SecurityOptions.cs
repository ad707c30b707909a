namespace Delegation.Core.Security;

/// <summary>The secret behind plan ids and signed links, bound from <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Security";

    /// <summary>Base64 key of at least 32 bytes (from Key Vault in Azure). When empty, a random key is
    /// generated once and kept in document storage, so ids stay stable across restarts.</summary>
    public string? SigningKey { get; set; }
}
