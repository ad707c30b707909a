using Delegation.Core.Planning;

namespace Delegation.Core.Calendar;

/// <summary>
/// Which event of a role's calendar the n-th meeting of its series is (1 is the kickoff), how long it is booked
/// for and what it is for: the one mapping the reminders, the moved-meeting update and the calendar share.
/// </summary>
public static class MeetingSlots
{
    /// <summary>The UID of the event that holds meeting <paramref name="meeting"/>.</summary>
    /// <param name="calendarId">The plan's calendar id (<see cref="Security.PlanAliases"/>).</param>
    /// <param name="role">The role met.</param>
    /// <param name="cadence">The role's cadence.</param>
    /// <param name="meeting">The meeting's number in the series, from 1.</param>
    public static string UidOf(string calendarId, SupportRole role, Cadence cadence, int meeting) => meeting switch
    {
        1 => $"{calendarId}-{CheckInCalendar.Slug(role)}-kickoff@delegation",
        _ when cadence == Cadence.UntilHandOver => $"{calendarId}-{CheckInCalendar.Slug(role)}-hand-over@delegation",
        <= CheckInScheduler.FirstWeeks + 1 => $"{calendarId}-{CheckInCalendar.Slug(role)}-week-{meeting}@delegation",
        _ => CheckInCalendar.Uid(calendarId, role),
    };

    /// <summary>True when the meeting is an occurrence of the recurring series (moving it needs a RECURRENCE-ID).</summary>
    /// <param name="cadence">The role's cadence.</param>
    /// <param name="meeting">The meeting's number, from 1.</param>
    public static bool InSeries(Cadence cadence, int meeting) => cadence != Cadence.UntilHandOver && meeting > CheckInScheduler.FirstWeeks + 1;

    /// <summary>How long the meeting is booked for.</summary>
    /// <param name="cadence">The role's cadence.</param>
    /// <param name="meeting">The meeting's number, from 1.</param>
    public static TimeSpan LengthOf(Cadence cadence, int meeting) => meeting switch
    {
        1 => CheckInCalendar.KickoffLength,
        _ when cadence == Cadence.UntilHandOver => CheckInCalendar.KickoffLength,
        <= CheckInScheduler.FirstWeeks + 1 => CheckInCalendar.FirstWeekLength,
        _ => CheckInCalendar.LengthOf(cadence),
    };

    /// <summary>
    /// The event's title. Both people import the same events (the owner from the kickoff email, the hire from the
    /// welcome), so it names the role and the meeting, never "your" anybody.
    /// </summary>
    /// <param name="role">The role met.</param>
    /// <param name="cadence">The role's cadence.</param>
    /// <param name="meeting">The meeting's number, from 1.</param>
    public static string TitleOf(SupportRole role, Cadence cadence, int meeting)
    {
        var title = RoleTitles.Of(role);
        var capital = char.ToUpperInvariant(title[0]) + title[1..];
        return meeting switch
        {
            1 => $"{capital} kickoff",
            _ when cadence == Cadence.UntilHandOver => $"{capital} hand-over review",
            <= CheckInScheduler.FirstWeeks + 1 => $"{capital} check-in, week {meeting}",
            _ => cadence switch
            {
                Cadence.Weekly => $"Weekly {title} check-in",
                Cadence.Biweekly => $"{capital} check-in, every two weeks",
                _ => $"Monthly {title} check-in",
            },
        };
    }

    /// <summary>What the meeting is for.</summary>
    /// <param name="cadence">The role's cadence.</param>
    /// <param name="meeting">The meeting's number, from 1.</param>
    /// <param name="usual">The role's standing agenda, for the meetings of its usual cadence.</param>
    public static string AgendaOf(Cadence cadence, int meeting, string usual) => meeting switch
    {
        1 => CheckIn.KickoffAgenda,
        _ when cadence == Cadence.UntilHandOver => CheckIn.HandOverAgenda,
        <= CheckInScheduler.FirstWeeks + 1 => CheckIn.FirstWeeksAgenda,
        _ => usual,
    };
}
