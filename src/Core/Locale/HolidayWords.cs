using System.Globalization;

namespace Delegation.Core.Locale;

/// <summary>
/// How the emails and calendar name the holidays meetings skip. The UK has no single calendar: the holiday library's
/// public GB days are England and Wales's bank holidays (Easter Monday, the last Monday of August; not Scotland's
/// 2 January, St Andrew's Day or first Monday of August, nor Northern Ireland's St Patrick's Day or 12 July), so a
/// London owner reads that nation by name, and one elsewhere in the UK is told to check.
/// </summary>
public static class HolidayWords
{
    /// <summary>"a bank holiday in England and Wales", or "a public holiday in your country (France)".</summary>
    /// <param name="country">ISO 3166-1 alpha-2 of the practice.</param>
    public static string One(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return IsUk(country) ? "a bank holiday in England and Wales" : $"a public holiday in your country ({new RegionInfo(country).EnglishName})";
    }

    /// <summary>After "each": "bank holiday in England and Wales" or "public holiday".</summary>
    /// <param name="country">ISO 3166-1 alpha-2 of the practice.</param>
    public static string Each(string? country) => country is not null && IsUk(country) ? "bank holiday in England and Wales" : "public holiday";

    /// <summary>For the UK, the sentence that says whose calendar this is; empty elsewhere.</summary>
    /// <param name="country">ISO 3166-1 alpha-2 of the practice.</param>
    public static string Whose(string? country) => country is not null && IsUk(country)
        ? " These are England and Wales's bank holidays; Scotland and Northern Ireland have some different ones, so a practice there checks each date against its own."
        : "";

    static bool IsUk(string country) => string.Equals(country, "GB", StringComparison.OrdinalIgnoreCase) || string.Equals(country, "UK", StringComparison.OrdinalIgnoreCase);
}
