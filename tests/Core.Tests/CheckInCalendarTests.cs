using System.Text;
using Delegation.Core.Calendar;
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

    /// <summary>Check-ins from the real stage, for the given owners of delegated tasks.</summary>
    static async Task<IReadOnlyList<CheckIn>> CheckInsAsync(DateTimeOffset now, DayOfWeek day, params (PracticeTask Task, SupportRole Role)[] tasks)
    {
        var request = new CheckInRequest(tasks.Select(t => t.Role).Distinct().ToList(), Samples.Practice.TimeZone, day, now,
            tasks.Select(t => new SopTask(t.Task, t.Role)).ToList());
        return await new ScheduleCheckIns().RunAsync(request);
    }

    static IcalCalendar Load(string ics) => IcalCalendar.Load(ics) ?? throw new InvalidOperationException("not a calendar");

    static Task<IReadOnlyList<CheckIn>> ThreeRolesAsync() => CheckInsAsync(Samples.Now, DayOfWeek.Monday,
        (Samples.Task(id: "t1", name: "Scheduling appointments", clientInfo: true), SupportRole.VirtualAssistant),
        (Samples.Task(id: "t2", name: "Insurance claims", category: TaskCategory.Billing, clientInfo: true), SupportRole.BillingSpecialist),
        (Samples.Task(id: "t3", name: "Social media", category: TaskCategory.Marketing), SupportRole.MarketingSupport));

    [Fact]
    public async Task Write_EachRole_IsOneRecurringEventWithAStableUidAndItsRule()
    {
        var checkIns = await ThreeRolesAsync();

        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(3, calendar.Events.Count);
        var rules = calendar.Events.ToDictionary(e => e.Uid!, e => e.RecurrenceRule!.ToString());
        Assert.Equal("FREQ=WEEKLY;BYDAY=MO", rules[$"{PlanId}-virtual-assistant@delegation"]);
        Assert.Equal("FREQ=MONTHLY;BYDAY=1MO", rules[$"{PlanId}-billing-specialist@delegation"]);
        Assert.Equal("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", rules[$"{PlanId}-marketing-support@delegation"]);
        Assert.All(calendar.Events, e =>
        {
            Assert.Equal(0, e.Sequence);
            Assert.Equal("America/Chicago", e.DtStart!.TzId);
            Assert.Equal(new TimeOnly(10, 0), e.DtStart.Time);
            Assert.Equal(DayOfWeek.Monday, e.DtStart.DayOfWeek);
            Assert.Equal(new Uri("mailto:ana@example.com"), e.Organizer!.Value);
            Assert.Equal("Ana Ruiz", e.Organizer.CommonName);
        });
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
    public async Task Write_WeeklyAcrossTheEndOfDaylightSaving_StaysAtTenLocalWhileTheOffsetChanges()
    {
        // A week later is Monday 19 October 2026; US daylight saving time ends on Sunday 1 November.
        var checkIns = await CheckInsAsync(new DateTimeOffset(2026, 10, 12, 14, 0, 0, TimeSpan.Zero), DayOfWeek.Monday,
            (Samples.Task(), SupportRole.VirtualAssistant));
        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        var occurrences = calendar.Events.Single()
            .GetOccurrences(new CalDateTime(2026, 10, 1, 0, 0, 0, "America/Chicago"))
            .TakeWhileBefore(new CalDateTime(2026, 11, 17, 0, 0, 0, "America/Chicago"))
            .Select(o => o.Period.StartTime)
            .ToList();

        Assert.Equal(
            [new DateTime(2026, 10, 19, 10, 0, 0), new DateTime(2026, 10, 26, 10, 0, 0), new DateTime(2026, 11, 2, 10, 0, 0), new DateTime(2026, 11, 9, 10, 0, 0), new DateTime(2026, 11, 16, 10, 0, 0)],
            occurrences.Select(o => o.Value));
        Assert.Equal(
            [new DateTime(2026, 10, 19, 15, 0, 0), new DateTime(2026, 10, 26, 15, 0, 0), new DateTime(2026, 11, 2, 16, 0, 0), new DateTime(2026, 11, 9, 16, 0, 0), new DateTime(2026, 11, 16, 16, 0, 0)],
            occurrences.Select(o => o.AsUtc));
    }

    [Fact]
    public async Task Write_Monthly_ExpandsToTheFirstCheckInDayOfEachMonth()
    {
        var checkIns = await CheckInsAsync(Samples.Now, DayOfWeek.Tuesday,
            (Samples.Task(category: TaskCategory.Billing, name: "Claims"), SupportRole.BillingSpecialist));
        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        var dates = calendar.Events.Single()
            .GetOccurrences(new CalDateTime(2026, 3, 1, 0, 0, 0, "America/Chicago"))
            .Take(4)
            .Select(o => o.Period.StartTime.Value)
            .ToList();

        // Now is 2 March; a week later is 9 March, so April's first Tuesday is the first meeting.
        Assert.Equal([new DateTime(2026, 4, 7, 10, 0, 0), new DateTime(2026, 5, 5, 10, 0, 0), new DateTime(2026, 6, 2, 10, 0, 0), new DateTime(2026, 7, 7, 10, 0, 0)], dates);
    }

    [Fact]
    public async Task Write_Description_IsTheAgendaWithEachTasksKpis()
    {
        var checkIns = await ThreeRolesAsync();

        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, checkIns, Samples.Now, 0));

        var billing = calendar.Events.Single(e => e.Uid!.Contains("billing", StringComparison.Ordinal));
        Assert.Contains("Monthly financial report", billing.Description, StringComparison.Ordinal);
        Assert.Contains("KPIs for Insurance claims", billing.Description, StringComparison.Ordinal);
        Assert.Contains("Denial rate", billing.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Monthly check-in with your billing specialist", billing.Summary);
        var va = calendar.Events.Single(e => e.Uid!.Contains("virtual", StringComparison.Ordinal));
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
        var e = Load(ics).Events.Single();
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
        Assert.Equal(2, current.Events.Count);
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
    public void Write_NoCheckIns_IsAnEmptyValidCalendar()
    {
        var calendar = Load(CheckInCalendar.Write(PlanId, Samples.Practice, [], Samples.Now, 0));

        Assert.Empty(calendar.Events);
        Assert.Empty(calendar.TimeZones);
    }
}
