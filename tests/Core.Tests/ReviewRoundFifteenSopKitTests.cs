using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-14 readers' findings on SOP and hiring-kit sentences that were false for the plan or contradicted another
/// document, read on the review intakes' own output.
/// </summary>
public sealed class ReviewRoundFifteenSopKitTests
{
    [Fact]
    public void UkLondon_Xero_TheBillingSystemThePracticeRuns_HasItsDpaChecked_NotTheSopBlocked()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");
        var email = ReviewPlanDocuments.Email("uk-london");

        // Every step of the invoicing SOP runs in Xero: it cannot also keep invoices off Xero until a DPA is signed.
        Assert.DoesNotContain("keep client information off it", sop, StringComparison.Ordinal);
        Assert.Contains("The practice already runs this work in the billing system (Xero): before you get a login, the therapist checks that its provider's DPA with the practice is in place (most include it in their terms).", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("sign its own DPA", email, StringComparison.Ordinal);
        Assert.Contains("Check that your practice-management system (WriteUpp) and your billing system (Xero) each have a signed DPA with you (most include one in their terms) before you give the billing specialist a login to them.", email, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondon_WithoutANamedBillingSystem_NoBillingSystemIsCheckedAsIfAlreadyRun()
    {
        var email = ReviewPlanDocuments.Email("uk-london", i => i with { Practice = i.Practice with { Systems = i.Practice.Systems! with { Billing = null } } });

        Assert.DoesNotContain("billing system (Xero)", email, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_AssociatePay_IsAShareOfWhatEachSessionBringsIn_InTheKitAndThePayrollSop()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.AssociateTherapist);
        var payroll = ReviewPlanDocuments.Sop("group-associate", "Payroll and contractor invoices");

        // The email says the associate's pay falls with what an insurer pays: the kit cannot promise a share of a fixed $175.00.
        Assert.Contains("Pay: a 60% share of what each session brings in: about $105.00 a session hour at the $175.00 self-pay fee, less where an insurer pays less;", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("share of each session's $175.00 fee", kit, StringComparison.Ordinal);
        Assert.Contains("against what the sessions they held in the period brought in", payroll, StringComparison.Ordinal);
        Assert.DoesNotContain("a count per clinician", payroll, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_ConsultationSop_LetsTheVaAnswerInquiriesWithTheTemplate_AddingNoClientDetails()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Consultation call booking");

        // Inquiries arrive by email and the SOP answers them with the template: a flat "never in email" contradicted that.
        Assert.Contains("Reply to each written inquiry with the approved consultation template", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Never put client information in email", sop, StringComparison.Ordinal);
        Assert.Contains("In email, answer from the practice mailbox with the approved templates only and add no client details", sop, StringComparison.Ordinal);
        Assert.Contains("whether or not the email provider has signed a BAA with the practice yet.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_TaxSop_OfAVaWhoSignsABaa_DoesNotSayTheTaskWasNotSetUpWithOne()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Quarterly tax paperwork for the accountant");
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        // The kit has the VA sign the BAA before the kickoff, since other tasks of theirs touch client information.
        Assert.Contains("Business Associate Agreement (BAA)", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("which this task was not set up with", sop, StringComparison.Ordinal);
        Assert.Contains("this task was set up to need none, and your BAA and training cover only the client information your other SOPs need (minimum necessary).", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_VaKit_OpensPhase3Access_WhenPhase3Starts_NotAtTheKickoff()
    {
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        // The clearinghouse signs its BAA "before phase 3 starts": the claims part of the billing line waits for phase 3 too.
        Assert.Contains("For: Superbills, Claim submission. Set up what Claim submission needs when phase 3 starts, not at the kickoff.", kit, StringComparison.Ordinal);
        Assert.Contains("For: Quarterly tax paperwork for the accountant, Payroll. Set up what Payroll needs when phase 3 starts, not at the kickoff.", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_VaKit_TestsThePayrollAndBookkeepingTheVaTakes()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);

        Assert.Contains("Because this plan gives them payroll and bookkeeping, they have done that work for a small business: preparing pay runs from timesheets and invoices checked against agreed rates, for the owner to approve; categorizing transactions and reconciling bank and card accounts to their statements each month.", kit, StringComparison.Ordinal);
        Assert.Contains("A timesheet for this pay run shows more hours than were agreed", kit, StringComparison.Ordinal);
        Assert.Contains("At month end a bank account does not reconcile to its statement", kit, StringComparison.Ordinal);
    }
}
