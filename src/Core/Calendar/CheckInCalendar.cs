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
/// Writes a plan's check-ins as an iCalendar file, in the practice's time zone (with its VTIMEZONE).
/// Per role: the kickoff and the four first-week check-ins as single events (a project-only role: the kickoff and
/// one hand-over review), then the usual cadence
/// as one recurring event that runs for a year, public holidays left out (EXDATE) and the meeting put
/// on the next working day instead (RDATE). Every UID stays the same for the plan and meeting, so a
/// calendar that imports a newer version (higher SEQUENCE) replaces the events instead of adding copies.
/// A plan with no check-ins gets one event on its revisit date instead, at the owner's check-in time with an alarm:
/// RFC 5545 wants at least one component, and a reminder to act is only one if it rings.
/// </summary>
public static class CheckInCalendar
{
    /// <summary>Media type for the file as an email attachment and over HTTP.</summary>
    public const string ContentType = "text/calendar; method=PUBLISH; charset=utf-8";

    /// <summary>File name used for attachments and downloads.</summary>
    public const string FileName = "check-ins.ics";

    /// <summary>The one event of a plan that hands nothing over.</summary>
    public const string RevisitSummary = "Revisit your delegation budget";

    internal const string ProductId = "-//Delegation//Check-in kit 1.0//EN";

    /// <summary>The event UID of <paramref name="role"/>'s usual-cadence check-ins in the plan whose calendar id is <paramref name="calendarId"/>.</summary>
    /// <param name="calendarId">The plan's <see cref="Security.PlanAliases"/> id, never the plan id: a hire holds these UIDs too.</param>
    /// <param name="role">The role met.</param>
    public static string Uid(string calendarId, SupportRole role) => $"{calendarId}-{Slug(role)}@delegation";

    /// <summary>The recurrence rule for a cadence meeting on <paramref name="day"/>.</summary>
    /// <param name="cadence">How often.</param>
    /// <param name="day">The weekday of the meetings.</param>
    public static string RecurrenceRule(Cadence cadence, DayOfWeek day)
    {
        var byDay = day.ToString()[..2].ToUpperInvariant();
        return cadence switch
        {
            Cadence.Weekly => $"FREQ=WEEKLY;BYDAY={byDay}",
            Cadence.Biweekly => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={byDay}",
            // "The first Monday of the month", the same rule the scheduler uses.
            Cadence.Monthly => $"FREQ=MONTHLY;BYDAY=1{byDay}",
            _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Unknown cadence."),
        };
    }

    /// <summary>How long each usual-cadence meeting is booked for.</summary>
    /// <param name="cadence">How often.</param>
    public static TimeSpan LengthOf(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => TimeSpan.FromMinutes(30),
        Cadence.Biweekly => TimeSpan.FromMinutes(45),
        _ => TimeSpan.FromMinutes(60),
    };

    /// <summary>How long the kickoff is booked for: long enough to walk through the SOPs and set up accounts.</summary>
    public static readonly TimeSpan KickoffLength = TimeSpan.FromMinutes(60);

    /// <summary>How long the revisit is booked for: time to list the admin, or to look at the budget again.</summary>
    public static readonly TimeSpan RevisitLength = TimeSpan.FromMinutes(30);

    /// <summary>The weekly reminder before the budget revisit: the figures the revisit date is for.</summary>
    public const string LogHoursSummary = "Note the past week's admin hours";

    /// <summary>Weekly notes of admin hours before a budget revisit, one a week on its weekday, the last a week before it.</summary>
    public const int LogHoursWeeks = 12;

    /// <summary>How long each weekly note of admin hours is booked for.</summary>
    public static readonly TimeSpan LogHoursLength = TimeSpan.FromMinutes(10);

    /// <summary>How long before the revisit its alarm rings.</summary>
    public static readonly TimeSpan RevisitAlarmBefore = TimeSpan.FromMinutes(30);

    /// <summary>How long a first-week check-in is booked for.</summary>
    public static readonly TimeSpan FirstWeekLength = TimeSpan.FromMinutes(30);

