namespace Delegation.Core.Locale;

/// <summary>
/// Everyday business words that differ by country, for the SOPs, kits and emails: a US practice reads
/// "business day", "card on file" and "collections"; a UK one (and the rest, as with <see cref="Spelling"/>)
/// reads "working day", "saved card" and "chasing payment", and is never told about an insurance
/// "client share" that private practice there does not have.
/// </summary>
/// <param name="BusinessDay">"business day" or "working day".</param>
/// <param name="BusinessDays">The plural.</param>
/// <param name="CardOnFile">"card on file" or "saved card".</param>
/// <param name="ClientOwes">What a session leaves the client to pay: "a client share" (copay, deductible) or "an amount the client owes".</param>
/// <param name="Collections">Getting overdue money in: "collections" or "chasing payment".</param>
public sealed record BusinessWords(string BusinessDay, string BusinessDays, string CardOnFile, string ClientOwes, string Collections)
{
    static readonly BusinessWords Us = new("business day", "business days", "card on file", "a client share", "collections");

    static readonly BusinessWords British = new("working day", "working days", "saved card", "an amount the client owes", "chasing payment");

    /// <summary>The words for a practice in <paramref name="country"/> (ISO 3166-1 alpha-2).</summary>
    /// <param name="country">ISO 3166-1 alpha-2; null reads as the US, the intake's default.</param>
    public static BusinessWords Of(string? country) =>
        country is null || string.Equals(country, "US", StringComparison.OrdinalIgnoreCase) ? Us : British;
}
