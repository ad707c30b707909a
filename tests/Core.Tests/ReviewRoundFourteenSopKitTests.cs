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

    [Fact]
    public void FortyTasks_LoginsWaitForThePasswordManager_WhicheverHireIsRegisteredFirst_SaidOnceInTheEmailAndTheKit()
    {
        var email = ReviewPlanDocuments.Email("forty-tasks");
        var va = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);
        var tech = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.TechProfessional);
        const string Wait = " kickoff comes before “Password manager roll-out” has set up the password manager, their accounts wait for it: "
            + "you set them up together on the day they are invited to it, not at the kickoff.";

        // Kickoffs are dated at each registration and the clash rule can move one a week, so the VA may meet the owner
        // before the tech: the promise of a private vault from the day they are invited holds because the accounts wait.
        Assert.Contains("each new hire keeps their own named logins in a private vault of their own from the day they are invited", email, StringComparison.Ordinal);
        Assert.Contains("If a hire's" + Wait, email, StringComparison.Ordinal);
        Assert.Contains("If two hires' kickoffs would fall on the same day an hour apart, the one registered later moves a week.", email, StringComparison.Ordinal);
        Assert.Contains("they sign in and turn on multi-factor authentication while you watch. If their" + Wait + " Then go through the work list", va, StringComparison.Ordinal);
        // The roll-out's own hire sets the manager up: their kit has no rule to wait for it.
        Assert.DoesNotContain(Wait, tech, StringComparison.Ordinal);
    }

    [Fact]
    public void ARollOutWithNoOtherHire_PromisesNoWait()
    {
        // A plan whose only hire is the roll-out's has no one whose kickoff could come before it.
        var note = Planning.MatchWords.Phase1Note(1, 1, 1, [("Password manager roll-out", 1, true)]);

        Assert.Contains("comes first, so each new hire keeps their own named logins", note, StringComparison.Ordinal);
        Assert.DoesNotContain("their accounts wait for it", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SupportRole.VirtualAssistant)]
    [InlineData(SupportRole.BillingSpecialist)]
    [InlineData(SupportRole.AssociateTherapist)]
    public void GroupAssociate_TheOwnerKeepsEhrAccounts_AndEachKitWithAnEhrUserGivesTheShortSteps(SupportRole role)
    {
        var email = ReviewPlanDocuments.Email("group-associate");
        var kit = ReviewPlanDocuments.Kit("group-associate", role);

        Assert.Contains("EHR user accounts and permissions (1 h a week, score 32): stays with you", email, StringComparison.Ordinal);
        Assert.Contains("Their TherapyNotes user, which you set up (this plan keeps “EHR user accounts and permissions” with you):", kit, StringComparison.Ordinal);
        Assert.Contains("(1) signed in to TherapyNotes as its administrator, add a user in their name with their own email address, never a shared login", kit, StringComparison.Ordinal);
        Assert.Contains("(2) give it the narrowest ready-made role in TherapyNotes that allows the TherapyNotes lines of the access checklist above", kit, StringComparison.Ordinal);
        // A limit finer than the EHR's roles (booking only into the associate's openings) is the SOP's rule, checked at check-ins.
        Assert.Contains("the narrowest role that allows the work is the limit TherapyNotes enforces, and the rest is a rule of the SOP that you check at each check-in", kit, StringComparison.Ordinal);
        // A tech professional hired later, with the training and the agreement, may take it over: never with the owner's login.
        Assert.Contains("to a hire who has HIPAA privacy and security training and has signed a Business Associate Agreement (BAA) under HIPAA, they take these steps over under an administrator user of their own, never yours", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_EhrUserSteps_NameTheEhrLines_AndFitAccountsThatWaitForThePasswordManager()
    {
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        // No EHR named: the lines are "the EHR lines", never "the Your EHR's lines"; and the first sign-in is not tied to
        // the kickoff, which the password manager rule may leave without accounts.
        Assert.Contains("(2) give it the narrowest ready-made role in the EHR that allows the EHR lines of the access checklist above", kit, StringComparison.Ordinal);
        Assert.Contains("(4) when they first sign in with you, check together", kit, StringComparison.Ordinal);
        // The kickoff has them turn multi-factor authentication on while the owner watches: the steps do not say it is on before.
        Assert.Contains("(3) require multi-factor authentication for the user, so they turn it on at their first sign-in", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("the Your EHR's lines", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_TheTechGetsNoEhrUser_SoTheirKitHasNoSteps()
    {
        Assert.DoesNotContain("user, which you set up (this plan keeps", ReviewPlanDocuments.Kit("group-associate", SupportRole.TechProfessional), StringComparison.Ordinal);
    }
}
