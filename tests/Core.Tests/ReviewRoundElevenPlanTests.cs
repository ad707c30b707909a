using System.Text.RegularExpressions;
using Delegation.Core.Email;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-10 readers' findings on the plan email and page (round 11's work): one role and one price per
/// task, every rate a price rests on stated, reasons that match the figures beside them.
/// </summary>
public sealed class ReviewRoundElevenPlanTests
{
    static string EmailText(string intake) => ReviewPlanDocuments.Email(intake);

    [Fact]
    public void ZeroBudget_KeptPricesNameTheRoleAndRate_SoTheyMatchTheNextSteps()
    {
        var text = EmailText("zero-budget");

        Assert.Contains("Insurance claims (3 h a week, score 67): stays with you", text, StringComparison.Ordinal);
        Assert.Contains("Kept for now: handing it over to the billing specialist at $45.00 an hour would add $585.00 a month.", text, StringComparison.Ordinal);
        Assert.Contains("Kept for now: handing it over to marketing support at $50.00 an hour would add $433.33 a month.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondon_ACostOverTheWholeBudget_SaysSo()
    {
        var text = EmailText("uk-london");

        Assert.Contains("would add £758.33 a month, more than your whole £600.00 monthly budget.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("£758.33 a month, more than the £210.00 left", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_MakingRoomReason_IsTheObjective_NotAScoreComparisonItContradicts()
    {
        var text = EmailText("forty-tasks");

        Assert.DoesNotContain("weighed by time, stress and confidence that is worth more", text, StringComparison.Ordinal);
        Assert.Contains("Room for it would mean dropping lower-ranked “Consultation call booking” (score 47); it takes 3 h of your week against this task's 1 h. "
            + "The plan weighs each task by its hours as well as its score and by how well the role does each task, so more hours at a score of 47 count for more than this task's 1 h at 59, and that task goes to support instead.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_BlogPosts_SaysWhichRoleEachPriceIsFor()
    {
        var text = EmailText("forty-tasks");

        Assert.Contains("it needs $455.00 with the virtual assistant ($35.00 an hour)", text, StringComparison.Ordinal);
        Assert.Contains("or $650.00 with marketing support, who does it best, at $50.00 an hour.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_AProjectJustOverTheOneOffBudget_NamesTheNearestWay()
    {
        var crm = Samples.ComposePlan(ReviewIntakes.Load("forty-tasks")).Plan.Tasks.Single(t => t.Name.StartsWith("CRM", StringComparison.Ordinal));

        Assert.Matches(new Regex(@"the one-off budget has \$350\.00 left\. The nearest way to hand it over: raise your one-off budget by \$[\d.]+ to \$[\d,.]+\.$"), crm.KeptReason);
    }

    [Fact]
    public void ClinicalOnly_FreeSteps_AreCountedTruly_AndCoverTheAdminEveryPracticeHas()
    {
        var text = EmailText("clinical-only");

        Assert.Contains("This plan lists 3 free steps for your notes and the admin around your sessions, and a date to list that admin.", text, StringComparison.Ordinal);
        Assert.Contains("offers online booking and automated reminders", text, StringComparison.Ordinal);
        Assert.Contains("Send intake and consent forms through your EHR's client portal", text, StringComparison.Ordinal);
        // Claims are not assumed: the form does not say this practice bills insurers.
        Assert.DoesNotContain("clearinghouse", text, StringComparison.Ordinal);
        Assert.Contains("Nobody is engaged yet: this plan lists no admin to hand over.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_FreeSteps_AskForTheHoursTheRevisitNeeds_AndSayPlainlyWhatStaysOutOfReminders()
    {
        var text = EmailText("zero-budget");

        Assert.Contains("Until then, note each week how many hours each admin task takes you", text, StringComparison.Ordinal);
        Assert.DoesNotContain("by then you will know", text, StringComparison.Ordinal);
        Assert.Contains("keep clinical details out of reminders", text, StringComparison.Ordinal);
        Assert.Contains("If you still send any claims by hand", text, StringComparison.Ordinal);
        Assert.Contains("commonly charge a share of what they collect (often around 5–10%)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_FirstHireNamesWhichHire_AndTheMinimumIsThePlansAssumptionEverywhere()
    {
        var text = EmailText("zero-budget");

        // Round 12: the options are numbered and added up once; claims goes only with the billing specialist, named with its rate.
        Assert.Contains("- Option 1: Add “Insurance claims” (3 h a week) with the billing specialist at $45.00 an hour, for $585.00 more a month.", text, StringComparison.Ordinal);
        Assert.Contains("Options 1, 2 and 3 together hand over 10 h a week for $1,776.66 a month", text, StringComparison.Ordinal);
        Assert.Contains("5 h a week, exactly the 5-hour weekly minimum this plan prices a virtual assistant at.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("usually engaged", text, StringComparison.Ordinal);
        Assert.DoesNotContain("usually take", EmailText("solo-us"), StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_SaysTheStagedBudgetIsUnspent_AndOneTrueRuleForMeetingTimes()
    {
        var text = EmailText("group-associate");

        Assert.DoesNotContain("rather than sitting idle", text, StringComparison.Ordinal);
        Assert.Contains("budget goes unspent until the later phases start", text, StringComparison.Ordinal);
        Assert.DoesNotContain("run straight into", text, StringComparison.Ordinal);
        // Said once for every role (round 12): the one registered later moves a week, so no two kickoffs run back to back.
        Assert.Contains("If two hires' kickoffs would fall on the same day an hour apart, the one registered later moves a week.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_Phase1Note_SaysNothingIsHandedOver_WithoutPhaseJargon()
    {
        var note = Samples.ComposePlan(ReviewIntakes.Load("zero-budget")).Plan.Totals.Phase1Note;

        Assert.NotNull(note);
        Assert.DoesNotContain("no phase 1", note, StringComparison.Ordinal);
        Assert.Contains("so nothing is handed over until the budget grows", note, StringComparison.Ordinal);
    }
}
