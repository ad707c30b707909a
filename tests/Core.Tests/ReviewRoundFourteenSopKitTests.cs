using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-13 readers' findings on SOP steps and hiring-kit text, read on the review intakes' own output: each rule
/// said once, the same way, in every document that states it, and every step one the hire or owner can keep.
/// </summary>
public sealed class ReviewRoundFourteenSopKitTests
{
    [Fact]
    public void SoloUs_RejectedClaims_AreFixedAtTheNextClaimsRun_InTheSopAndTheKit()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");
        var kit = ReviewPlanDocuments.Kit("solo-us", SupportRole.VirtualAssistant);

        Assert.Contains("shows as rejected (wrong member ID, missing NPI, bad date of birth) at the next claims run and resubmit", sop, StringComparison.Ordinal);
        Assert.Contains("and resends them at the next claims run, as the claims SOP says", kit, StringComparison.Ordinal);
        // The kit's good answer used to promise a same-day fix the twice-weekly SOP never makes.
        Assert.DoesNotContain("resends the same day", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("at your next claims run", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_VoicemailGreeting_HasTheHoursTheStepKeepsCurrent()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");
        var greeting = sop[sop.IndexOf("Voicemail greeting:", StringComparison.Ordinal)..];

        Assert.Contains("the practice's hours (from the therapist's answers at the kickoff, in place of “[the practice's hours]”)", sop, StringComparison.Ordinal);
        Assert.Contains(". Our hours are [the practice's hours]. We return every message within one business day.", greeting, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondon_InvoicesAt30Days_ReachTheTherapistWithinAWeek_NotAtMonthEnd()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");
        var kit = ReviewPlanDocuments.Kit("uk-london", SupportRole.BillingSpecialist);

        // The goal has the therapist decide at 30 days: the hand-off that lets them is weekly, in the frequency, the
        // steps, the service levels and the kit alike.
        Assert.Contains("the therapist decides what happens to anything still unpaid at 30 days", sop, StringComparison.Ordinal);
        Assert.Contains("the overdue list to the therapist each week, on the first of those days", sop, StringComparison.Ordinal);
        Assert.Contains("On the first of your fixed days each week, send the therapist the overdue list through the secure messaging in WriteUpp: every invoice 30 days or more past its due date and still unpaid", sop, StringComparison.Ordinal);
        Assert.Contains("so none waits more than a week for the therapist's decision", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("at 30 days past its due date the client goes on the month-end balances report", sop, StringComparison.Ordinal);
        Assert.Contains("brings you a list each week of anything 30 days past due for a decision", kit, StringComparison.Ordinal);
    }
}
