using System.Collections.Frozen;
using NodaTime.TimeZones;

namespace Delegation.Core.Locale;

/// <summary>Where a practice is: its country from its time zone, and the currency that country pays in.</summary>
public static class Countries
{
    // The tz database's own zone-to-country table (zone1970.tab, as NodaTime ships it), so a practice in
    // Europe/London is in GB without a list of our own to keep.
    static readonly Lazy<FrozenDictionary<string, string>> ZoneCountry = new(() =>
        (TzdbDateTimeZoneSource.Default.Zone1970Locations ?? [])
            .Where(l => l.Countries.Count > 0)
            .GroupBy(l => l.ZoneId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Countries[0].Code, StringComparer.Ordinal));

    static readonly Lazy<FrozenSet<string>> Known = new(() =>
        (TzdbDateTimeZoneSource.Default.Zone1970Locations ?? [])
            .SelectMany(l => l.Countries.Select(c => c.Code))
            .Concat(TzdbDateTimeZoneSource.Default.ZoneLocations?.Select(l => l.CountryCode) ?? [])
            .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The country of an IANA time zone (its first country where a zone spans several); null for UTC and the like.</summary>
    public static string? OfTimeZone(string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        if (ZoneCountry.Value.TryGetValue(timeZoneId, out var code))
        {
            return code;
        }

        // Links such as US/Eastern or Asia/Calcutta resolve to their canonical zone first.
        return TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(timeZoneId, out var canonical)
            && ZoneCountry.Value.TryGetValue(canonical, out code) ? code : null;
    }

    /// <summary>Whether <paramref name="code"/> is an ISO 3166-1 alpha-2 code the tz database knows.</summary>
    public static bool IsKnown(string code) => Known.Value.Contains(code);

    /// <summary>The currency a practice in <paramref name="country"/> is assumed to budget in when the intake names none.</summary>
    public static string CurrencyOf(string country) => country switch
    {
        "GB" or "GG" or "JE" or "IM" => "GBP",
        "CA" => "CAD",
        "AU" => "AUD",
        "NZ" => "NZD",
        "IE" or "DE" or "FR" or "ES" or "IT" or "NL" or "BE" or "AT" or "PT" or "FI" or "GR" or "LU" or "SK" or "SI"
            or "EE" or "LV" or "LT" or "MT" or "CY" or "HR" => "EUR",
        "CH" => "CHF",
        "SE" => "SEK",
        "NO" => "NOK",
        "DK" => "DKK",
        "ZA" => "ZAR",
        "IN" => "INR",
        "SG" => "SGD",
        _ => "USD",
    };
}
