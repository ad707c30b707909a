using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Delegation.Core.Hiring;
using Delegation.Core.Planning;

namespace Delegation.Core.Security;

/// <summary>The result of checking a link token.</summary>
public enum TokenCheck
{
    /// <summary>Signed by us, not expired.</summary>
    Valid,
    /// <summary>Signed by us, past its expiry.</summary>
    Expired,
    /// <summary>Malformed or not signed with our key.</summary>
    Forged,
}

/// <summary>A verified token's contents.</summary>
public sealed record LinkClaims(string PlanId, string Subject, DateTimeOffset ExpiresAt);

/// <summary>
/// Signed links for emails: <c>base64url(planId|subject|expiry)</c> "." <c>base64url(HMAC-SHA256)</c>.
/// The signature covers plan, subject (a check-in or the owner) and expiry; it is compared in
/// constant time. Single use is enforced by whoever consumes the link.
/// A signed token carries the plan id in plain base64, which is fine for the owner (the plan is theirs) but not for
/// a hire: the plan id opens the owner's whole plan. Links for a hire are sealed instead (<see cref="CreateSealedAsync"/>):
/// the same payload encrypted and authenticated with AES-GCM, so nothing in them can be read or changed.
/// </summary>
public sealed class LinkTokens(SigningKeys keys)
{
    /// <summary>Subject of owner links (pause, resume, cancel, register a hire).</summary>
    public const string Owner = "owner";

    /// <summary>Subject of the link that records check-in <paramref name="checkInId"/>.</summary>
    public static string CheckIn(string checkInId) => "checkin:" + checkInId;

    /// <summary>Subject of the owner's link that reviews the SOP change proposed at check-in <paramref name="checkInId"/>.</summary>
    public static string SopChange(string checkInId) => SopChangePrefix + checkInId;

    /// <summary>Subject of the owner's link that shows the SOP of <paramref name="taskId"/> and confirms it is still right.</summary>
    public static string SopReview(string taskId) => SopReviewPrefix + taskId;

    /// <summary>What every SOP review subject starts with.</summary>
    public const string SopReviewPrefix = "sopreview:";

    /// <summary>What every SOP change review subject starts with.</summary>
    public const string SopChangePrefix = "sopchange:";

    /// <summary>Subject of a hire's link to the SOP of <paramref name="taskId"/>, which opens it while the task is <paramref name="role"/>'s.</summary>
    public static string Sop(SupportRole role, string taskId) => SopPrefix + HiringRoles.Slug(role) + ":" + taskId;

    /// <summary>The role and task of a hire's SOP link subject, or null for any other subject.</summary>
    public static (SupportRole Role, string TaskId)? SopOf(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.StartsWith(SopPrefix, StringComparison.Ordinal)
            && subject[SopPrefix.Length..].Split(':', 2) is [var slug, var taskId]
            && HiringRoles.TryParse(slug, out var role)
            ? (role, taskId)
            : null;
    }

    /// <summary>What every hire's SOP link subject starts with.</summary>
    public const string SopPrefix = "sop:";

    const int NonceSize = 12;
    const int TagSize = 16;

    /// <summary>Creates a token for <paramref name="planId"/> and <paramref name="subject"/>.</summary>
    public async Task<string> CreateAsync(string planId, string subject, DateTimeOffset expiresAt)
    {
        var payload = Payload(planId, subject, expiresAt);
        var mac = HMACSHA256.HashData(await keys.GetAsync(), payload);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>
    /// Creates a sealed token: nobody holding it can read the plan id or the subject from it. The nonce is a MAC of the
    /// payload (a synthetic IV), so the same link rendered again (a retried email) is the same token.
    /// </summary>
    public async Task<string> CreateSealedAsync(string planId, string subject, DateTimeOffset expiresAt)
    {
        var payload = Payload(planId, subject, expiresAt);
        var (encryption, nonceKey) = SealingKeys(await keys.GetAsync());
        var sealedToken = new byte[NonceSize + payload.Length + TagSize];
        var nonce = sealedToken.AsSpan(0, NonceSize);
        HMACSHA256.HashData(nonceKey, payload).AsSpan(0, NonceSize).CopyTo(nonce);
        using var aes = new AesGcm(encryption, TagSize);
        aes.Encrypt(nonce, payload, sealedToken.AsSpan(NonceSize, payload.Length), sealedToken.AsSpan(NonceSize + payload.Length));
        return Base64Url.EncodeToString(sealedToken);
    }

    /// <summary>Checks <paramref name="token"/>, signed or sealed; claims are returned only when it is ours.</summary>
    public async Task<(TokenCheck Check, LinkClaims? Claims)> VerifyAsync(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 512)
        {
            return (TokenCheck.Forged, null);
        }

        if (!token.Contains('.', StringComparison.Ordinal))
        {
            return Claims(await UnsealAsync(token), now);
        }

        if (token.Split('.') is not [var p, var s])
        {
            return (TokenCheck.Forged, null);
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(p);
            signature = Base64Url.DecodeFromChars(s);
        }
        catch (FormatException)
        {
            return (TokenCheck.Forged, null);
        }

        var expected = HMACSHA256.HashData(await keys.GetAsync(), payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return (TokenCheck.Forged, null);
        }

        return Claims(payload, now);
    }

    async Task<byte[]?> UnsealAsync(string token)
    {
        byte[] sealedToken;
        try
        {
            sealedToken = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }

        if (sealedToken.Length <= NonceSize + TagSize)
        {
            return null;
        }

        var (encryption, _) = SealingKeys(await keys.GetAsync());
        var payload = new byte[sealedToken.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(encryption, TagSize);
            aes.Decrypt(sealedToken.AsSpan(0, NonceSize), sealedToken.AsSpan(NonceSize, payload.Length), sealedToken.AsSpan(NonceSize + payload.Length), payload);
            return payload;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    static (TokenCheck Check, LinkClaims? Claims) Claims(byte[]? payload, DateTimeOffset now)
    {
        var parts = payload is null ? [] : Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return (TokenCheck.Forged, null);
        }

        var claims = new LinkClaims(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(expiry));
        return (now > claims.ExpiresAt ? TokenCheck.Expired : TokenCheck.Valid, claims);
    }

    static byte[] Payload(string planId, string subject, DateTimeOffset expiresAt) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{planId}|{subject}|{expiresAt.ToUnixTimeSeconds()}"));

    // Keys of their own for sealing, derived from the signing key: one key never serves two algorithms.
    static (byte[] Encryption, byte[] Nonce) SealingKeys(byte[] key) =>
        (HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, info: "delegation link seal v1"u8.ToArray()),
         HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, info: "delegation link seal nonce v1"u8.ToArray()));

}
