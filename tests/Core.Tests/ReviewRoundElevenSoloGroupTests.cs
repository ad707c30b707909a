namespace Delegation.Core.Tests;

/// <summary>
/// The round-10 readers' findings on the SOPs and hiring kits of solo-us (Juniper Counseling, SimplePractice) and
/// group-associate (Riverbend Therapy Group, TherapyNotes): each test reads what the new hire is sent for that intake,
/// so a step is something they can do on day one with what the plan gives them.
/// </summary>
public sealed class ReviewRoundElevenSoloGroupTests
{
    [Fact]
    public void ClaimsSop_SubmitsFromSimplePractice_WithNoClearinghouseToAskFor()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("Create the claims (CMS-1500 data) in SimplePractice and submit them from there", sop, StringComparison.Ordinal);
        Assert.Contains("Fix the claims SimplePractice shows as rejected", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("clearinghouse, and your own login", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Clearinghouse: your own user", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsSop_ChecksTheInsuranceRecord_WhenNobodyRunsBenefitsChecks()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("check each session's billing details against the client's insurance record in the EHR (SimplePractice)", sop, StringComparison.Ordinal);
        Assert.Contains("flag it to the therapist through the secure messaging in SimplePractice", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("benefits check:", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsSop_SaysHowToSeeANoteIsSigned_AndAsksForThePayersAndTheirFilingLimits()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("it shows whether each session's note is signed without opening the note", sop, StringComparison.Ordinal);
        Assert.Contains("The list of insurers the practice is in network with, and each one's timely-filing limit", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void VaKit_GrantsNoClearinghouse_WhenSimplePracticeSendsTheClaims()
    {
        var kit = ReviewPlanDocuments.Kit("solo-us", Planning.SupportRole.VirtualAssistant);

        Assert.Contains("SimplePractice's billing module: permission for creating and sending claims only", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("your clearinghouse", kit, StringComparison.Ordinal);
    }
}
