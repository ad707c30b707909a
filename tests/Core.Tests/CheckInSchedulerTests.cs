using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

public sealed class CheckInSchedulerTests
{
    static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Schedule_VirtualAssistant_MeetsWeeklyOnTheCheckInDayAtTenLocal()
    {
        var now = Utc(2026, 3, 4, 15, 0); // a Wednesday

        var checkIn = CheckInScheduler.Schedule([SupportRole.VirtualAssistant], "America/Chicago", DayOfWeek.Friday, now).Single();

        Assert.Equal(Cadence.Weekly, checkIn.Cadence);
        var local = TimeZoneInfo.ConvertTime(checkIn.NextAt, Chicago);
        Assert.Equal(new DateTime(2026, 3, 13, 10, 0, 0), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(-5), local.Offset);
    }

    [Fact]
    public void Schedule_BillingSpecialist_MeetsOnTheFirstCheckInDayOfTheNextPossibleMonth()
    {
        var now = Utc(2026, 6, 1, 12, 0); // one week later is June 8, past June's first Monday

        var checkIn = CheckInScheduler.Schedule([SupportRole.BillingSpecialist], "America/Chicago", DayOfWeek.Monday, now).Single();

        Assert.Equal(Cadence.Monthly, checkIn.Cadence);
        Assert.Equal(new DateTime(2026, 7, 6, 10, 0, 0), TimeZoneInfo.ConvertTime(checkIn.NextAt, Chicago).DateTime);
    }

    [Fact]
    public void Schedule_BillingSpecialist_UsesThisMonthsFirstCheckInDayWhenItIsFarEnoughAway()
    {
        var now = Utc(2026, 4, 24, 12, 0); // one week later is Friday May 1; Monday May 4 is May's first

        var checkIn = CheckInScheduler.Schedule([SupportRole.BillingSpecialist], "America/Chicago", DayOfWeek.Monday, now).Single();

        Assert.Equal(new DateTime(2026, 5, 4, 10, 0, 0), TimeZoneInfo.ConvertTime(checkIn.NextAt, Chicago).DateTime);
    }

    [Theory]
    [InlineData(SupportRole.VirtualAssistant, Cadence.Weekly)]
    [InlineData(SupportRole.AssociateTherapist, Cadence.Weekly)]
    [InlineData(SupportRole.BillingSpecialist, Cadence.Monthly)]
    [InlineData(SupportRole.MarketingSupport, Cadence.Biweekly)]
    [InlineData(SupportRole.TechProfessional, Cadence.Biweekly)]
    public void Schedule_EachRole_GetsItsCadenceAndAnAgenda(SupportRole role, Cadence cadence)
    {
        var checkIn = CheckInScheduler.Schedule([role], "UTC", DayOfWeek.Monday, Utc(2026, 1, 1, 0, 0)).Single();

        Assert.Equal(cadence, checkIn.Cadence);
        Assert.False(string.IsNullOrWhiteSpace(checkIn.Agenda));
    }

    [Fact]
    public void Schedule_RepeatedRoles_GetOneCheckInEachInRoleOrder()
    {
        var checkIns = CheckInScheduler.Schedule(
            [SupportRole.BillingSpecialist, SupportRole.VirtualAssistant, SupportRole.BillingSpecialist],
            "UTC", DayOfWeek.Monday, Utc(2026, 1, 1, 0, 0));

        Assert.Equal([SupportRole.VirtualAssistant, SupportRole.BillingSpecialist], checkIns.Select(c => c.Role));
    }

    [Fact]
    public void Schedule_NoRoles_GivesNoCheckIns()
    {
        Assert.Empty(CheckInScheduler.Schedule([], "UTC", DayOfWeek.Monday, Utc(2026, 1, 1, 0, 0)));
    }

    [Theory]
    [InlineData(10, 0, 11)] // exactly a week before a meeting: that meeting
    [InlineData(10, 1, 18)] // a minute later: the week after
    [InlineData(9, 59, 11)]
    public void Schedule_FirstMeeting_IsNeverSoonerThanSevenDays(int hour, int minute, int expectedDay)
    {
        // Monday May 4 2026 in Chicago (CDT, UTC-5); check-ins on Mondays.
        var now = new DateTimeOffset(2026, 5, 4, hour, minute, 0, TimeSpan.FromHours(-5));

        var next = CheckInScheduler.Schedule([SupportRole.VirtualAssistant], "America/Chicago", DayOfWeek.Monday, now).Single().NextAt;

        Assert.Equal(new DateTime(2026, 5, expectedDay, 10, 0, 0), TimeZoneInfo.ConvertTime(next, Chicago).DateTime);
        Assert.True(next - now >= TimeSpan.FromDays(7));
    }

