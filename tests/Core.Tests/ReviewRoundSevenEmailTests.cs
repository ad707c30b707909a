using Delegation.Core.Email;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-7 readers' findings on the plan email, each read off the plan made from the intake the reader sent:
/// sentences that were false for that plan, a rhythm no person would say, and an associate offered without figures.
/// </summary>
public sealed class ReviewRoundSevenEmailTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    static Plan PlanOf(string intake) => Samples.ComposePlan(ReviewIntakes.Load(intake)).Plan;

    static string EmailOf(Plan plan) => PlanEmailContent.Build(plan, BaseUrl).ToText();

    [Fact]
    public void AllInPhaseOne_PromisesNoLaterTasks()
    {
        var plan = PlanOf("uk-london");
        Assert.DoesNotContain(plan.Tasks, t => t.Phase > 1);

        var text = EmailOf(plan);

        Assert.Contains("phase 1 hands over 1 task.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("more follow", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LaterPhases_StillSayMoreFollow()
    {
        var plan = PlanOf("forty-tasks");
        Assert.Contains(plan.Tasks, t => t.Phase > 1);

        Assert.Contains(", and more follow as your check-ins go well.", EmailOf(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void EarlierHours_PromiseOnlyWhatIsTrue_OfTheChosenHoursOwnMeeting()
    {
        // The 60-minute kickoff at the chosen 17:00 ends at 18:00: "none runs into the evening" was false.
        var text = EmailOf(PlanOf("forty-tasks"));

        Assert.Contains("an hour apart so no two meetings overlap, from the 17:00 you chose and earlier, so none starts later than that.", text, StringComparison.Ordinal);
        Assert.Contains("- Virtual assistant: kickoff at 17:00, then", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evening", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_SaysTheListInThePlural_UnderAnUnrankedHeading()
    {
        var email = PlanEmailContent.Build(PlanOf("clinical-only"), BaseUrl);
        var text = email.ToText();

        Assert.Contains("Clinical work that stays with you: Therapy sessions, Progress notes, Treatment plans, Clinical consultation calls. They are never handed to non-clinical support.", text, StringComparison.Ordinal);
        Assert.Contains(email.Sections, s => s.Heading == "Your tasks");
        Assert.DoesNotContain(email.Sections, s => s.Heading == "Your tasks, ranked");
    }

    [Fact]
    public void ClinicalOnly_GivesNoAdviceAboutAdminNotListed_NorCutsIntoSessions()
    {
        var text = EmailOf(PlanOf("clinical-only"));

        Assert.DoesNotContain("Batch the admin you keep", text, StringComparison.Ordinal);
        Assert.Contains("write each note in the minutes right after each session, not at the end of the day", text, StringComparison.Ordinal);
        Assert.DoesNotContain("last minutes of the session", text, StringComparison.Ordinal);
        // The opening counts the free steps (notes, online booking, portal forms), the dated reminder apart, and says what they are for.
        Assert.Contains("This plan lists 3 free steps for your notes and the admin around your sessions, and a date to list that admin.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_RoundsTheHoursTheBudgetBuys_ToTheNearestTenth()
    {
        // $500 / ($35 × 52/12) = 3.2967 h: "about 3.3 h", not 3.2; $500 / ($45 × 52/12) = 2.564 h: 2.6.
        var text = EmailOf(PlanOf("clinical-only"));

        Assert.Contains("$500.00 a month fits a billing specialist for about 2.5 h a week at $45.00 an hour, if you have insurance claims or client invoices to hand over (your form listed none, so this plan cannot tell); not a virtual assistant", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_OffersNoAssociateItCannotSize()
    {
        var plan = PlanOf("clinical-only");
        Assert.DoesNotContain(plan.SupportMix, l => l.Role == SupportRole.AssociateTherapist);

        var text = EmailOf(plan);

        Assert.DoesNotContain("associate therapist", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("share your client load", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCheckInTimeGiven_TheRevisitSaysItsTimeIsTheDefault()
    {
        var plan = PlanOf("zero-budget") with { Calendar = new CalendarLink($"/api/plans/{Samples.PlanId}/calendar.ics", 0) };
        Assert.True(plan.Practice.CheckInTimeDefaulted);

        var text = EmailOf(plan);

        Assert.Contains("The attached calendar file holds it, with a reminder 30 minutes before, and a 10-minute slot, with an alert, to note the past week's hours each Monday from ", text, StringComparison.Ordinal);
        Assert.Contains("; the form gave no time, so it is at 08:30: move it if another time suits.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("at your check-in time", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyRhythm_NamesTheRolesWeekday()
    {
        var plan = PlanOf("group-associate");
        var billing = plan.CheckIns.Single(c => c.Role == SupportRole.BillingSpecialist);
        Assert.Equal(Cadence.Monthly, billing.Cadence);

        var text = EmailOf(plan);

        Assert.Contains($"then a check-in every week for 4 weeks while the work is new, then once a month, on the first {billing.Day} of the month", text, StringComparison.Ordinal);
        Assert.DoesNotContain("first check-in day", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectRole_AgendaLines_AreTheHandOverReview_NotTheStandingAgenda()
    {
        var tech = PlanOf("forty-tasks").CheckIns.Single(c => c.Cadence == Cadence.UntilHandOver);

        var lines = PlanEmailContent.AgendaLines(tech, firstWeeks: true);

        Assert.Equal([$"Kickoff: {CheckIn.KickoffAgenda}", $"Hand-over review: {CheckIn.HandOverAgenda}"], lines);
        Assert.DoesNotContain(lines, l => l.Contains(tech.Agenda, StringComparison.Ordinal));
    }
}
