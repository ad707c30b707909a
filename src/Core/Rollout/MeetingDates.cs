using Delegation.Core.Planning;

namespace Delegation.Core.Rollout;

/// <summary>Check-in dates on the practice's own calendar: the check-in day at 10:00 local, whatever the UTC offset.</summary>
public static class MeetingDates
{
    /// <summary>The first meeting of <paramref name="cadence"/> at or after <paramref name="notBefore"/>.</summary>
    public static DateTimeOffset FirstAtOrAfter(Cadence cadence, string timeZone, DayOfWeek day, DateTimeOffset notBefore)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(notBefore, zone).DateTime);
        for (; ; date = date.AddDays(1))
        {
            // Monthly meetings are the first such weekday of the month.
            if (date.DayOfWeek != day || cadence == Cadence.Monthly && date.Day > 7)
            {
                continue;
            }

            var at = AtMeetingTime(date, zone);
            if (at >= notBefore)
            {
                return at;
            }
        }
    }

    /// <summary>The meeting after <paramref name="previous"/> on the same cadence.</summary>
    public static DateTimeOffset Following(Cadence cadence, string timeZone, DayOfWeek day, DateTimeOffset previous)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(previous, zone).DateTime);
        return cadence switch
        {
            Cadence.Weekly => AtMeetingTime(date.AddDays(7), zone),
            Cadence.Biweekly => AtMeetingTime(date.AddDays(14), zone),
            _ => FirstAtOrAfter(cadence, timeZone, day, AtMeetingTime(date.AddDays(1), zone)),
        };
    }

    static DateTimeOffset AtMeetingTime(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(CheckInScheduler.MeetingTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
