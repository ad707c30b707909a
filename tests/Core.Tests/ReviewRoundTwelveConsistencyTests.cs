using Delegation.Core.Email;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-11 readers' findings on documents that contradict each other: a hiring kit's scenario, the owner's email
/// and the plan page say what the SOPs say, for the review intakes' own output.
/// </summary>
public sealed class ReviewRoundTwelveConsistencyTests
{
    static string EmailText(string intake) =>
        PlanEmailContent.Build(Samples.ComposePlan(ReviewIntakes.Load(intake)).Plan, new Uri("https://delegation.example/")).ToText();

    [Fact]
    public void SoloUs_KitClaimScenario_UsesTheClaimsSopsFacts()
    {
        var kit = ReviewPlanDocuments.Kit("solo-us", SupportRole.VirtualAssistant);

        Assert.Contains("SimplePractice shows a batch of claims as rejected for an invalid member ID.", kit, StringComparison.Ordinal);
        Assert.Contains("against the client's insurance record in SimplePractice", kit, StringComparison.Ordinal);
        Assert.Contains("tells you through the secure messaging in SimplePractice rather than asking the client for a new card", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("clearinghouse rejects", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("benefits check", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_ClaimsSop_SaysTheTherapistRunsTheBenefitsChecksItKeeps()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Claim submission");

        Assert.DoesNotContain("Nobody runs a separate benefits check", sop, StringComparison.Ordinal);
        Assert.Contains("The therapist runs the benefits checks for now (this plan keeps that task with them)", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_ClaimsSop_StillSaysNobodyRunsBenefitsChecks_WhenThePlanHasNone()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("Nobody runs a separate benefits check in this plan", sop, StringComparison.Ordinal);
        Assert.Contains("Never ask the client for their card yourself.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_Email_ListsThePhoneProvidersBaa_WithTheOtherBeforeDayOneItems()
    {
        var text = EmailText("solo-us");

        Assert.Contains("Before the first day, also have your phone provider sign its own BAA with you (not every plan includes one): until it is signed, the SOP keeps client calls and voicemails off it.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_Email_DatesEachVendorAgreement_ByThePhaseThatUsesIt()
    {
        var text = EmailText("forty-tasks");

        Assert.Matches(@"Also have your e-fax provider \(before the first day\) and your phone provider \(before phase \d starts\) each sign their own BAA", text);
    }

    [Theory]
    [InlineData("solo-us", "Phone calls and voicemail")]
    [InlineData("forty-tasks", "Phone calls and voicemail")]
    public void PhoneSop_HasOneUrgentNumber_WithOneRule(string intake, string task)
    {
        var sop = ReviewPlanDocuments.Sop(intake, task);

        Assert.DoesNotContain("for crisis handovers only", sop, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sop, "on at once about a client at risk or anything else urgent"));
        Assert.Contains("call it at once for a caller or voicemail that mentions risk, or anything else urgent", sop, StringComparison.Ordinal);
    }
}
