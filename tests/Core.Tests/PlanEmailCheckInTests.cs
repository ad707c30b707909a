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

        // The rule is said once, above the roles; each role gives its hour and rhythm.
        Assert.Contains("When you register who you hired for a role, we set its kickoff for the first Monday at least two days later and email you its calendar file.", text, StringComparison.Ordinal);
        Assert.Contains("Virtual assistant: kickoff at 07:15, then a check-in every week", text, StringComparison.Ordinal);
        // The VA meets weekly from the start: nothing changes after the first weeks, so nothing is said to.
        Assert.DoesNotContain("then every week", text, StringComparison.Ordinal);
        Assert.Contains("No meeting is dated yet, because nobody is hired yet. When you register who you hired for a role, we set its kickoff", text, StringComparison.Ordinal);
        Assert.Contains("Every meeting is at 07:15 your time (America/Chicago).", text, StringComparison.Ordinal);
        // One claim, the one the scheduler keeps: later, never earlier ("skipped" and "moved" in one sentence said two things).
        Assert.Contains("A meeting that falls on a public holiday in your country (United States) moves to the next working day, never earlier", text, StringComparison.Ordinal);
        Assert.DoesNotContain("are skipped", text, StringComparison.Ordinal);
        // Every role here is weekly: no "usual rhythm" that is the same rhythm.
        Assert.Contains("its calendar file. Every meeting is at 07:15", text, StringComparison.Ordinal);
        Assert.DoesNotContain("usual rhythm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("attached calendar", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_UkPlan_SaysUkHolidaysMoveMeetings_AtItsOwnTime()
    {
        var text = CheckInsText(Scheduling(Samples.Practice with { TimeZone = "Europe/London", Country = "GB" }));

        Assert.Contains("Every meeting is at 08:30 your time (Europe/London); the form gave no time, so change it if another suits.", text, StringComparison.Ordinal);
        // The UK has no single holiday calendar: the email names the nation whose bank holidays it follows.
        Assert.Contains("A meeting that falls on a bank holiday in England and Wales moves to the next working day", text, StringComparison.Ordinal);
        Assert.Contains("These are England and Wales's bank holidays; Scotland and Northern Ireland have some different ones", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(United Kingdom)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Memorial Day", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_RolesOfDifferentRhythms_SayTheChangeWhereThereIsOne()
    {
        // Scheduling to the VA (weekly) and insurance claims to the billing specialist (monthly after the first weeks).
        var intake = Samples.IntakeOf([
            Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true),
            Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 6m, stress: 5, clientInfo: true),
        ], budget: 3000m);

        var text = CheckInsText(intake);

        Assert.Contains("Virtual assistant: kickoff at 08:30, then a check-in every week", text, StringComparison.Ordinal);
        Assert.Contains($"Billing specialist: kickoff at 09:30, then a check-in every week for 4 weeks while the work is new, then once a month, on the first {intake.Preferences.CheckInDay} of the month", text, StringComparison.Ordinal);
        // Two roles an hour apart from the default 08:30 (the sample form gives no time), said once and as such, not as the owner's choice.
        Assert.Contains("Each role meets at its own hour below, your time (America/Chicago), an hour apart so no two meetings overlap; the form gave no time, so they start from 08:30.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("default time", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_LateCheckInTime_SaysWhyTheNextRoleMeetsEarlier()
    {
        var intake = Samples.IntakeOf([
            Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true),
            Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 6m, stress: 5, clientInfo: true),
        ], budget: 3000m);

        var text = CheckInsText(intake with { Preferences = intake.Preferences with { CheckInTime = new TimeOnly(17, 0) } });

        Assert.Contains("an hour apart so no two meetings overlap, from the 17:00 you chose and earlier, so none starts later than that.", text, StringComparison.Ordinal);
        Assert.Contains("Virtual assistant: kickoff at 17:00", text, StringComparison.Ordinal);
        Assert.Contains("Billing specialist: kickoff at 16:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_ProjectOnlyRole_HasAKickoffAndOneHandOverReview()
    {
        var intake = Samples.IntakeOf([
            Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true),
            Samples.Task(name: "Fix the online booking widget", category: TaskCategory.Tech, hours: 0m, stress: 4, confidence: 1) with { OneTimeHours = 8m },
        ], budget: 3000m);
        var (plan, _) = Samples.ComposePlan(intake);
        Assert.Contains(plan.CheckIns, c => c.Cadence == Planning.Cadence.UntilHandOver);

        var text = CheckInsText(intake);

        Assert.Contains("Tech professional: kickoff at ", text, StringComparison.Ordinal);
        Assert.Contains(", then one hand-over review 2 weeks later, and no check-ins after it: the work is one-off", text, StringComparison.Ordinal);
        Assert.Contains("Hand-over review: " + Planning.CheckIn.HandOverAgenda, text, StringComparison.Ordinal);
        // The VA beside it is weekly throughout: no change of rhythm is announced for it.
        Assert.Contains("Virtual assistant: kickoff at 08:30, then a check-in every week", text, StringComparison.Ordinal);
        Assert.DoesNotContain("weekly until the hand-over", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_CountryWithoutAHolidayCalendar_SaysSoAndPromisesNoMove()
    {
        var text = CheckInsText(Scheduling(Samples.Practice with { TimeZone = "Asia/Kolkata", Country = "IN" }));

        Assert.Contains("This plan does not know your country's public holidays, so check each date against your own calendar when it arrives.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("holiday moves", text, StringComparison.Ordinal);
        Assert.DoesNotContain("moves to the next working day", text, StringComparison.Ordinal);
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
        // The series said once, with no second "kickoff" and no change of rhythm for a weekly role; holidays as the scheduler treats them.
        Assert.Contains("For each new hire, in order: the kickoff, then a check-in every week. Every meeting is at 07:15", text, StringComparison.Ordinal);
        Assert.Contains("moves to the next working day, never earlier; ", text, StringComparison.Ordinal);
    }
}
