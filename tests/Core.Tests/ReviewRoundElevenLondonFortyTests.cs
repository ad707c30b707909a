using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-11 readers' findings on the uk-london and forty-tasks SOPs and hiring kits: each test reads the document
/// as the new hire gets it, so no sentence invents a system, contradicts another document, or leaves a step undoable.
/// </summary>
public sealed class ReviewRoundElevenLondonFortyTests
{
    const string Invoicing = "Invoicing clients and chasing unpaid invoices";

    [Fact]
    public void UkInvoicingSop_NamesNoCardProcessorOrPortal_TheIntakeDidNotGive()
    {
        // uk-london names WriteUpp and Xero and no card processor: Xero sends invoices, statements and reminders itself.
        var sop = ReviewPlanDocuments.Sop("uk-london", Invoicing);

        Assert.DoesNotContain("saved card", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("payment processor", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("portal message", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("through the portal", sop, StringComparison.Ordinal);
        Assert.Contains("a statement of what is owed, by email from Xero.", sop, StringComparison.Ordinal);
        Assert.Contains("Whether the practice takes card payments and, if it does, the card processor's name", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkInvoicingSop_GrantsXerosStandardRole_AndTheMessagingItsReportUses()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", Invoicing);
        var kit = ReviewPlanDocuments.Kit("uk-london", SupportRole.BillingSpecialist);

        const string role = "the Standard user role without bank account admin or payroll (the smallest Xero role that also matches bank payments to invoices; Invoice only cannot)";
        Assert.Contains("Xero: " + role, sop, StringComparison.Ordinal);
        Assert.Contains("Xero: " + role, kit, StringComparison.Ordinal);
        // The balances report goes through WriteUpp's secure messaging, so the tool list grants it.
        Assert.Contains("Diary in the practice-management system (WriteUpp): read-only access to appointments and attendance, so each invoice matches a session that took place, and its secure messaging", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkInvoicingSop_ScriptsBothReminders_SaysWhoReadsReplies_AndRunsByAgeNotMonthly()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", Invoicing);

        // Round 12: one clock, days past the due date.
        Assert.Contains("each at 21 days past its due date the second (“Hi [first name], invoice [number] for [date] is still unpaid.", sop, StringComparison.Ordinal);
        Assert.Contains("On your fixed days, read clients' replies in the billing mailbox Xero's emails reply to", sop, StringComparison.Ordinal);
        Assert.Contains("The mailbox Xero's invoice emails reply to (a practice billing address, never the therapist's own), and your own login to it.", sop, StringComparison.Ordinal);
        Assert.Contains("Trigger: A session to invoice (the session fee, or a late-cancellation fee under the practice's policy), and an unpaid invoice reaching 7, 21 or 30 days past its due date.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("monthly run of overdue invoices", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkInvoicingSop_WritesTheFinancialPolicyWhenThereIsNone_AndShowsAnInvoiceLine()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", Invoicing);

        Assert.Contains("If there is no written policy yet, write a one-page draft at the kickoff", sop, StringComparison.Ordinal);
        Assert.Contains("“Session on 4 March: £80.00, due within 14 days by bank transfer”", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyVaKit_GrantsNoAccessForWorkThePlanKeeps()
    {
        // forty-tasks keeps "Contractor invoices", "CE credit tracking", "Records requests" and the scheduling tasks with the therapist;
        // the VA books only what callers ask for on the phone (round 14) and the consultation slots.
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        Assert.DoesNotContain("and bill pay:", kit, StringComparison.Ordinal);
        Assert.Contains("you release every payment, and bill pay stays yours.", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("A contractor emails new bank details", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("books, moves and cancels appointments", kit, StringComparison.Ordinal);
        Assert.Contains("Your EHR's calendar: a scheduler role that books, moves and cancels the sessions callers ask for, in the openings you publish (and your consultation slots), with no access to session notes.", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("CE certificates", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("prepares releases", kit, StringComparison.Ordinal);
        Assert.Contains("Your EHR's client documents: uploads documents to a client's record, with no access to session notes.", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyFilingSop_SendsEobsToTheTherapist_WhoKeepsPaymentPosting()
    {
        // The claims SOP says "Leave payment posting to the therapist": the filing SOP must not route EOBs to the VA's billing work.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Filing and document scanning");

        Assert.Contains("Sort each item: EOBs and remittance advice to the therapist, who keeps payment posting for now; other payer letters to the therapist until your own billing SOPs start", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("payer letters and EOBs to your own billing work", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTaxSop_AsksTheAccountantBeforeTheirDocumentDeadline()
    {
        // Asking "thirty days before" could not meet a document deadline "a month before": the two now agree.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Quarterly tax paperwork for the accountant");

        Assert.Contains("and beside each the date the accountant wants the documents by (ask them for the year's dates once)", sop, StringComparison.Ordinal);
        Assert.Contains("Six weeks before each date, ask the accountant what they need this time", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("a month before each", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Thirty days before each date", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyConsultationSop_ScopesTheKeptInbox_UsesNoCrm_AndAsksForAnAgreementFromAScheduler()
    {
        // forty-tasks keeps "Practice inbox" and "CRM set-up" with the therapist.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Consultation call booking");

        // Round 12: a separate inquiries mailbox first; delegated access to the kept inbox only as a rule the hire keeps.
        Assert.Contains("you open and answer consultation inquiries only, and leave every other message for the therapist, who keeps the inbox task for now.", sop, StringComparison.Ordinal);
        Assert.Contains("Inquiry tracker: in the EHR, holding only what the log step lists", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("CRM", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Calendly", sop, StringComparison.Ordinal);
        Assert.Contains("a separate scheduler only if its provider signs a Business Associate Agreement (BAA) under HIPAA with the practice", sop, StringComparison.Ordinal);
        Assert.Contains("Frequency: Every working day, at a time agreed at kickoff, for the inquiries in the practice inbox, and at the voicemail checks.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyFilingSop_AsksForTheEfaxProvidersBaa_AndNamesNoBrands()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Filing and document scanning");

        Assert.Contains("the e-fax provider holds client faxes, so it signs a Business Associate Agreement (BAA) under HIPAA with the practice before it receives any.", sop, StringComparison.Ordinal);
        Assert.Contains("The name of the practice's e-fax service, and your own login to it", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("SRFax", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uk-london", Invoicing)]
    [InlineData("forty-tasks", "Payroll")]
    [InlineData("forty-tasks", "Claim submission")]
    public void Sop_PurposeIsTheTasksOwnGoal_NotABoilerplateClause(string intake, string task)
    {
        var sop = ReviewPlanDocuments.Sop(intake, task);

        Assert.DoesNotContain("so that those hours go back to clients and rest", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("do it the same way every time", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortySuperbillsSop_SaysItsHoursAMonth_AsItRunsOnceAMonth()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Superbills");

        Assert.Contains("take over \"Superbills\" (about 17.33 h a month, 4 h a week on average) from Priya Shah", sop, StringComparison.Ordinal);
        Assert.Contains("Frequency: Once a month", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyPasswordManagerSop_HasNoCoverOrCheckInsForAOneOffProject()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Password manager roll-out");

        Assert.Contains("Backup: none for the project itself: if you are away, it waits for you. Priya Shah, the therapist, keeps the final say, agrees the plan with you before you start", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("who covers when you are away", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("reviews the work at each check-in", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientInfoSop_GivesTheNumberRiskIsPhonedTo_AtTheKickoff()
    {
        // "Anything about risk goes by phone, at once" named no number: the kickoff list now has it.
        var sop = ReviewPlanDocuments.Sop("uk-london", Invoicing);

        Assert.Contains("The phone number to reach Olivia Hughes on at once about a client at risk or anything else urgent; save it in your phone before your first day.", sop, StringComparison.Ordinal);
        Assert.Contains("anything about risk goes by phone, at once, to the number the therapist gave you at the kickoff.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkBillingKit_SaysWhereTheDpaComesFrom_AndAsksForAmlSupervisionAndIndemnity()
    {
        var kit = ReviewPlanDocuments.Kit("uk-london", SupportRole.BillingSpecialist);

        Assert.Contains("The ICO's guidance on contracts between controllers and processors lists what the DPA must contain (UK GDPR Article 28).", kit, StringComparison.Ordinal);
        Assert.Contains("registered for anti-money-laundering supervision with HMRC or a professional body (such as AAT, ICB or IAB)", kit, StringComparison.Ordinal);
        Assert.Contains("professional indemnity insurance for their bookkeeping and billing work; ask for the certificate.", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void UsVaKit_AsksForNoUkMoneyLaunderingSupervision()
    {
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        Assert.DoesNotContain("anti-money-laundering", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("ICO", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTechKit_AsksAboutThePasswordManager_NotAFridayOutageOnTheBookingPage()
    {
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.TechProfessional);

        Assert.Contains("How would you lay out our password manager's vaults, and what happens on the day someone leaves?", kit, StringComparison.Ordinal);
        Assert.Contains("If you, or I, lose access to the password manager, how is the account recovered?", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("stops working on a Friday evening", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyVaKit_FirstDays_LeaveMonthlyAndQuarterlyWorkToWhenItFallsDue()
    {
        // Superbills run once a month and the tax paperwork each quarter: neither can be done "with you" in the first days.
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        // Round 12: the password manager project counts among the three tasks to start with, so filing moves to phase 2
        // and the VA's phase-1 work is the monthly and the quarterly job alone.
        Assert.Contains("Superbills (each month) and Quarterly tax paperwork for the accountant (every quarter) do not come round every week: they do the first run with you when it falls due", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("They do Superbills, Quarterly tax paperwork for the accountant, Filing and document scanning with you", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyVaKit_GrantsTheEfaxInboxTheFilingSopOpens()
    {
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        Assert.Contains("The practice's e-fax service (you name it at kickoff): a login of their own to the fax inbox; the provider holds client faxes, so it signs a Business Associate Agreement (BAA) under HIPAA with you before it receives any.", kit, StringComparison.Ordinal);
    }
}
