using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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

    /// <summary>Creates a token for <paramref name="planId"/> and <paramref name="subject"/>.</summary>
    public async Task<string> CreateAsync(string planId, string subject, DateTimeOffset expiresAt)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{planId}|{subject}|{expiresAt.ToUnixTimeSeconds()}"));
        var mac = HMACSHA256.HashData(await keys.GetAsync(), payload);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>Checks <paramref name="token"/>; claims are returned only when it is ours.</summary>
    public async Task<(TokenCheck Check, LinkClaims? Claims)> VerifyAsync(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 512 || token.Split('.') is not [var p, var s])
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

        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return (TokenCheck.Forged, null);
        }

        var claims = new LinkClaims(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(expiry));
        return (now > claims.ExpiresAt ? TokenCheck.Expired : TokenCheck.Valid, claims);
    }
}
