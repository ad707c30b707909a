using Ical.Net.DataTypes;

namespace Delegation.Core.Calendar;

/// <summary>
/// How the calendars write an instant: in the practice's zone with its TZID, or in UTC for a zone that is UTC all
/// year (a VTIMEZONE for it would be noise), so the check-in calendar and a moved meeting's update agree.
/// </summary>
internal static class LocalTimes
{
    public static bool IsUtc(TimeZoneInfo zone) => zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;

    public static CalDateTime At(DateTimeOffset at, TimeZoneInfo zone, string timeZoneId)
    {
        if (IsUtc(zone))
        {
            return new CalDateTime(at.UtcDateTime, CalDateTime.UtcTzId);
        }

        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, timeZoneId);
    }
}