    [Theory]
    [InlineData("America/Chicago")]
    [InlineData("Europe/London")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Pacific/Auckland")]
    [InlineData("America/St_Johns")]
    [InlineData("UTC")]
    public void Schedule_AnyMoment_GivesTheFirstQualifyingTenOClockAtLeastAWeekAhead(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var roles = Enum.GetValues<SupportRole>();

        // Every 7 h over more than a year crosses both DST changes and every hour of the day.
        for (var now = Utc(2026, 1, 1, 0, 0); now < Utc(2027, 2, 1, 0, 0); now = now.AddHours(7))
        {
            var day = (DayOfWeek)(now.Ticks / TimeSpan.TicksPerHour % 7);
            foreach (var c in CheckInScheduler.Schedule(roles, zoneId, day, now))
            {
                var local = TimeZoneInfo.ConvertTime(c.NextAt, zone);
                var context = $"{c.Role} from {now:O} in {zoneId}: {local:O}";
                Assert.True(c.NextAt >= now.AddDays(7), context);
                Assert.Equal(day, local.DayOfWeek);
                Assert.Equal(new TimeSpan(10, 0, 0), local.TimeOfDay);
                if (c.Cadence == Cadence.Monthly)
                {
                    // First weekdays of consecutive months are at most five weeks apart (plus a DST hour).
                    Assert.True(local.Day <= 7, context);
                    Assert.True(c.NextAt < now.AddDays(7 + 36), context);
                }
                else
                {
                    // The same weekday a week earlier was too soon, so this is the first one.
                    var weekBefore = TimeZoneInfo.ConvertTimeToUtc(local.DateTime.AddDays(-7), zone);
                    Assert.True(weekBefore < now.AddDays(7).UtcDateTime, context);
                }
            }
        }
    }

    [Fact]
    public void Schedule_ChicagoAfterDaylightSavingEnds_UsesStandardTimeOffset()
    {
        // US clocks go back on Sunday November 1 2026: Monday November 2 is on CST (UTC-6).
        var next = CheckInScheduler.Schedule([SupportRole.VirtualAssistant], "America/Chicago", DayOfWeek.Monday, Utc(2026, 10, 24, 12, 0)).Single().NextAt;

        Assert.Equal(Utc(2026, 11, 2, 16, 0), next);
        Assert.Equal(TimeSpan.FromHours(-6), TimeZoneInfo.ConvertTime(next, Chicago).Offset);
    }

    [Fact]
    public void Schedule_ChicagoBeforeDaylightSavingEnds_UsesDaylightOffset()
    {
        var next = CheckInScheduler.Schedule([SupportRole.VirtualAssistant], "America/Chicago", DayOfWeek.Monday, Utc(2026, 10, 17, 12, 0)).Single().NextAt;

        Assert.Equal(Utc(2026, 10, 26, 15, 0), next);
        Assert.Equal(TimeSpan.FromHours(-5), TimeZoneInfo.ConvertTime(next, Chicago).Offset);
    }

    [Fact]
    public void Schedule_LondonAfterSummerTimeStarts_UsesBritishSummerTime()
    {
        // UK clocks go forward on Sunday March 29 2026: Monday March 30 is on BST (UTC+1).
        var next = CheckInScheduler.Schedule([SupportRole.VirtualAssistant], "Europe/London", DayOfWeek.Monday, Utc(2026, 3, 21, 12, 0)).Single().NextAt;

        Assert.Equal(Utc(2026, 3, 30, 9, 0), next);
        Assert.Equal(TimeSpan.FromHours(1), TimeZoneInfo.ConvertTime(next, London).Offset);
    }

    [Fact]
    public void Schedule_LondonBeforeSummerTimeStarts_UsesGreenwichTime()
    {
        var next = CheckInScheduler.Schedule([SupportRole.VirtualAssistant], "Europe/London", DayOfWeek.Monday, Utc(2026, 3, 14, 12, 0)).Single().NextAt;

        Assert.Equal(Utc(2026, 3, 23, 10, 0), next);
        Assert.Equal(TimeSpan.Zero, TimeZoneInfo.ConvertTime(next, London).Offset);
    }

    [Fact]
    public void Schedule_SameInput_GivesTheSameSchedule()
    {
        var now = Utc(2026, 9, 9, 9, 9);

        var first = CheckInScheduler.Schedule(Enum.GetValues<SupportRole>(), "Europe/London", DayOfWeek.Thursday, now);
        var second = CheckInScheduler.Schedule(Enum.GetValues<SupportRole>(), "Europe/London", DayOfWeek.Thursday, now);

        Assert.Equal(first, second);
    }

    static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
