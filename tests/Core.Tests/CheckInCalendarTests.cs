using System.Text;
using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Workflow.Activities;
using Delegation.Infrastructure.Storage;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using IcalCalendar = Ical.Net.Calendar;

namespace Delegation.Core.Tests;

public sealed class CheckInCalendarTests
{
    const string PlanId = Samples.PlanId;

    /// <summary>Check-ins from the real stage, for the given owners of delegated tasks, dated as if every hire was registered at <paramref name="now"/>.</summary>
    static async Task<IReadOnlyList<CheckIn>> CheckInsAsync(DateTimeOffset now, DayOfWeek day, params (PracticeTask Task, SupportRole Role)[] tasks)
    {
        var planned = await UndatedAsync(now, day, tasks);
        var calendar = MeetingCalendar.For(Samples.Practice.TimeZone, new TimeOnly(8, 30), Samples.Practice.Country);
        return [.. planned.Select(c => CheckInScheduler.Dated(c, calendar, day, now))];
    }

    static async Task<IReadOnlyList<CheckIn>> UndatedAsync(DateTimeOffset now, DayOfWeek day, params (PracticeTask Task, SupportRole Role)[] tasks)
    {
        var request = new CheckInRequest(tasks.Select(t => t.Role).Distinct().ToList(), Samples.Practice.TimeZone, day, now,
            tasks.Select(t => new SopTask(t.Task, t.Role)).ToList(), new TimeOnly(8, 30), Samples.Practice.Country);
        return await new ScheduleCheckIns().RunAsync(request);
    }

    static IcalCalendar Load(string ics) => IcalCalendar.Load(ics) ?? throw new InvalidOperationException("not a calendar");

    static Task<IReadOnlyList<CheckIn>> ThreeRolesAsync() => CheckInsAsync(Samples.Now, DayOfWeek.Monday,
        (Samples.Task(id: "t1", name: "Scheduling appointments", clientInfo: true), SupportRole.VirtualAssistant),
        (Samples.Task(id: "t2", name: "Insurance claims", category: TaskCategory.Billing, clientInfo: true), SupportRole.BillingSpecialist),
        (Samples.Task(id: "t3", name: "Social media", category: TaskCategory.Marketing), SupportRole.MarketingSupport));

    [Fact]
    public async Task Write_EachRole_IsAKickoffFourFirstWeeksAndOneRecurringEventWithStableUids()
    {
        var checkIns = await ThreeRolesAsync();

        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(3 * 6, calendar.Events.Count);
        var rules = calendar.Events.Where(e => e.RecurrenceRule is not null).ToDictionary(e => e.Uid!, e => e.RecurrenceRule!.ToString());
        // Registered Monday 2 March 15:00 UTC: two days on is Wednesday, so the kickoff is Monday 9 March, the series runs a year from it (CST again by then).
        Assert.Equal("FREQ=WEEKLY;UNTIL=20270309T143000Z;BYDAY=MO", rules[$"{PlanId}-virtual-assistant@delegation"]);
        // Roles meet an hour apart, in role order: the billing specialist at 09:30, marketing support at 10:30.
        Assert.Equal("FREQ=MONTHLY;UNTIL=20270309T153000Z;BYDAY=1MO", rules[$"{PlanId}-billing-specialist@delegation"]);
        Assert.Equal("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270309T163000Z;BYDAY=MO", rules[$"{PlanId}-marketing-support@delegation"]);
        var kickoff = calendar.Events.Single(e => e.Uid == $"{PlanId}-virtual-assistant-kickoff@delegation");
        Assert.Equal("Virtual assistant kickoff", kickoff.Summary);
        Assert.Equal(new DateTime(2026, 3, 9, 8, 30, 0), kickoff.DtStart!.Value);
        Assert.Contains("named account", kickoff.Description, StringComparison.Ordinal);
        Assert.Equal(
            [new DateTime(2026, 3, 16, 8, 30, 0), new DateTime(2026, 3, 23, 8, 30, 0), new DateTime(2026, 3, 30, 8, 30, 0), new DateTime(2026, 4, 6, 8, 30, 0)],
            Enumerable.Range(2, 4).Select(w => calendar.Events.Single(e => e.Uid == $"{PlanId}-virtual-assistant-week-{w}@delegation").DtStart!.Value));
        Assert.All(calendar.Events, e =>
        {
            Assert.Equal(0, e.Sequence);
            Assert.Equal("America/Chicago", e.DtStart!.TzId);
            var hour = e.Uid!.Contains("virtual", StringComparison.Ordinal) ? 8 : e.Uid.Contains("billing", StringComparison.Ordinal) ? 9 : 10;
            Assert.Equal(new TimeOnly(hour, 30), e.DtStart.Time);
            Assert.Equal(new Uri("mailto:ana@example.com"), e.Organizer!.Value);
            Assert.Equal("Ana Ruiz", e.Organizer.CommonName);
        });
    }

