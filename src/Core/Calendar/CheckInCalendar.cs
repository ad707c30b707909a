using System.Globalization;
using System.Net;
using System.Text;
using Delegation.Core.Planning;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Delegation.Core.Calendar;

/// <summary>
/// Writes a plan's check-ins as an iCalendar file: one recurring event per role, in the practice's time
/// zone (with its VTIMEZONE), each with a UID that stays the same for the plan and role, so a calendar
/// that imports a newer version (higher SEQUENCE) replaces the events instead of adding copies.
/// </summary>
public static class CheckInCalendar
{
    /// <summary>Media type for the file as an email attachment and over HTTP.</summary>
    public const string ContentType = "text/calendar; method=PUBLISH; charset=utf-8";

    /// <summary>File name used for attachments and downloads.</summary>
    public const string FileName = "check-ins.ics";

    const string ProductId = "-//Delegation//Check-in kit 1.0//EN";

    /// <summary>The event UID of <paramref name="role"/>'s check-ins in plan <paramref name="planId"/>.</summary>
    public static string Uid(string planId, SupportRole role) => $"{planId}-{Slug(role)}@delegation";

    /// <summary>The recurrence rule for a cadence meeting on <paramref name="day"/>.</summary>
    public static string RecurrenceRule(Cadence cadence, DayOfWeek day)
    {
        var byDay = day.ToString()[..2].ToUpperInvariant();
        return cadence switch
        {
            Cadence.Weekly => $"FREQ=WEEKLY;BYDAY={byDay}",
            Cadence.Biweekly => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={byDay}",
            // "The first Monday of the month", the same rule the scheduler used for the first date.
            Cadence.Monthly => $"FREQ=MONTHLY;BYDAY=1{byDay}",
            _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Unknown cadence."),
        };
    }

    /// <summary>How long each meeting is booked for.</summary>
    public static TimeSpan LengthOf(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => TimeSpan.FromMinutes(30),
        Cadence.Biweekly => TimeSpan.FromMinutes(45),
        _ => TimeSpan.FromMinutes(60),
    };

    /// <summary>Builds the <c>.ics</c> text.</summary>
    /// <param name="planId">Part of every UID.</param>
    /// <param name="practice">Organizer and time zone; no other practice data is written.</param>
    /// <param name="checkIns">One event each.</param>
    /// <param name="stamp">DTSTAMP: the plan's own clock, so the same input gives the same file.</param>
    /// <param name="sequence">SEQUENCE: 0 for the first version, one more for each change.</param>
    public static string Write(string planId, Intake.Practice practice, IReadOnlyList<CheckIn> checkIns, DateTimeOffset stamp, int sequence)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(checkIns);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZone);
        var isUtc = zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        if (!isUtc && checkIns.Count > 0)
        {
            // Transitions from a little before the first meeting on: enough for any client to expand the series.
            var earliest = checkIns.Min(c => TimeZoneInfo.ConvertTime(c.NextAt, zone).DateTime).AddDays(-7);
            calendar.AddTimeZone(practice.TimeZone, earliest, includeHistoricalData: false);
        }

        foreach (var checkIn in checkIns)
        {
            var local = TimeZoneInfo.ConvertTime(checkIn.NextAt, zone).DateTime;
            var start = isUtc
                ? new CalDateTime(checkIn.NextAt.UtcDateTime, CalDateTime.UtcTzId)
                : new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, practice.TimeZone);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(planId, checkIn.Role),
                Sequence = sequence,
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
                DtStart = start,
                Duration = Duration.FromTimeSpanExact(LengthOf(checkIn.Cadence)),
                Summary = $"{Adjective(checkIn.Cadence)} check-in with your {RoleTitles.Of(checkIn.Role)}",
                Description = Description(checkIn),
                RecurrenceRule = new RecurrenceRule(RecurrenceRule(checkIn.Cadence, local.DayOfWeek)),
                Organizer = new Organizer("mailto:" + practice.Email) { CommonName = Inert(practice.OwnerName) },
                Class = "PRIVATE",
                Transparency = "OPAQUE",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The check-in calendar did not serialize.");
    }

    /// <summary>The agenda as plain text: the role's standing items, then each task's KPIs from its SOP.</summary>
    static string Description(CheckIn checkIn)
    {
        var text = new StringBuilder();
        text.Append("Agenda: ").Append(checkIn.Agenda).Append('\n');
        foreach (var review in checkIn.Review ?? [])
        {
            text.Append('\n').Append("KPIs for ").Append(Inert(review.TaskName)).Append(" (see its SOP):\n");
            foreach (var kpi in review.Kpis)
            {
                text.Append("- ").Append(kpi).Append('\n');
            }
        }

        text.Append("\nNo client information in this invitation, in its notes or in replies to it.");
        return text.ToString();
    }

    /// <summary>
    /// User text in a calendar: Google Calendar and Outlook render descriptions as HTML, so it is
    /// HTML-encoded like everywhere else, and control characters (which could end a line) are dropped.
    /// </summary>
    static string Inert(string value) =>
        WebUtility.HtmlEncode(new string(value.Where(c => !char.IsControl(c)).ToArray()));

    static string Adjective(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => "Weekly",
        Cadence.Biweekly => "Every two weeks",
        _ => "Monthly",
    };

    static string Slug(SupportRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));
}
