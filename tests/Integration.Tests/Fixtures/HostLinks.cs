using Delegation.Core.Security;
using Microsoft.Extensions.Options;

namespace Delegation.Integration.Tests.Fixtures;

/// <summary>Signed links made with a host's own key, to reach link routes without waiting weeks for an email.</summary>
internal static class HostLinks
{
    /// <summary>The key an embedded host generated and keeps in its document folder; asking it to check a link makes it exist.</summary>
    public static async Task<byte[]> SigningKeyAsync(this StandaloneHost host)
    {
        var path = Path.Combine(host.BlobsDir, "system", "signing-key.bin");
        if (!File.Exists(path))
        {
            // Well-formed base64 on both sides, so the host loads its key to check the signature.
            using var _ = await host.Http.GetAsync("checkins/YWJj.YWJj");
        }

        return await File.ReadAllBytesAsync(path);
    }

    /// <summary>A token for <paramref name="subject"/> of <paramref name="planId"/>, expiring <paramref name="fromNow"/> (negative: already expired).</summary>
    public static Task<string> TokenAsync(byte[] key, string planId, string subject, TimeSpan fromNow) =>
        new LinkTokens(new SigningKeys(Options.Create(new SecurityOptions { SigningKey = Convert.ToBase64String(key) }), null!))
            .CreateAsync(planId, subject, DateTimeOffset.UtcNow + fromNow);
}
