namespace Delegation.Core.Security;

/// <summary>The secret behind plan ids and signed links, bound from <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Security";

    /// <summary>Base64 key of at least 32 bytes (from Key Vault in Azure). When empty, a random key is
    /// generated once and kept in document storage, so ids stay stable across restarts.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The configured key, or null when none is set (one is then generated and stored).</summary>
    /// <exception cref="InvalidOperationException">The key is set but not base64 of at least 32 bytes.</exception>
    public byte[]? ConfiguredKey()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            return null;
        }

        var buffer = new byte[SigningKey.Length];
        return Convert.TryFromBase64String(SigningKey.Trim(), buffer, out var length) && length >= 32
            ? buffer[..length]
            : throw new InvalidOperationException(KeyProblem);
    }

    /// <summary>Explains what is wrong with the key, naming the setting, or null when it is usable or unset.</summary>
    public string? Problem()
    {
        try
        {
            ConfiguredKey();
            return null;
        }
        catch (InvalidOperationException)
        {
            return KeyProblem;
        }
    }

    internal const string KeyProblem = "Security:SigningKey must be base64 of at least 32 bytes (e.g. the output of `openssl rand -base64 32`).";
}
