using Delegation.Core.Planning;

namespace Delegation.Core.Rollout;

/// <summary>
/// When a running plan's check-ins meet, on the practice's own calendar: the plan's series (kickoff,
/// first weeks, usual cadence, public holidays moved) at the practice's check-in time, so a reminder
/// is for the meeting the calendar file shows.
/// </summary>
public static class MeetingDates
{
    /// <summary>
    /// The check-in time of rollouts started before the practice chose one; their calendars say 10:00,
    /// so their reminders must too.
    /// </summary>
    public static readonly TimeOnly LegacyMeetingTime = new(10, 0);

    /// <summary>The first meeting of <paramref name="track"/> at or after <paramref name="notBefore"/>.</summary>
    /// <param name="s">The rollout, for the practice's zone, check-in day, time and country.</param>
    /// <param name="track">The role's track, for its cadence and kickoff.</param>
    /// <param name="notBefore">The earliest instant (plan time).</param>
    /// <returns>Null when the series has ended (a project role after its hand-over).</returns>
    public static DateTimeOffset? FirstAtOrAfter(RolloutState s, RoleTrack track, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(track);
        return Series(s, track, notBefore).Select(m => (DateTimeOffset?)m).FirstOrDefault(m => m >= notBefore);
    }

    /// <summary>The meeting after <paramref name="previous"/> in <paramref name="track"/>'s series.</summary>
    /// <param name="s">The rollout.</param>
    /// <param name="track">The role's track.</param>
    /// <param name="previous">The meeting just held (plan time).</param>
    /// <returns>Null when the series has ended (a project role after its hand-over).</returns>
    public static DateTimeOffset? Following(RolloutState s, RoleTrack track, DateTimeOffset previous)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(track);
        return Series(s, track, previous).Select(m => (DateTimeOffset?)m).FirstOrDefault(m => m > previous);
    }

    static IEnumerable<DateTimeOffset> Series(RolloutState s, RoleTrack track, DateTimeOffset from)
    {
        var calendar = MeetingCalendar.For(s.TimeZone, track.MeetingTime ?? s.CheckInTime ?? LegacyMeetingTime, s.Country);
        return track.KickoffDate is { } kickoff
            ? CheckInScheduler.Meetings(kickoff, track.Cadence, s.CheckInDay, calendar).Select(m => m.At)
            : Cadenced(track.Cadence, s.CheckInDay, calendar, from);
    }

    /// <summary>A rollout from before kickoffs: its cadence alone, the first qualifying day at or after <paramref name="from"/>, then every step.</summary>
    static IEnumerable<DateTimeOffset> Cadenced(Cadence cadence, DayOfWeek day, MeetingCalendar calendar, DateTimeOffset from)
    {
        var date = calendar.DateOf(from);
        while (date.DayOfWeek != day || cadence == Cadence.Monthly && date.Day > 7 || calendar.At(date) < from)
        {
            date = date.AddDays(1);
        }

        for (; ; )
        {
            yield return calendar.At(date);
            var next = date.AddDays(cadence == Cadence.Biweekly ? 14 : 7);
            while (cadence == Cadence.Monthly && next.Day > 7)
            {
                next = next.AddDays(7);
            }

            date = next;
        }
    }
}
