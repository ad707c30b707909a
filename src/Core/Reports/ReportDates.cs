using Delegation.Core.Locale;

namespace Delegation.Core.Reports;

/// <summary>Dates in reports and the operator's status, written the practice's country's way through <see cref="DateWords"/>.</summary>
public static class ReportDates
{
    /// <summary>
    /// The UTC date of <paramref name="at"/>, "April 20, 2026" or "20 April 2026". Report months and a hire's
    /// share of its month are counted in UTC days, so the date named is the day the arithmetic used.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <param name="country">The practice's country.</param>
    public static string Utc(DateTimeOffset at, string? country) => DateWords.Plain(DateOnly.FromDateTime(at.UtcDateTime), country);

    /// <summary>The practice's local date of <paramref name="at"/>: a check-in is named by the day it met on.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="timeZone">The practice's IANA time zone.</param>
    /// <param name="country">The practice's country.</param>
    public static string Local(DateTimeOffset at, string timeZone, string? country) =>
        DateWords.Plain(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime), country);
}