    /// <summary>Builds the <c>.ics</c> text.</summary>
    /// <param name="calendarId">Part of every UID: the plan's <see cref="Security.PlanAliases"/> id, never the plan id (a hire imports the same events).</param>
    /// <param name="practice">Organizer and time zone; no other practice data is written.</param>
    /// <param name="checkIns">Each role's series.</param>
    /// <param name="stamp">DTSTAMP: the plan's own clock, so the same input gives the same file.</param>
    /// <param name="sequence">SEQUENCE: 0 for the first version, one more for each change.</param>
    /// <param name="revisitOn">The revisit date the plan email names; the calendar's one event when there are no check-ins.</param>
    /// <param name="clinicalOnly">True when every task listed was clinical: the revisit is then about listing the admin, not the budget.</param>
    /// <param name="revisitTime">The owner's check-in time, when the revisit starts; null keeps the intake's default.</param>
    public static string Write(string calendarId, Intake.Practice practice, IReadOnlyList<CheckIn> checkIns, DateTimeOffset stamp, int sequence, DateOnly? revisitOn = null, bool clinicalOnly = false, TimeOnly? revisitTime = null)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(checkIns);
        if (checkIns.Count == 0 && revisitOn is null)
        {
            throw new ArgumentException("A calendar with no check-ins needs the revisit date: RFC 5545 allows no empty calendar.", nameof(revisitOn));
        }

        if (!HasEvents(checkIns))
        {
            throw new ArgumentException("No series is dated yet (nobody is hired): RFC 5545 allows no empty calendar.", nameof(checkIns));
        }

