using System.Globalization;

namespace Delegation.Core.Planning;

/// <summary>
/// Puts the guide's "weekly meeting with your VA or monthly financial reports from your billing
/// specialist" on the calendar, in the practice's own time zone and at its own check-in time: a
/// kickoff in the new hire's first days, weekly check-ins for four weeks while the work is new, then
/// the role's usual cadence (a role with only one-off projects: one hand-over review instead). A meeting
/// that falls on a public holiday moves to the next working day, never earlier: an earlier day could
/// cut into the two days a new hire has before the kickoff, or come before a reminder said it would.
/// At plan time nobody is hired, so a role's series is only a rule; it is dated when the practice
/// registers who took the role, so a hire made in phase 2 or after the holidays keeps its kickoff.
/// </summary>
public static class CheckInScheduler
{
    /// <summary>Days between registering a hire and the earliest kickoff: time to send the SOPs and set up accounts.</summary>
    public static readonly TimeSpan HireLead = TimeSpan.FromDays(2);

    /// <summary>Weekly check-ins after the kickoff, before the role's usual cadence takes over.</summary>
    public const int FirstWeeks = 4;

    /// <summary>
    /// Weeks from a project-only role's kickoff to its one hand-over review. The projects such a role takes are a
    /// few hours of one-off work: four weekly check-ins would outnumber the working sessions, so there is one.
    /// </summary>
    public const int HandOverWeeks = 2;

    /// <summary>The weeks after the kickoff that have a check-in: each of the first four, or a project's one hand-over week.</summary>
    /// <param name="cadence">The role's cadence.</param>
    public static IReadOnlyList<int> WeeksAfterKickoff(Cadence cadence) =>
        cadence == Cadence.UntilHandOver ? [HandOverWeeks] : [.. Enumerable.Range(1, FirstWeeks)];

    /// <summary>How far the calendar's series runs: a year, after which the cadence deserves a fresh look anyway.</summary>
    public const int HorizonDays = 365;

    /// <summary>
    /// Between one role's meetings and the next role's on the same day: the longest meeting (a kickoff)
    /// fits, so the therapist is never booked with two people at once.
    /// </summary>
    public static readonly TimeSpan RoleSlot = TimeSpan.FromHours(1);

    /// <summary>
    /// The local time the <paramref name="index"/>-th role (in role order) meets: the practice's check-in
    /// time for the first, each next one a <see cref="RoleSlot"/> later; from the afternoon on, earlier
    /// instead, so no meeting runs towards midnight.
    /// </summary>
    /// <param name="checkInTime">The practice's check-in time.</param>
    /// <param name="index">The role's place among the plan's roles, from 0.</param>
    public static TimeOnly TimeOf(TimeOnly checkInTime, int index) =>
        checkInTime.Add((checkInTime < new TimeOnly(14, 0) ? 1 : -1) * index * RoleSlot);

    /// <summary>The cadence each role meets on once the first weeks are over.</summary>
    /// <param name="role">The role.</param>
    public static Cadence CadenceOf(SupportRole role) => role switch
    {
        SupportRole.VirtualAssistant => Cadence.Weekly,
        SupportRole.AssociateTherapist => Cadence.Weekly,
        SupportRole.BillingSpecialist => Cadence.Monthly,
        _ => Cadence.Biweekly,
    };

    /// <summary>
    /// One undated check-in series per engaged role, its agenda carrying the KPIs of the tasks that role owns:
    /// the weekday, the role's own hour and the rule its kickoff follows once the hire is registered.
    /// </summary>
    /// <param name="roles">Engaged roles; repeats are ignored.</param>
    /// <param name="calendar">The practice's time zone, check-in time and public holidays.</param>
    /// <param name="checkInDay">The weekday the practice meets on.</param>
    /// <param name="reviews">Per role, the delegated tasks' SOP KPIs; a role without any gets only its standing agenda.</param>
    /// <param name="projectOnly">Roles that only do one-off projects: they meet until the hand-over, then stop.</param>
    /// <param name="kinds">Per role, the SOP kinds of its tasks, so a standing agenda asks only for work the role does; null for the role's usual agenda.</param>
    public static IReadOnlyList<CheckIn> Schedule(
        IEnumerable<SupportRole> roles, MeetingCalendar calendar, DayOfWeek checkInDay,
        IReadOnlyDictionary<SupportRole, IReadOnlyList<KpiReview>>? reviews = null, IReadOnlySet<SupportRole>? projectOnly = null,
        IReadOnlyDictionary<SupportRole, IReadOnlySet<string>>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(calendar);
        // Each role its own hour: two hires whose series land on the same day meet one after the other.
        var engaged = roles.Distinct().Order().ToList();
        return engaged.Select((role, index) =>
        {
            var cadence = projectOnly?.Contains(role) == true ? Cadence.UntilHandOver : CadenceOf(role);
            var time = TimeOf(calendar.Time, index);
            IReadOnlyList<KpiReview> review = reviews is not null && reviews.TryGetValue(role, out var r) ? r : [];
            return new CheckIn(role, cadence, null, AgendaOf(role, kinds is not null && kinds.TryGetValue(role, out var k) ? k : null), review,
                Day: checkInDay, Time: time, Starts: KickoffRule(checkInDay, time, calendar.KnowsHolidays, engaged.Count > 1));
        }).ToList();
    }

