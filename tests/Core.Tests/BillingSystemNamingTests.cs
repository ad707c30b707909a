using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// When the intake names the billing system, the statements SOP and the hiring kit invoice in it alone: a London
/// owner read "raise an invoice in the practice-management system (WriteUpp)" beside "Invoicing (Xero)".
/// </summary>
public sealed class BillingSystemNamingTests
{
    static readonly Practice London = new("Camden Talking Therapies", "Olivia Hughes", "olivia@example.com", "Europe/London", 80m, 20m, "GB",
        new PracticeSystems(Ehr: "WriteUpp", Billing: "Xero"));

    static readonly PracticeTask Invoicing = Samples.Task(name: "Invoicing clients and chasing unpaid invoices", category: TaskCategory.Billing, clientInfo: true);

    [Fact]
    public void StatementsSop_BillingSystemGiven_InvoicesInItOnly()
    {
        var sop = SopWriter.Write(London, Invoicing, SupportRole.BillingSpecialist, 1);

        Assert.Contains("raise an invoice in Xero for each one", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("WriteUpp), billing", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Stripe or Square", sop.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void StatementsSop_NoBillingSystem_InvoicesInThePracticeSystem_WithNoCardProcessorGuessed()
    {
        var sop = SopWriter.Write(London with { Systems = null }, Invoicing, SupportRole.BillingSpecialist, 1);

        Assert.Contains("raise an invoice in the practice-management system", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Stripe or Square", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("through the client portal", sop.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void HiringKit_BillingSystemGiven_GrantsInvoicingInItAlone()
    {
        var line = new SupportLine(SupportRole.BillingSpecialist, 2m, 40m, 40m * 2m * 52 / 12);
        var brief = new HiringBrief(line, [new HiringTask(Invoicing with { TaskId = "t1" }, 1)], null);

        var kit = HiringKitWriter.Write(London, "GBP", brief, 1);
        var access = Html.SectionText(Html.Parse(kit.Html), "Access checklist");

        Assert.Contains("Xero: the Standard user role without bank account admin or payroll", access, StringComparison.Ordinal);
        Assert.DoesNotContain("WriteUpp's invoicing", access, StringComparison.Ordinal);
    }
}
