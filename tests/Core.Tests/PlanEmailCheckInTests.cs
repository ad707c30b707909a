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
    public void Email_UsPlan_SaysTheKickoffFirstWeeksCheckInTimeAndTheMemorialDayMove()
    {
        // The plan is made Monday 2 March 2026: kickoff 16 March, weekly to 13 April, then weekly from 20 April.
        var text = CheckInsText(Scheduling(Samples.Practice, new TimeOnly(7, 15)));

        Assert.Contains("Virtual assistant: kickoff on Monday 16 March 2026, 07:15; weekly check-ins on Mon 23 Mar, Mon 30 Mar, Mon 6 Apr, Mon 13 Apr; and every week after that, from Mon 20 Apr", text, StringComparison.Ordinal);
        Assert.Contains("Every meeting is at 07:15 your time (America/Chicago).", text, StringComparison.Ordinal);
        Assert.Contains("Moved from Mon 25 May (Memorial Day) to Tue 26 May.", text, StringComparison.Ordinal);
        Assert.Contains("Public holidays in your country (United States) are skipped", text, StringComparison.Ordinal);
        Assert.Contains("every meeting until 16 March 2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_UkPlan_NamesUkBankHolidaysAndNoUsOnes()
    {
        var text = CheckInsText(Scheduling(Samples.Practice with { TimeZone = "Europe/London", Country = "GB" }));

        Assert.Contains("Moved from Mon 6 Apr (Easter Monday) to Tue 7 Apr.", text, StringComparison.Ordinal);
        Assert.Contains("Every meeting is at 08:30 your time (Europe/London).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Memorial Day", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_CountryWithoutAHolidayCalendar_SaysSoAndMovesNothing()
    {
        var text = CheckInsText(Scheduling(Samples.Practice with { TimeZone = "Asia/Kolkata", Country = "IN" }));

        Assert.Contains("This plan does not know your country's public holidays, so check these dates against your own calendar.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Moved from", text, StringComparison.Ordinal);
        Assert.DoesNotContain("are skipped", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_RoleOfALaterPhase_SaysItsDatesAssumeAHireNow()
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), startWith: 1));
        var text = PlanEmailContent.Build(plan, BaseUrl).ToText();
        var later = plan.CheckIns.Where(c => plan.Tasks.Where(t => t.Role == c.Role && t.Phase is not null).Min(t => t.Phase) > 1).ToList();

        Assert.NotEmpty(later);
        Assert.Equal(later.Count, text.Split("these dates assume a hire now").Length - 1);
    }
}