        // A role nobody has taken yet has no dates: it is not in the calendar until its hire is registered.
        var revisit = checkIns.Count == 0;
        checkIns = [.. checkIns.Where(c => c.NextAt is not null)];

        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZone);
        var isUtc = LocalTimes.IsUtc(zone);
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        var revisitAt = revisit
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(revisitOn!.Value.ToDateTime(revisitTime ?? Intake.Preferences.DefaultCheckInTime), zone), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        // Before a budget revisit, a weekly note of the hours each admin task took: the figures the revisit weighs. The revisit
        // falls on the owner's check-in weekday at least 90 days on, so twelve weeks back from it is after the plan.
        var logFrom = revisitAt is { } r && !clinicalOnly ? r.AddDays(-7 * LogHoursWeeks) : (DateTimeOffset?)null;
        if (!isUtc && (checkIns.Count > 0 || revisitAt is not null))
        {
            // Transitions from a little before the first event on: enough for any client to expand the series.
            var first = logFrom ?? revisitAt ?? checkIns.Min(c => c.NextAt!.Value);
            calendar.AddTimeZone(practice.TimeZone, TimeZoneInfo.ConvertTime(first, zone).DateTime.AddDays(-7), includeHistoricalData: false);
        }

        CalDateTime Local(DateTimeOffset at) => LocalTimes.At(at, zone, practice.TimeZone);

        CalendarEvent Event(string uid, DateTimeOffset at, TimeSpan length, string summary, string description) => new()
        {
            Uid = uid,
            Sequence = sequence,
            DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = Local(at),
            Duration = Duration.FromTimeSpanExact(length),
            Summary = summary,
            Description = description,
            Organizer = new Organizer("mailto:" + practice.Email) { CommonName = Inert(practice.OwnerName) },
            Class = "PRIVATE",
            Transparency = "OPAQUE",
        };

        foreach (var checkIn in checkIns)
        {
            if (checkIn.Kickoff is { } kickoff)
            {
                calendar.Events.Add(Event($"{calendarId}-{Slug(checkIn.Role)}-kickoff@delegation", kickoff.At, KickoffLength,
                    MeetingSlots.TitleOf(checkIn.Role, checkIn.Cadence, 1), Description(CheckIn.KickoffAgenda, null, Moves([kickoff], practice.Country))));
            }

            if (checkIn.Cadence == Cadence.UntilHandOver)
            {
                // One-off work: the kickoff and the hand-over review are all there is.
                foreach (var meeting in checkIn.FirstWeeks ?? [])
                {
                    calendar.Events.Add(Event($"{calendarId}-{Slug(checkIn.Role)}-hand-over@delegation", meeting.At, KickoffLength,
                        MeetingSlots.TitleOf(checkIn.Role, checkIn.Cadence, 2), Description(CheckIn.HandOverAgenda, checkIn.Review, Moves([meeting], practice.Country))));
                }

                continue;
            }

            var week = 1;
            foreach (var meeting in checkIn.FirstWeeks ?? [])
            {
                week++;
                calendar.Events.Add(Event($"{calendarId}-{Slug(checkIn.Role)}-week-{week}@delegation", meeting.At, FirstWeekLength,
                    MeetingSlots.TitleOf(checkIn.Role, checkIn.Cadence, week), Description(CheckIn.FirstWeeksAgenda, checkIn.Review, Moves([meeting], practice.Country))));
            }

            var from = checkIn.CadenceFrom ?? checkIn.NextAt!.Value;
            var usual = Event(Uid(calendarId, checkIn.Role), from, LengthOf(checkIn.Cadence),
                MeetingSlots.TitleOf(checkIn.Role, checkIn.Cadence, CheckInScheduler.FirstWeeks + 2), Description(checkIn.Agenda, checkIn.Review, []));
            var rule = RecurrenceRule(checkIn.Cadence, TimeZoneInfo.ConvertTime(from, zone).DayOfWeek);
            if (checkIn.Until is { } until)
            {
                // UNTIL is UTC when DTSTART has a TZID (RFC 5545 3.3.10).
                rule += ";UNTIL=" + until.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            }

            usual.RecurrenceRule = new RecurrenceRule(rule);
            foreach (var moved in checkIn.Moved ?? [])
            {
                // The holiday's slot is left out and the meeting added on the day it moved to.
                var left = TimeZoneInfo.ConvertTime(moved.At, zone);
                var original = moved.MovedFrom!.Value.ToDateTime(TimeOnly.FromDateTime(left.DateTime));
                usual.ExceptionDates.Add(Local(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(original, zone), TimeSpan.Zero)));
                usual.RecurrenceDates.Add(Local(moved.At));
            }

            calendar.Events.Add(usual);
        }

        if (revisitAt is { } at)
        {
            // At the owner's check-in time, booked and with an alarm: an all-day, free-time event three months out
            // is one nobody sees coming. Not a meeting with anyone, so it goes through Event for its shape only.
            var e = Event($"{calendarId}-revisit@delegation", at, RevisitLength,
                clinicalOnly ? Email.ClinicalOnly.RevisitTitle : RevisitSummary,
                clinicalOnly ? Email.ClinicalOnly.RevisitDescription
                    : "Your delegation plan suggested looking again today: which admin still costs you the most time, "
                        + "and whether a budget for it would now hand it over.");
            e.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = e.Summary,
                Trigger = new Trigger(Duration.FromTimeSpanExact(-RevisitAlarmBefore)),
            });
            calendar.Events.Add(e);
        }

        if (logFrom is not null)
        {
            // Added to the UTC instant in weeks, then written in local time: across a DST change the wall time stays the revisit's.
            var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(revisitOn!.Value.AddDays(-7 * LogHoursWeeks).ToDateTime(revisitTime ?? Intake.Preferences.DefaultCheckInTime), zone), TimeSpan.Zero);
            var notes = Event($"{calendarId}-log-hours@delegation", start, LogHoursLength, LogHoursSummary,
                // The note falls on the owner's check-in weekday, often a Monday morning: the week it counts is the one just past.
                "Write down how many hours each admin task took you over the past seven days. On the day your delegation plan asks you to revisit the budget, "
                    + "these notes show which task costs you the most.");
            notes.RecurrenceRule = new RecurrenceRule($"FREQ=WEEKLY;COUNT={LogHoursWeeks}");
            // A reminder nobody is alerted to is one nobody sees (round 14): it alerts when it starts.
            notes.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = notes.Summary,
                Trigger = new Trigger(Duration.FromTimeSpanExact(TimeSpan.Zero)),
            });
            calendar.Events.Add(notes);
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The check-in calendar did not serialize.");
    }

    /// <summary>
    /// Whether a calendar of <paramref name="checkIns"/> has any event: a plan that hands nothing over has its
    /// revisit date; one whose roles nobody has taken yet has none until the first hire is registered.
    /// </summary>
    /// <param name="checkIns">The plan's series.</param>
    public static bool HasEvents(IReadOnlyList<CheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        return checkIns.Count == 0 || checkIns.Any(c => c.NextAt is not null);
    }

    static IReadOnlyList<string> Moves(IEnumerable<Meeting> meetings, string country) =>
        [.. meetings.Where(m => m.MovedFrom is not null).Select(m => $"Moved from {Locale.DateWords.Brief(m.MovedFrom!.Value, country)} ({m.Holiday}), {Locale.HolidayWords.One(country)}.")];

    /// <summary>The agenda as plain text: the meeting's standing items, then each task's KPIs from its SOP.</summary>
    static string Description(string agenda, IReadOnlyList<KpiReview>? reviews, IReadOnlyList<string> notes)
    {
        var text = new StringBuilder();
        foreach (var note in notes)
        {
            text.Append(note).Append('\n');
        }

        text.Append("Agenda: ").Append(agenda).Append('\n');
        foreach (var review in reviews ?? [])
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
    internal static string Inert(string value) =>
        WebUtility.HtmlEncode(new string(value.Where(c => !char.IsControl(c)).ToArray()));

    internal static string Slug(SupportRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));
}
