using System.Globalization;

namespace Delegation.Core.Locale;

/// <summary>
/// Dates as a practice's country writes them, for every sentence an owner reads: the US (and the places
/// that write like it) puts the month first, "Wednesday, March 3, 2027"; the UK, Ireland, Australia,
/// New Zealand and the rest put the day first, "Wednesday 3 March 2027". Month and day names stay
/// English, as every other word we write is.
/// </summary>
public static class DateWords
{
    // Month-first countries: the US and its territories, and English-speaking Canada's usual style.
    static readonly HashSet<string> MonthFirst = ["US", "PR", "GU", "VI", "AS", "MP", "UM", "CA"];

    /// <summary>True when <paramref name="country"/> writes the month before the day.</summary>
    /// <param name="country">ISO 3166-1 alpha-2.</param>
    public static bool IsMonthFirst(string? country) => country is not null && MonthFirst.Contains(country.ToUpperInvariant());

    /// <summary>"Wednesday, March 3, 2027" or "Wednesday 3 March 2027".</summary>
    /// <param name="date">The local date.</param>
    /// <param name="country">The practice's country.</param>
    public static string Full(DateOnly date, string? country) => Format(date, country, "dddd, MMMM d, yyyy", "dddd d MMMM yyyy");

    /// <summary>"Wed, Mar 3" or "Wed 3 Mar".</summary>
    /// <param name="date">The local date.</param>
    /// <param name="country">The practice's country.</param>
    public static string Brief(DateOnly date, string? country) => Format(date, country, "ddd, MMM d", "ddd d MMM");

    /// <summary>"March 3, 2027" or "3 March 2027", without the weekday.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="country">The practice's country.</param>
    public static string Plain(DateOnly date, string? country) => Format(date, country, "MMMM d, yyyy", "d MMMM yyyy");

    /// <summary>"March 3" or "3 March": a date in a sentence whose year is plain from where it stands.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="country">The practice's country.</param>
    public static string DayMonth(DateOnly date, string? country) => Format(date, country, "MMMM d", "d MMMM");

    /// <summary>"Wednesday, March 3, 2027, 10:00" in the practice's zone: a meeting's date and local time.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="timeZone">The practice's IANA time zone.</param>
    /// <param name="country">The practice's country.</param>
    public static string FullAt(DateTimeOffset at, string timeZone, string? country)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        return $"{Full(DateOnly.FromDateTime(local.DateTime), country)}, {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The short form of an instant's local date in <paramref name="timeZone"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="timeZone">The practice's IANA time zone.</param>
    /// <param name="country">The practice's country.</param>
    public static string BriefOn(DateTimeOffset at, string timeZone, string? country) =>
        Brief(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime), country);

    static string Format(DateOnly date, string? country, string monthFirst, string dayFirst) =>
        date.ToString(IsMonthFirst(country) ? monthFirst : dayFirst, CultureInfo.InvariantCulture);
}
