using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Delegation.Core.Calendar;

/// <summary>
/// The calendar update for one moved check-in: the same UID as the event the owner imported, a higher SEQUENCE,
/// and for an occurrence of the recurring series a RECURRENCE-ID naming its slot, so a calendar app moves that one
/// meeting instead of adding a second.
/// </summary>
public static class MovedMeetingCalendar
{
    /// <summary>Builds the <c>.ics</c> text.</summary>
    /// <param name="plan">The stored plan: practice, time zone and the role's series.</param>
    /// <param name="calendarId">The plan's calendar id (<see cref="Security.PlanAliases"/>), which the imported UIDs carry.</param>
    /// <param name="role">The role met.</param>
    /// <param name="meeting">The meeting's number in the series, from 1.</param>
    /// <param name="slot">Where the series put it.</param>
    /// <param name="at">Where it is now.</param>
    /// <param name="sequence">How often it has been moved: the event's SEQUENCE (the imported calendar's is 0).</param>
    public static string Write(Plan plan, string calendarId, SupportRole role, int meeting, DateTimeOffset slot, DateTimeOffset at, int sequence)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var practice = plan.Practice;
        var cadence = plan.CheckIns.FirstOrDefault(c => c.Role == role)?.Cadence ?? CheckInScheduler.CadenceOf(role);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZone);
        var calendar = new Ical.Net.Calendar { ProductId = CheckInCalendar.ProductId, Method = "PUBLISH" };
        if (!LocalTimes.IsUtc(zone))
        {
            var earliest = slot < at ? slot : at;
            calendar.AddTimeZone(practice.TimeZone, TimeZoneInfo.ConvertTime(earliest, zone).DateTime.AddDays(-7), includeHistoricalData: false);
        }

        CalDateTime Local(DateTimeOffset instant) => LocalTimes.At(instant, zone, practice.TimeZone);

        var moved = new CalendarEvent
        {
            Uid = MeetingSlots.UidOf(calendarId, role, cadence, meeting),
            Sequence = sequence,
            // The move itself is the stamp's moment: a retried send writes the same bytes.
            DtStamp = new CalDateTime(at.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = Local(at),
            Duration = Duration.FromTimeSpanExact(MeetingSlots.LengthOf(cadence, meeting)),
            Summary = MeetingSlots.TitleOf(role, cadence, meeting) + (meeting == 1 ? "" : " (moved)"),
            Description = CheckInCalendar.Inert(MeetingSlots.AgendaOf(cadence, meeting, plan.CheckIns.FirstOrDefault(c => c.Role == role)?.Agenda ?? CheckIn.FirstWeeksAgenda)),
            Organizer = new Organizer("mailto:" + practice.Email) { CommonName = CheckInCalendar.Inert(practice.OwnerName) },
            Class = "PRIVATE",
            Transparency = "OPAQUE",
        };
        if (MeetingSlots.InSeries(cadence, meeting))
        {
            moved.RecurrenceIdentifier = new RecurrenceIdentifier(Local(slot));
        }

        calendar.Events.Add(moved);
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The moved meeting did not serialize.");
    }
}
