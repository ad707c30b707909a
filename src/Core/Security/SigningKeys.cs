using System.Security.Cryptography;
using Delegation.Core.Ports;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Security;

/// <summary>Provides the HMAC key: configured, or generated once and stored create-only so every instance agrees.</summary>
public sealed class SigningKeys(IOptions<SecurityOptions> options, IDocumentStore documents)
{
    const string StoredKeyPath = "system/signing-key.bin";
    Task<byte[]>? loading;

    /// <summary>The key; loaded or created on first use, loaded again if that attempt failed.</summary>
    public Task<byte[]> GetAsync()
    {
        var current = loading;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // Two callers may both load: both end with the same stored key, so no lock is needed.
            Interlocked.CompareExchange(ref loading, LoadAsync(CancellationToken.None), current);
        }

        return loading!;
    }

    async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        // A malformed key already stopped the host at start (SecurityOptions' validation).
        if (options.Value.ConfiguredKey() is { } configured)
        {
            return configured;
        }

        // Two instances starting together both try to create; the loser reads the winner's key.
        await documents.TryCreateAsync(StoredKeyPath, RandomNumberGenerator.GetBytes(32), "application/octet-stream", cancellationToken);
        var stored = await documents.GetAsync(StoredKeyPath, cancellationToken)
            ?? throw new InvalidOperationException("The signing key could not be stored.");
        return stored.Content;
    }
}
