using Delegation.Core.Email;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>What the plan email says about check-ins: the series, the check-in time, and each holiday move.</summary>
public sealed class PlanEmailCheckInTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    static string CheckInsText(Intake.Intake intake)
    {
        var (plan, _) = Samples.ComposePlan(intake);
        var text = PlanEmailContent.Build(plan, BaseUrl).ToText();
        var start = text.IndexOf("CHECK-INS\n", StringComparison.Ordinal);
        Assert.True(start >= 0, text);
        return text[start..];
    }

    static Intake.Intake Scheduling(Practice practice, TimeOnly? time = null) =>
        Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true)]) is var intake
            ? intake with { Practice = practice, Preferences = intake.Preferences with { CheckInTime = time } }
            : throw new InvalidOperationException();

    [Fact]
    public void Email_UsPlan_StatesEachRolesKickoffRule_AndDatesNoMeeting()
    {
        // Nobody is hired when the plan is made: no kickoff can be dated yet.
        var text = CheckInsText(Scheduling(Samples.Practice, new TimeOnly(7, 15)));

        Assert.Contains("Virtual assistant: kickoff the first Monday at 07:15 at least two days after you register who you hired, or the next working day if that is a public holiday; then a check-in every week", text, StringComparison.Ordinal);
        // The VA meets weekly from the start: nothing changes after the first weeks, so nothing is said to.
        Assert.DoesNotContain("then every week", text, StringComparison.Ordinal);
        Assert.Contains("No meeting is dated yet, because nobody is hired yet. When you register who you hired for a role, its kickoff is set and we email you that role's calendar file", text, StringComparison.Ordinal);
        Assert.Contains("Every meeting is at 07:15 your time (America/Chicago).", text, StringComparison.Ordinal);
        Assert.Contains("Public holidays in your country (United States) are skipped", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("attached calendar", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_UkPlan_SaysUkHolidaysAreSkipped_AtItsOwnTime()
    {
        var text = CheckInsText(Scheduling(Samples.Practice with { TimeZone = "Europe/London", Country = "GB" }));

        Assert.Contains("Every meeting is at 08:30 your time (Europe/London).", text, StringComparison.Ordinal);
        Assert.Contains("Public holidays in your country (United Kingdom) are skipped", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Memorial Day", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_CountryWithoutAHolidayCalendar_SaysSoAndPromisesNoMove()
    {
        var text = CheckInsText(Scheduling(Samples.Practice with { TimeZone = "Asia/Kolkata", Country = "IN" }));

        Assert.Contains("This plan does not know your country's public holidays, so check each date against your own calendar when it arrives.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("holiday moves", text, StringComparison.Ordinal);
        Assert.DoesNotContain("are skipped", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_RoleOfALaterPhase_SaysItIsHiredThenAndDatedAtRegistration()
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), startWith: 1));
        var text = PlanEmailContent.Build(plan, BaseUrl).ToText();
        var later = plan.CheckIns.Where(c => plan.Tasks.Where(t => t.Role == c.Role && t.Phase is not null).Min(t => t.Phase) > 1).ToList();

        Assert.NotEmpty(later);
        Assert.Equal(later.Count, text.Split("its meetings are dated when you register that hire").Length - 1);
        Assert.DoesNotContain("assume a hire now", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/Chicago", "US", "kickoff on Monday, March 9, 2026, 07:15; weekly check-ins on Mon, Mar 16, Mon, Mar 23")]
    [InlineData("Europe/London", "GB", "kickoff on Monday 9 March 2026, 07:15; weekly check-ins on Mon 16 Mar, Mon 23 Mar")]
    public void Email_PlanStoredWithDates_WritesThemTheCountrysWay(string zone, string country, string expected)
    {
        var (plan, _) = Samples.ComposePlan(Scheduling(Samples.Practice with { TimeZone = zone, Country = country }, new TimeOnly(7, 15)));
        var calendar = Planning.MeetingCalendar.For(zone, new TimeOnly(7, 15), country);
        // Registered Monday 2 March: two days on, the first Monday is 9 March.
        var dated = plan with { CheckIns = [.. plan.CheckIns.Select(c => Planning.CheckInScheduler.Dated(c, calendar, DayOfWeek.Monday, Samples.Now))] };

        var text = PlanEmailContent.Build(dated, BaseUrl).ToText();

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }
}
