using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Delegation.Core.Security;

namespace Delegation.Core.Plans;

/// <summary>
/// Plan ids are a keyed hash of the intake (and of the client's idempotency key when one is sent):
/// the same submission always maps to the same plan, and without the key no id can be guessed.
/// </summary>
public sealed class PlanIds(SigningKeys keys)
{
    /// <summary>Length of an id: 128 bits as lower-case hex.</summary>
    public const int Length = 32;

    /// <summary>The id for <paramref name="intake"/>, submitted with an optional <paramref name="idempotencyKey"/>.</summary>
    public async Task<string> ForAsync(Intake.Intake intake, string? idempotencyKey)
    {
        // The validated intake serialises the same way whatever whitespace or field order the client used.
        var canonical = JsonSerializer.Serialize(intake, PlanJson.Options);
        var material = Encoding.UTF8.GetBytes($"intake\n{canonical}\n{idempotencyKey}");
        var mac = HMACSHA256.HashData(await keys.GetAsync(), material);
        return Convert.ToHexStringLower(mac.AsSpan(0, Length / 2));
    }

    /// <summary>True when <paramref name="id"/> has the shape of a plan id; anything else is unknown without a lookup.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