    /// <summary>
    /// The series of <paramref name="planned"/> dated from the moment its hire was registered: the kickoff on the
    /// first check-in weekday at the role's time at least <see cref="HireLead"/> later, the four weekly
    /// check-ins, then the usual cadence for a year (a project-only role: until the hand-over).
    /// </summary>
    /// <param name="planned">The plan's undated series (its day and time), or an older plan's dated one.</param>
    /// <param name="calendar">The practice's calendar; its time is replaced by the role's own.</param>
    /// <param name="checkInDay">The practice's check-in weekday, for older plans that did not store it.</param>
    /// <param name="registeredAt">When the hire was registered (plan time).</param>
    public static CheckIn Dated(CheckIn planned, MeetingCalendar calendar, DayOfWeek checkInDay, DateTimeOffset registeredAt)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(calendar);
        var day = planned.Day ?? checkInDay;
        var meetings = calendar.WithTime(planned.Time ?? calendar.Time);
        var kickoffDate = KickoffDate(meetings, day, registeredAt + HireLead);
        return DatedFrom(planned, meetings, day, kickoffDate);
    }

    /// <summary>The series of <paramref name="planned"/> whose kickoff was set for <paramref name="kickoffDate"/> (before any holiday move).</summary>
    /// <param name="planned">The plan's series: role, cadence, agenda and KPIs.</param>
    /// <param name="meetings">The practice's calendar at the role's own time.</param>
    /// <param name="day">The check-in weekday.</param>
    /// <param name="kickoffDate">The kickoff's local date.</param>
    public static CheckIn DatedFrom(CheckIn planned, MeetingCalendar meetings, DayOfWeek day, DateOnly kickoffDate)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(meetings);
        var cadence = planned.Cadence;
        var kickoff = meetings.Meet(kickoffDate);
        var firstWeeks = WeeksAfterKickoff(cadence).Select(w => meetings.Meet(kickoffDate.AddDays(7 * w))).ToList();
        var cadenceFrom = CadenceStart(kickoffDate, cadence, day);
        var until = cadence == Cadence.UntilHandOver ? firstWeeks[^1].At : meetings.At(kickoffDate.AddDays(HorizonDays));
        var moved = RuleDates(cadenceFrom, cadence, day)
            .TakeWhile(d => meetings.At(d) <= until)
            .Select(meetings.Meet)
            .Where(m => m.MovedFrom is not null)
            .ToList();
        return planned with
        {
            NextAt = kickoff.At,
            Kickoff = kickoff,
            FirstWeeks = firstWeeks,
            CadenceFrom = meetings.At(cadenceFrom),
            Until = until,
            Moved = moved,
            Day = day,
            Time = meetings.Time,
        };
    }

    /// <summary>
    /// The kickoff's rule in words, true for every role of any plan: "the first Wednesday at 10:00 at least two
    /// days after you register who you hired, or the next working day if that is a public holiday". No brackets:
    /// the rule is itself quoted in brackets (the hiring kit's "(60 minutes, …)"), and nested ones read as a typo.
    /// </summary>
    /// <param name="day">The check-in weekday.</param>
    /// <param name="time">The role's local meeting time.</param>
    /// <param name="knowsHolidays">Whether the practice's public holidays are known (and so skipped).</param>
    /// <param name="apart">Whether the plan has other roles, whose kickoffs <see cref="ApartFrom"/> keeps this one from running into.</param>
    public static string KickoffRule(DayOfWeek day, TimeOnly time, bool knowsHolidays, bool apart = false) =>
        $"the first {day} at {time.ToString("HH:mm", CultureInfo.InvariantCulture)} at least {HireLead.Days switch { 1 => "one day", 2 => "two days", var n => $"{n} days" }} after you register who you hired"
        + (knowsHolidays ? ", or the next working day if that is a public holiday" : "")
        // Roles an hour apart never overlap; this keeps the owner out of two hour-long kickoffs back to back.
        // Said as the owner's email says it (round 13), so the two never read as both kickoffs moving.
        + (apart ? "; if two hires' kickoffs would fall on the same day an hour apart, the one registered later moves a week, so you never have two kickoffs back to back" : "");

    /// <summary>
    /// Every meeting of a series, in order and without end: the kickoff, the first weeks, then the usual
    /// cadence, each moved off public holidays. The rollout's reminders walk this, so they meet the calendar's dates.
    /// </summary>
    /// <param name="kickoffDate">The local date the kickoff was set for (before any holiday move).</param>
    /// <param name="cadence">The role's usual cadence.</param>
    /// <param name="checkInDay">The practice's check-in weekday.</param>
    /// <param name="calendar">The practice's meeting calendar.</param>
    public static IEnumerable<Meeting> Meetings(DateOnly kickoffDate, Cadence cadence, DayOfWeek checkInDay, MeetingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        foreach (var week in WeeksAfterKickoff(cadence).Prepend(0))
        {
            yield return calendar.Meet(kickoffDate.AddDays(7 * week));
        }

        foreach (var date in RuleDates(CadenceStart(kickoffDate, cadence, checkInDay), cadence, checkInDay))
        {
            yield return calendar.Meet(date);
        }
    }

    /// <summary>
    /// The kickoff date of a role meeting at <paramref name="time"/>: <paramref name="first"/>, or a week later (again
    /// if need be) while another hire's kickoff that day starts within <see cref="RoleSlot"/> of it. Two hires
    /// registered together would otherwise have their hour-long kickoffs back to back; roles two hours apart still
    /// share a morning, with a gap between.
    /// </summary>
    /// <param name="first">The date the kickoff rule gives.</param>
    /// <param name="time">The role's local meeting time.</param>
    /// <param name="others">The kickoffs already set for the plan's other roles: local date and time.</param>
    public static DateOnly ApartFrom(DateOnly first, TimeOnly time, IReadOnlyCollection<(DateOnly Date, TimeOnly Time)> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var date = first;
        while (others.Any(o => o.Date == date && Math.Abs((o.Time - time).TotalMinutes) is var gap && Math.Min(gap, 24 * 60 - gap) <= RoleSlot.TotalMinutes))
        {
            date = date.AddDays(7);
        }

        return date;
    }

    /// <summary>The first check-in weekday whose meeting time is at or after <paramref name="notBefore"/>.</summary>
    /// <param name="calendar">The practice's meeting calendar.</param>
    /// <param name="day">The check-in weekday.</param>
    /// <param name="notBefore">The earliest instant.</param>
    public static DateOnly KickoffDate(MeetingCalendar calendar, DayOfWeek day, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        for (var date = calendar.DateOf(notBefore); ; date = date.AddDays(1))
        {
            if (date.DayOfWeek == day && calendar.At(date) >= notBefore)
            {
                return date;
            }
        }
    }

    /// <summary>The first date of the usual cadence: the week after the first weeks (biweekly: a fortnight after), monthly: the first check-in weekday of a month from then on.</summary>
    static DateOnly CadenceStart(DateOnly kickoffDate, Cadence cadence, DayOfWeek day)
    {
        var lastWeekly = kickoffDate.AddDays(7 * FirstWeeks);
        return cadence switch
        {
            Cadence.UntilHandOver => kickoffDate.AddDays(7 * HandOverWeeks),
            Cadence.Weekly => lastWeekly.AddDays(7),
            Cadence.Biweekly => lastWeekly.AddDays(14),
            _ => FirstOfMonthOnOrAfter(lastWeekly.AddDays(7), day),
        };
    }

    static IEnumerable<DateOnly> RuleDates(DateOnly from, Cadence cadence, DayOfWeek day)
    {
        if (cadence == Cadence.UntilHandOver)
        {
            yield break;
        }

        for (var date = from; ; )
        {
            yield return date;
            date = cadence switch
            {
                Cadence.Weekly => date.AddDays(7),
                Cadence.Biweekly => date.AddDays(14),
                _ => FirstOfMonthOnOrAfter(date.AddDays(1), day),
            };
        }
    }

    // "The first Monday of the month": the same rule the calendar's RRULE writes (BYDAY=1MO).
    static DateOnly FirstOfMonthOnOrAfter(DateOnly from, DayOfWeek day)
    {
        var date = from;
        while (date.DayOfWeek != day || date.Day > 7)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    // Kinds of billing work that produce the figures a financial report is made of: a role that only checks benefits or
    // credentials has no access to what was billed or paid, so its agenda never asks for that report.
    static readonly string[] MoneyKinds = ["claims", "payment-posting", "statements", "denials", "superbills"];

    static string AgendaOf(SupportRole role, IReadOnlySet<string>? kinds) => role switch
    {
        SupportRole.BillingSpecialist when kinds is not null && !kinds.Overlaps(MoneyKinds) => BillingAgenda(kinds),
        SupportRole.BillingSpecialist => "Monthly financial report: what was billed, paid and still owed; anything refused or disputed; anything the practice owner must decide.",
        SupportRole.VirtualAssistant => "What went well, what got stuck, questions about the SOPs, next week's priorities.",
        SupportRole.AssociateTherapist => "Caseload, referrals and consultation; anything to adjust in how work is shared.",
        _ => "Progress against the SOPs' goals, results since last time, what to adjust next.",
    };

    // What a billing specialist who does no claims brings: the work their SOPs give them, in the words the SOPs use.
    static string BillingAgenda(IReadOnlySet<string> kinds)
    {
        var items = new List<string>();
        if (kinds.Contains("eligibility"))
        {
            items.Add("benefits checks run and any coverage problem found");
            items.Add("authorizations coming up for renewal");
        }

        if (kinds.Contains("credentialing") || kinds.Contains("associate-credentialing"))
        {
            items.Add("where each credentialing application stands with each payer, and the next follow-up");
        }

        items.Add("anything the practice owner must decide");
        var text = string.Join("; ", items);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