    [Fact]
    public async Task Write_MemorialDay_IsExcludedFromTheSeriesAndAddedOnTuesday()
    {
        // Kickoff Monday 13 April 2026: the usual cadence starts 18 May, so Memorial Day (25 May) is in the series.
        var checkIns = await CheckInsAsync(new DateTimeOffset(2026, 4, 6, 12, 0, 0, TimeSpan.Zero), DayOfWeek.Monday, (Samples.Task(), SupportRole.VirtualAssistant));

        var series = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0)).Events.Single(e => e.RecurrenceRule is not null);

        var dates = series.GetOccurrences(new CalDateTime(2026, 5, 1, 0, 0, 0, "America/Chicago"))
            .TakeWhileBefore(new CalDateTime(2026, 6, 2, 0, 0, 0, "America/Chicago"))
            .Select(o => o.Period.StartTime.Value)
            .ToList();
        Assert.Equal([new DateTime(2026, 5, 18, 8, 30, 0), new DateTime(2026, 5, 26, 8, 30, 0), new DateTime(2026, 6, 1, 8, 30, 0)], dates);
        // Nothing in the whole year lands on a US public holiday.
        var meetings = MeetingCalendar.For("America/Chicago", new TimeOnly(8, 30), "US");
        var year = series.GetOccurrences(new CalDateTime(2026, 5, 1, 0, 0, 0, "America/Chicago")).Select(o => o.Period.StartTime.Value).ToList();
        Assert.InRange(year.Count, 40, 52);
        Assert.All(year, d => Assert.Null(meetings.HolidayOn(DateOnly.FromDateTime(d))));
    }

    [Fact]
    public async Task Write_TimeZone_HasAVTimeZoneWithBothOffsets()
    {
        var checkIns = await ThreeRolesAsync();

        var ics = CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0);

        var zone = Assert.Single(Load(ics).TimeZones);
        Assert.Equal("America/Chicago", zone.TzId);
        Assert.Contains("TZOFFSETTO:-0500", ics, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:-0600", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/Chicago:", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WeeklyAcrossTheEndOfDaylightSaving_StaysAtTheCheckInTimeWhileTheOffsetChanges()
    {
        // Kickoff Monday 14 September 2026, so the usual weekly series starts 19 October; US daylight saving time ends on Sunday 1 November.
        var checkIns = await CheckInsAsync(new DateTimeOffset(2026, 9, 7, 12, 0, 0, TimeSpan.Zero), DayOfWeek.Monday,
            (Samples.Task(), SupportRole.VirtualAssistant));
        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        var occurrences = calendar.Events.Single(e => e.RecurrenceRule is not null)
            .GetOccurrences(new CalDateTime(2026, 10, 1, 0, 0, 0, "America/Chicago"))
            .TakeWhileBefore(new CalDateTime(2026, 11, 17, 0, 0, 0, "America/Chicago"))
            .Select(o => o.Period.StartTime)
            .ToList();

        Assert.Equal(
            [new DateTime(2026, 10, 19, 8, 30, 0), new DateTime(2026, 10, 26, 8, 30, 0), new DateTime(2026, 11, 2, 8, 30, 0), new DateTime(2026, 11, 9, 8, 30, 0), new DateTime(2026, 11, 16, 8, 30, 0)],
            occurrences.Select(o => o.Value));
        Assert.Equal(
            [new DateTime(2026, 10, 19, 13, 30, 0), new DateTime(2026, 10, 26, 13, 30, 0), new DateTime(2026, 11, 2, 14, 30, 0), new DateTime(2026, 11, 9, 14, 30, 0), new DateTime(2026, 11, 16, 14, 30, 0)],
            occurrences.Select(o => o.AsUtc));
    }

    [Fact]
    public async Task Write_Monthly_ExpandsToTheFirstCheckInDayOfEachMonth()
    {
        var checkIns = await CheckInsAsync(Samples.Now, DayOfWeek.Tuesday,
            (Samples.Task(category: TaskCategory.Billing, name: "Claims"), SupportRole.BillingSpecialist));
        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        var dates = calendar.Events.Single(e => e.RecurrenceRule is not null)
            .GetOccurrences(new CalDateTime(2026, 3, 1, 0, 0, 0, "America/Chicago"))
            .Take(4)
            .Select(o => o.Period.StartTime.Value)
            .ToList();

        // Kickoff Tuesday 10 March, weekly to 7 April; from then the first Tuesday of each month, from May.
        Assert.Equal([new DateTime(2026, 5, 5, 8, 30, 0), new DateTime(2026, 6, 2, 8, 30, 0), new DateTime(2026, 7, 7, 8, 30, 0), new DateTime(2026, 8, 4, 8, 30, 0)], dates);
    }

    [Fact]
    public async Task Write_Description_IsTheAgendaWithEachTasksKpis()
    {
        var checkIns = await ThreeRolesAsync();

        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        var billing = calendar.Events.Single(e => e.Uid == CheckInCalendar.Uid(PlanId, SupportRole.BillingSpecialist));
        Assert.Contains("Monthly financial report", billing.Description, StringComparison.Ordinal);
        Assert.Contains("KPIs for Insurance claims", billing.Description, StringComparison.Ordinal);
        Assert.Contains("Denial rate", billing.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Monthly billing specialist check-in", billing.Summary);
        var va = calendar.Events.Single(e => e.Uid == CheckInCalendar.Uid(PlanId, SupportRole.VirtualAssistant));
        Assert.DoesNotContain("Insurance claims", va.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_HostileNames_AreEncodedAndCannotBreakALine()
    {
        var practice = Samples.Practice with { OwnerName = "Ana\r\nATTENDEE:mailto:x@evil.example" };
        var checkIns = await CheckInsAsync(Samples.Now, DayOfWeek.Monday,
            (Samples.Task(name: "<script>alert(1)</script>", notes: "Client J.D. relapse"), SupportRole.VirtualAssistant));

        var ics = CheckInCalendar.Write(PlanId, practice, checkIns, Samples.Now, 0);

        Assert.DoesNotContain("<script", ics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\nATTENDEE", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("J.D.", ics, StringComparison.Ordinal);
        var e = Load(ics).Events.Single(e => e.RecurrenceRule is not null);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", e.Description, StringComparison.Ordinal);
        Assert.Empty(e.Attendees);
    }

    [Fact]
    public async Task Write_SameInput_GivesTheSameFile()
    {
        var checkIns = await ThreeRolesAsync();

        Assert.Equal(
            CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 2),
            CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 2));
    }

    [Fact]
    public async Task Save_UnchangedCalendar_KeepsItsVersion_ChangedOneRaisesTheSequence()
    {
        using var temp = new TempDirectory();
        var store = new CalendarStore(new LocalFolderDocumentStore(temp.Path));
        var checkIns = await ThreeRolesAsync();
        string Render(IReadOnlyList<CheckIn> c, int sequence) => CheckInCalendar.Write(PlanId, Samples.Practice, c, Samples.Now, sequence);

        var first = await store.SaveAsync(PlanId, s => Render(checkIns, s));
        var again = await store.SaveAsync(PlanId, s => Render(checkIns, s));
        var changed = await store.SaveAsync(PlanId, s => Render(checkIns.Take(2).ToList(), s));

        Assert.Equal((1, 1, 2), (first, again, changed));
        Assert.Equal(
            [$"plans/{PlanId}/checkins.ics", $"plans/{PlanId}/checkins/latest.json", $"plans/{PlanId}/checkins/v1.ics", $"plans/{PlanId}/checkins/v2.ics"],
            temp.Files().Where(f => !f.EndsWith(".meta", StringComparison.Ordinal) && !f.Contains("/.", StringComparison.Ordinal)));
        var current = Load(Encoding.UTF8.GetString((await store.GetAsync(PlanId))!.Content));
        Assert.Equal(2 * 6, current.Events.Count);
        // The same UIDs with a higher SEQUENCE: a calendar app updates its events rather than adding copies.
        Assert.All(current.Events, e => Assert.Equal(1, e.Sequence));
        var v1 = Load(await File.ReadAllTextAsync(Path.Combine(temp.Path, "plans", PlanId, "checkins", "v1.ics")));
        Assert.Subset(v1.Events.Select(e => e.Uid).ToHashSet(), current.Events.Select(e => e.Uid).ToHashSet());
    }

    [Fact]
    public async Task Save_RendersTheFirstVersionOnce()
    {
        using var temp = new TempDirectory();
        var store = new CalendarStore(new LocalFolderDocumentStore(temp.Path));
        var checkIns = await ThreeRolesAsync();
        var sequences = new List<int>();

        await store.SaveAsync(PlanId, s =>
        {
            sequences.Add(s);
            return CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, s);
        });

        Assert.Equal([0], sequences);
        Assert.All(Load(Encoding.UTF8.GetString((await store.GetAsync(PlanId))!.Content)).Events, e => Assert.Equal(0, e.Sequence));
    }

    [Fact]
    public void Write_NoCheckIns_IsOneTimedRevisitEventWithAnAlarm_OnTheDateTheEmailNames()
    {
        var revisit = PlanEmailContent.RevisitOn(Samples.Now, Samples.Practice.TimeZone, DayOfWeek.Monday);

        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, [], Samples.Now, 0, revisit, revisitTime: new TimeOnly(17, 0)));

        var e = Assert.Single(calendar.Events, e => e.Summary == CheckInCalendar.RevisitSummary);
        // Ninety days on is Sunday 31 May; the owner's check-in weekday after it is Monday 1 June.
        Assert.Equal(new DateOnly(2026, 6, 1), revisit);
        // At the owner's check-in time in their own zone, booked, and ringing before it starts.
        Assert.True(e.DtStart!.HasTime);
        Assert.Equal(Samples.Practice.TimeZone, e.DtStart.TzId);
        Assert.Equal(new DateTime(2026, 6, 1, 17, 0, 0), e.DtStart.Value);
        Assert.Equal("OPAQUE", e.Transparency);
        var alarm = Assert.Single(e.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.Equal(-CheckInCalendar.RevisitAlarmBefore, alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        Assert.Single(calendar.TimeZones);
    }

    [Fact]
    public void RevisitOn_ClinicalOnly_IsWithinTwoWeeksOfThePlan_OnTheCheckInDay()
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var revisit = PlanEmailContent.RevisitOn(Samples.Now, Samples.Practice.TimeZone, day, clinicalOnly: true);

            Assert.Equal(day, revisit.DayOfWeek);
            var days = revisit.DayNumber - DateOnly.FromDateTime(Samples.Now.UtcDateTime).DayNumber;
            Assert.InRange(days, PlanEmailContent.ListAdminAfterDays, 14);
        }
    }

    [Fact]
    public async Task Write_RolesNobodyHasTaken_HaveNoEvents_SoThereIsNoCalendar()
    {
        var planned = await UndatedAsync(Samples.Now, DayOfWeek.Monday, (Samples.Task(), SupportRole.VirtualAssistant));

        Assert.False(CheckInCalendar.HasEvents(planned));
        Assert.Throws<ArgumentException>(() => CheckInCalendar.Write(PlanId, Samples.Practice, planned, Samples.Now, 0, new DateOnly(2026, 6, 1)));
        Assert.True(CheckInCalendar.HasEvents([]));
    }

    [Fact]
    public void Write_NoCheckInsAndNoRevisitDate_Refuses()
    {
        Assert.Throws<ArgumentException>(() => CheckInCalendar.Write(PlanId, Samples.Practice, [], Samples.Now, 0));
    }
}
