using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Delegation.Api;

/// <summary>
/// The standalone host's stand-in for Functions' function keys: the <c>x-functions-key</c> header against
/// <c>Admin:Key</c>. No key configured means admin calls are refused, never open.
/// </summary>
public static class AdminKey
{
    /// <summary>The header Functions reads function keys from; the standalone host reads the same one.</summary>
    public const string Header = "x-functions-key";

    /// <summary>Null when the request carries the configured key; otherwise a 401 (no key) or 403 (wrong key, or none configured).</summary>
    public static IResult? Refusal(HttpRequest request, string? configuredKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request.Headers[Header].FirstOrDefault();
        if (string.IsNullOrEmpty(given))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "An admin key is required.",
                detail: $"Send the key in the {Header} header.");
        }

        return string.IsNullOrEmpty(configuredKey) || !SameKey(given, configuredKey)
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The admin key is not valid.")
            : null;
    }

    // Hashing first makes both sides the same length, so the compare takes the same time whatever was sent.
    static bool SameKey(string given, string configured) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}

/// <summary>Admin settings of the standalone host, bound from <c>Admin</c>.</summary>
public sealed class AdminOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Admin";

    /// <summary>The key admin calls must send in <c>x-functions-key</c>; empty refuses every admin call.</summary>
    public string Key { get; set; } = "";
}
