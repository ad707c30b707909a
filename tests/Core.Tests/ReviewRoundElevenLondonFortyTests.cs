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

        Assert.Contains("each at 45 days the second (“Hi [first name], invoice [number] for [date] is still unpaid.", sop, StringComparison.Ordinal);
        Assert.Contains("On your fixed days, read clients' replies in the billing mailbox Xero's emails reply to", sop, StringComparison.Ordinal);
        Assert.Contains("The mailbox Xero's invoice emails reply to (a practice billing address, never the therapist's own), and your own login to it.", sop, StringComparison.Ordinal);
        Assert.Contains("Trigger: A session to invoice (the session fee, or a late-cancellation fee under the practice's policy), and an unpaid invoice reaching 30, 45 or 60 days overdue.", sop, StringComparison.Ordinal);
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
        // forty-tasks keeps "Contractor invoices", "CE credit tracking", "Records requests" and booking sessions with the therapist.
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        Assert.DoesNotContain("and bill pay:", kit, StringComparison.Ordinal);
        Assert.Contains("you release every payment, and bill pay stays yours.", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("A contractor emails new bank details", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("books, moves and cancels appointments", kit, StringComparison.Ordinal);
        Assert.Contains("booking link for your consultation slots, and the calendar read-only to see who booked: no right to book, move or cancel client sessions", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("CE certificates", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("prepares releases", kit, StringComparison.Ordinal);
        Assert.Contains("Your EHR's client documents: uploads documents to a client's record, with no access to session notes. For: Filing and document scanning.", kit, StringComparison.Ordinal);
    }
}
