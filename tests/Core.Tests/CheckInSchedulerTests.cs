using System.Text.Json;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Tests;

public sealed class CheckInSchedulerTests
{
    static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    static readonly TimeOnly HalfPastEight = new(8, 30);

    static MeetingCalendar Us(TimeOnly? time = null) => MeetingCalendar.For("America/Chicago", time ?? HalfPastEight, "US");

    // The plan's undated series, dated as registering every hire at `registeredAt` dates it.
    static IReadOnlyList<CheckIn> Dated(IEnumerable<SupportRole> roles, MeetingCalendar calendar, DayOfWeek day, DateTimeOffset registeredAt, IReadOnlySet<SupportRole>? projectOnly = null) =>
        [.. CheckInScheduler.Schedule(roles, calendar, day, projectOnly: projectOnly).Select(c => CheckInScheduler.Dated(c, calendar, day, registeredAt))];

    static CheckIn One(SupportRole role, MeetingCalendar calendar, DayOfWeek day, DateTimeOffset registeredAt) =>
        Dated([role], calendar, day, registeredAt).Single();

    static DateTime Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).DateTime;

    [Theory]
    [InlineData(SupportRole.VirtualAssistant, Cadence.Weekly, "2026-04-17")]
    [InlineData(SupportRole.AssociateTherapist, Cadence.Weekly, "2026-04-17")]
    [InlineData(SupportRole.MarketingSupport, Cadence.Biweekly, "2026-04-24")]
    [InlineData(SupportRole.TechProfessional, Cadence.Biweekly, "2026-04-24")]
    [InlineData(SupportRole.BillingSpecialist, Cadence.Monthly, "2026-05-01")]
    public void Dated_NewHire_KickoffOnTheFirstCheckInDayTwoDaysOn_ThenFourWeekly_ThenTheRolesCadence(SupportRole role, Cadence cadence, string cadenceFrom)
    {
        var now = Utc(2026, 3, 4, 15, 0); // registered on a Wednesday; two days later is Friday 6 March 09:00, past 08:30

        var c = One(role, Us(), DayOfWeek.Friday, now);

        Assert.Equal(cadence, c.Cadence);
        Assert.Equal(new DateTime(2026, 3, 13, 8, 30, 0), Local(c.Kickoff!.At, Chicago));
        Assert.Equal(c.Kickoff.At, c.NextAt);
        Assert.Equal(
            [new DateTime(2026, 3, 20, 8, 30, 0), new DateTime(2026, 3, 27, 8, 30, 0), new DateTime(2026, 4, 3, 8, 30, 0), new DateTime(2026, 4, 10, 8, 30, 0)],
            c.FirstWeeks!.Select(m => Local(m.At, Chicago)));
        Assert.Equal(DateOnly.Parse(cadenceFrom, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(HalfPastEight), Local(c.CadenceFrom!.Value, Chicago));
        Assert.Equal(new DateTime(2027, 3, 13, 8, 30, 0), Local(c.Until!.Value, Chicago));
        Assert.False(string.IsNullOrWhiteSpace(c.Agenda));
    }

    [Fact]
    public void Dated_CheckInTime_IsHonouredLocallyAcrossTheStartOfSummerTime()
    {
        // UK clocks go forward on Sunday 29 March 2026: the kickoff is on GMT, the next week on BST.
        var calendar = MeetingCalendar.For("Europe/London", new TimeOnly(7, 45), "GB");

        var c = One(SupportRole.VirtualAssistant, calendar, DayOfWeek.Monday, Utc(2026, 3, 14, 12, 0));

        Assert.Equal(Utc(2026, 3, 23, 7, 45), c.Kickoff!.At);
        Assert.Equal(Utc(2026, 3, 30, 6, 45), c.FirstWeeks![0].At);
        Assert.All(c.FirstWeeks, m => Assert.Equal(new TimeOnly(7, 45), TimeOnly.FromDateTime(Local(m.At, London))));
    }

    [Fact]
    public void Dated_ChicagoAfterDaylightSavingEnds_UsesStandardTimeOffset()
    {
        // US clocks go back on Sunday 1 November 2026: Monday 2 November is on CST (UTC-6).
        var c = One(SupportRole.VirtualAssistant, Us(new TimeOnly(18, 0)), DayOfWeek.Monday, Utc(2026, 10, 24, 12, 0));

        Assert.Equal(Utc(2026, 10, 26, 23, 0), c.Kickoff!.At);
        Assert.Equal(Utc(2026, 11, 3, 0, 0), c.FirstWeeks![0].At);
    }

    [Fact]
    public void Dated_UsHireAroundMemorialDay_MovesThatWeeksCheckInToTuesday()
    {
        // Two days after Saturday 2 May 15:00 UTC is past 08:30 in Chicago on 4 May: the kickoff is Monday 11 May.
        var c = One(SupportRole.VirtualAssistant, Us(), DayOfWeek.Monday, Utc(2026, 5, 2, 15, 0));

        Assert.Equal(new DateTime(2026, 5, 11, 8, 30, 0), Local(c.Kickoff!.At, Chicago));
        var memorial = c.FirstWeeks![1];
        Assert.Equal(new DateTime(2026, 5, 26, 8, 30, 0), Local(memorial.At, Chicago));
        Assert.Equal(new DateOnly(2026, 5, 25), memorial.MovedFrom);
        Assert.Equal("Memorial Day", memorial.Holiday);
        Assert.All(c.FirstWeeks.Where(m => m != memorial), m => Assert.Null(m.MovedFrom));
    }

    [Fact]
    public void Dated_UsHireOverNewYear_MovesNewYearsDayToTheNextWorkingDay()
    {
        // Friday check-ins: Christmas (Friday 25 December 2026) and New Year's Day (Friday 1 January 2027) both move to Monday.
        var c = One(SupportRole.VirtualAssistant, Us(), DayOfWeek.Friday, Utc(2026, 9, 1, 12, 0));

        var newYear = Assert.Single(c.Moved!, m => m.MovedFrom == new DateOnly(2027, 1, 1));
        Assert.Equal(new DateTime(2027, 1, 4, 8, 30, 0), Local(newYear.At, Chicago));
        Assert.Equal("New Year", newYear.Holiday);
        Assert.Contains(c.Moved!, m => m.MovedFrom == new DateOnly(2026, 12, 25));
    }

    [Fact]
    public void Dated_UkHire_SkipsEasterMondayAndTheMayBankHolidays()
    {
        var calendar = MeetingCalendar.For("Europe/London", HalfPastEight, "GB");

        var c = One(SupportRole.VirtualAssistant, calendar, DayOfWeek.Monday, Utc(2026, 3, 14, 12, 0));

        var easter = c.FirstWeeks![1];
        Assert.Equal((new DateOnly(2026, 4, 6), "Easter Monday"), (easter.MovedFrom!.Value, easter.Holiday!));
        Assert.Equal(new DateTime(2026, 4, 7, 8, 30, 0), Local(easter.At, London));
        Assert.Contains(c.Moved!, m => m.MovedFrom == new DateOnly(2026, 5, 4) && m.Holiday == "Early May bank holiday");
        Assert.Contains(c.Moved!, m => m.MovedFrom == new DateOnly(2026, 5, 25) && m.Holiday == "Spring bank holiday");
        // A US calendar for the same dates moves nothing in April: Easter Monday is no US holiday.
        var us = One(SupportRole.VirtualAssistant, MeetingCalendar.For("Europe/London", HalfPastEight, "US"), DayOfWeek.Monday, Utc(2026, 3, 14, 12, 0));
        Assert.All(us.FirstWeeks!, m => Assert.Null(m.MovedFrom));
    }

    [Theory]
    [InlineData("IN")]
    [InlineData(null)]
    [InlineData("")]
    public void Dated_CountryTheLibraryDoesNotKnow_SkipsNothingAndDoesNotThrow(string? country)
    {
        var calendar = MeetingCalendar.For("Asia/Kolkata", HalfPastEight, country);

        var c = One(SupportRole.VirtualAssistant, calendar, DayOfWeek.Monday, Utc(2026, 1, 1, 0, 0));

        Assert.False(calendar.KnowsHolidays);
        Assert.Empty(c.Moved!);
        Assert.All(c.FirstWeeks!, m => Assert.Null(m.MovedFrom));
        // Republic Day, Monday 26 January 2026, keeps its check-in: nothing false is claimed about India's holidays.
        Assert.Contains(c.FirstWeeks!, m => calendar.DateOf(m.At) == new DateOnly(2026, 1, 26));
    }

    [Theory]
    [InlineData("America/Chicago", "US")]
    [InlineData("Europe/London", "GB")]
    [InlineData("Europe/Berlin", "DE")]
    public void Meetings_OverAYear_NeverFallOnAPublicHolidayOrAWeekend_AndMatchThePlan(string zone, string country)
    {
        var calendar = MeetingCalendar.For(zone, HalfPastEight, country);
        for (var now = Utc(2026, 1, 1, 0, 0); now < Utc(2027, 1, 1, 0, 0); now = now.AddDays(11))
        {
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                foreach (var c in Dated(Enum.GetValues<SupportRole>(), calendar, day, now))
                {
                    var kickoffDate = c.Kickoff!.MovedFrom ?? calendar.DateOf(c.Kickoff.At);
                    var time = calendar.TimeOf(c.Kickoff.At);
                    var own = calendar.WithTime(time);
                    // The series runs to Until by the cadence's own dates; a holiday's meeting may move just past it.
                    var series = CheckInScheduler.Meetings(kickoffDate, c.Cadence, day, own)
                        .TakeWhile(m => own.At(m.MovedFrom ?? own.DateOf(m.At)) <= c.Until).ToList();
                    var context = $"{c.Role} {country} {day} from {now:O}";
                    Assert.True(c.NextAt >= now + CheckInScheduler.HireLead, context);
                    Assert.Equal(CheckInScheduler.TimeOf(HalfPastEight, (int)c.Role), time);
                    Assert.Equal([c.Kickoff, .. c.FirstWeeks!], series.Take(5));
                    Assert.Equal(c.Moved, series.Skip(5).Where(m => m.MovedFrom is not null).ToList());
                    Assert.All(series, m =>
                    {
                        var date = calendar.DateOf(m.At);
                        Assert.Null(calendar.HolidayOn(date));
                        Assert.True(date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday, context);
                        Assert.Equal(time, calendar.TimeOf(m.At));
                        Assert.True(m.MovedFrom is not null || date.DayOfWeek == day, context);
                    });
                    Assert.True(series.Zip(series.Skip(1)).All(p => p.First.At < p.Second.At), context);
                }
            }
        }
    }

    [Theory]
    [InlineData(8, 30)]
    [InlineData(19, 0)]
    public void Dated_SeveralRoles_NeverBookTheTherapistTwiceAtOnce(int hour, int minute)
    {
        var calendar = MeetingCalendar.For("America/Chicago", new TimeOnly(hour, minute), "US");

        // Every role hired at once: the worst case, all kickoffs on the same Monday.
        var checkIns = Dated(Enum.GetValues<SupportRole>(), calendar, DayOfWeek.Monday, Utc(2026, 3, 4, 15, 0));

        // Every meeting of the year with its length; none may overlap another role's.
        var booked = checkIns.SelectMany(c =>
        {
            var kickoffDate = c.Kickoff!.MovedFrom ?? calendar.DateOf(c.Kickoff.At);
            var time = TimeOnly.FromDateTime(Local(c.Kickoff.At, Chicago));
            return CheckInScheduler.Meetings(kickoffDate, c.Cadence, DayOfWeek.Monday, calendar.WithTime(time))
                .TakeWhile(m => m.At <= c.Until)
                .Select((m, i) => (c.Role, Start: m.At, End: m.At + TimeSpan.FromHours(1)));
        }).OrderBy(b => b.Start).ToList();
        Assert.All(booked.Zip(booked.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start, $"{p.First.Role} {p.First.Start:O} and {p.Second.Role} {p.Second.Start:O}"));
        Assert.Equal(new TimeOnly(hour, minute), TimeOnly.FromDateTime(Local(checkIns[0].NextAt!.Value, Chicago)));
        Assert.All(checkIns, c => Assert.Equal(checkIns[0].Kickoff!.MovedFrom ?? calendar.DateOf(checkIns[0].NextAt!.Value), c.Kickoff!.MovedFrom ?? calendar.DateOf(c.NextAt!.Value)));
    }

    [Theory]
    [InlineData(8, 30, 6)] // registered exactly two days before Wednesday's 08:30: that one
    [InlineData(8, 31, 13)] // a minute later: the week after
    public void Dated_Kickoff_IsNeverSoonerThanTwoDaysAfterTheRegistration(int hour, int minute, int expectedDay)
    {
        // Monday 4 May 2026 in Chicago (CDT, UTC-5); check-ins on Wednesdays.
        var now = new DateTimeOffset(2026, 5, 4, hour, minute, 0, TimeSpan.FromHours(-5));

        var next = One(SupportRole.VirtualAssistant, Us(), DayOfWeek.Wednesday, now).NextAt!.Value;

        Assert.Equal(new DateTime(2026, 5, expectedDay, 8, 30, 0), Local(next, Chicago));
        Assert.True(next - now >= CheckInScheduler.HireLead);
    }

    [Fact]
    public void Schedule_AtPlanTime_DatesNothing_AndStatesTheRuleItsKickoffWillFollow()
    {
        var checkIns = CheckInScheduler.Schedule([SupportRole.VirtualAssistant, SupportRole.BillingSpecialist], Us(new TimeOnly(10, 0)), DayOfWeek.Wednesday);

        Assert.All(checkIns, c =>
        {
            Assert.Null(c.NextAt);
            Assert.Null(c.Kickoff);
            Assert.Null(c.FirstWeeks);
            Assert.Null(c.Until);
            Assert.Equal(DayOfWeek.Wednesday, c.Day);
        });
        Assert.Equal([new TimeOnly(10, 0), new TimeOnly(11, 0)], checkIns.Select(c => c.Time!.Value));
        // Two roles: the rule says a kickoff moves a week rather than run into the other hire's.
        Assert.Equal("the first Wednesday at 10:00 at least two days after you register who you hired, or the next working day if that is a public holiday"
            + "; if two hires' kickoffs would fall on the same day an hour apart, the one registered later moves a week, so you never have two kickoffs back to back", checkIns[0].Starts);
        // Where holidays are unknown, the rule does not promise to skip them; one role has nobody to run into.
        var india = CheckInScheduler.Schedule([SupportRole.VirtualAssistant], MeetingCalendar.For("Asia/Kolkata", new TimeOnly(10, 0), "IN"), DayOfWeek.Wednesday).Single();
        Assert.DoesNotContain("holiday", india.Starts, StringComparison.Ordinal);
        Assert.DoesNotContain("another hire", india.Starts, StringComparison.Ordinal);
    }

    [Fact]
    public void Dated_HireRegisteredBeforeChristmas_MovesTheKickoffOffTheHoliday()
    {
        // Registered Tuesday 22 December 2026 in London, Friday check-ins: Friday 25 December is Christmas Day,
        // so the kickoff moves to the next working day (Monday 28 December is the Boxing Day substitute: Tuesday 29).
        var calendar = MeetingCalendar.For("Europe/London", HalfPastEight, "GB");

        var c = One(SupportRole.VirtualAssistant, calendar, DayOfWeek.Friday, Utc(2026, 12, 22, 9, 0));

        Assert.Equal(new DateOnly(2026, 12, 25), c.Kickoff!.MovedFrom);
        Assert.Null(calendar.HolidayOn(calendar.DateOf(c.Kickoff.At)));
        Assert.True(calendar.DateOf(c.Kickoff.At) > new DateOnly(2026, 12, 25));
    }

    [Fact]
    public void Schedule_RepeatedRoles_GetOneCheckInEachInRoleOrder()
    {
        var checkIns = CheckInScheduler.Schedule(
            [SupportRole.BillingSpecialist, SupportRole.VirtualAssistant, SupportRole.BillingSpecialist], Us(), DayOfWeek.Monday);

        Assert.Equal([SupportRole.VirtualAssistant, SupportRole.BillingSpecialist], checkIns.Select(c => c.Role));
    }

    [Fact]
    public void Schedule_NoRoles_GivesNoCheckIns()
    {
        Assert.Empty(CheckInScheduler.Schedule([], Us(), DayOfWeek.Monday));
    }

    [Fact]
    public void Dated_SameInput_GivesTheSameSchedule()
    {
        var now = Utc(2026, 9, 9, 9, 9);
        var calendar = MeetingCalendar.For("Europe/London", HalfPastEight, "GB");

        var first = Dated(Enum.GetValues<SupportRole>(), calendar, DayOfWeek.Thursday, now);
        var second = Dated(Enum.GetValues<SupportRole>(), MeetingCalendar.For("Europe/London", HalfPastEight, "GB"), DayOfWeek.Thursday, now);

        Assert.Equal(JsonSerializer.Serialize(first, PlanJson.Options), JsonSerializer.Serialize(second, PlanJson.Options));
    }

    [Fact]
    public void CheckIn_StoredBeforeKickoffs_StillReads()
    {
        const string old = """{"role":"VirtualAssistant","cadence":"Weekly","nextAt":"2026-03-09T16:00:00+00:00","agenda":"a","review":[]}""";

        var c = JsonSerializer.Deserialize<CheckIn>(old, PlanJson.Options)!;

        Assert.Null(c.Kickoff);
        Assert.Null(c.FirstWeeks);
        Assert.Equal(Utc(2026, 3, 9, 16, 0), c.NextAt);
    }

    static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Dated_ProjectOnlyRole_MeetsAtTheKickoffAndOnceAtTheHandOver_AndNeverAgain()
    {
        var now = Utc(2026, 3, 4, 15, 0);
        var checkIns = Dated([SupportRole.VirtualAssistant, SupportRole.TechProfessional], Us(), DayOfWeek.Friday, now,
            projectOnly: new HashSet<SupportRole> { SupportRole.TechProfessional });

        var tech = checkIns.Single(c => c.Role == SupportRole.TechProfessional);
        Assert.Equal(Cadence.UntilHandOver, tech.Cadence);
        // A few hours of one-off work: one review at the hand-over, two weeks after the kickoff, not four weekly check-ins.
        var review = Assert.Single(tech.FirstWeeks!);
        // Local time: the clocks change between the two in March.
        Assert.Equal(Local(tech.Kickoff!.At, Chicago).AddDays(7 * CheckInScheduler.HandOverWeeks), Local(review.At, Chicago));
        Assert.Equal(review.At, tech.Until);
        Assert.Empty(tech.Moved ?? []);
        // The series the rollout's reminders walk ends too: the kickoff and the review, nothing after.
        var kickoffDate = DateOnly.FromDateTime(Local(tech.Kickoff!.At, Chicago));
        Assert.Equal([tech.Kickoff.At, review.At], CheckInScheduler.Meetings(kickoffDate, tech.Cadence, DayOfWeek.Friday, Us().WithTime(tech.Time!.Value)).Take(100).Select(m => m.At));
        // The VA beside it keeps its usual cadence.
        Assert.Equal(Cadence.Weekly, checkIns.Single(c => c.Role == SupportRole.VirtualAssistant).Cadence);

        var ics = Ical.Net.Calendar.Load(Calendar.CheckInCalendar.Write("p1", Samples.Practice, checkIns, now, 1))!;
        var techEvents = ics.Events.Where(e => e.Summary!.StartsWith("Tech professional", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Tech professional kickoff", "Tech professional hand-over review"], techEvents.Select(e => e.Summary));
        Assert.All(techEvents, e => Assert.Null(e.RecurrenceRule));
    }
}
