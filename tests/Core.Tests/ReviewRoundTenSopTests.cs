namespace Delegation.Core.Tests;

/// <summary>
/// The round-10 readers' findings on the SOPs and hiring kits: each test holds an SOP or kit inside the plan it is
/// part of, so no step does work the plan keeps with the therapist, or work the hire was not given access for.
/// </summary>
public sealed class ReviewRoundTenSopTests
{
    [Fact]
    public void ClaimsSop_DoesNotPromisePaymentPosting_WhenThePlanKeepsIt()
    {
        // forty-tasks keeps "ERA and payment posting" with the therapist: the claims SOP says so, and nowhere posts payments.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Claim submission");

        Assert.Contains("do not post remittances yourself", sop, StringComparison.Ordinal);
        Assert.Contains("Claims twice a week (for example Tuesday and Friday); a month-end claims report.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("every payment is posted to its session", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("payment posting as remittances arrive", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("payments or remittances received", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PayrollSop_LeavesContractorInvoicesToTheTherapist_WhenThePlanKeepsThem()
    {
        // forty-tasks hands over "Payroll" and keeps "Contractor invoices": one kind, two answers.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Payroll");

        Assert.Contains("Contractor and vendor invoices stay with the therapist, who keeps that task for now", sop, StringComparison.Ordinal);
        Assert.Contains("A pay period closes, or a pay date is five business days away.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("contractor or vendor invoice arrives", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("mark each invoice paid", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Invoices checked within", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Bill pay", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void LicenceSop_LeavesTheCeRecordToTheTherapist_WhenThePlanKeepsCeTracking()
    {
        // forty-tasks hands over "Licence renewal tracking" and keeps "CE credit tracking".
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Licence renewal tracking");

        Assert.Contains("CE credits stay with the therapist, who keeps that task for now", sop, StringComparison.Ordinal);
        Assert.Contains("ask whether the CE hours for the cycle are complete", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("keep the running total", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("CE hours done against required", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("The CE total is current", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("CE folder", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PayrollAndLicenceSops_KeepTheWholeTask_WhenThePlanKeepsNothingOfIt()
    {
        var payroll = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice, Samples.Task(name: "Payroll and contractor invoices", category: Intake.TaskCategory.Admin),
            Planning.SupportRole.VirtualAssistant, 1).Html).Body!.TextContent;
        var licence = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice, Samples.Task(name: "License and CE tracking", category: Intake.TaskCategory.Admin),
            Planning.SupportRole.VirtualAssistant, 1).Html).Body!.TextContent;

        Assert.Contains("mark each invoice paid", payroll, StringComparison.Ordinal);
        Assert.Contains("keep the running total against each requirement", licence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", ")", "sales tax")]
    [InlineData("GB", ", VAT if the practice is registered for it)", "sales tax")]
    public void BookkeepingSop_NamesTheCountrysOneSalesTax(string country, string tax, string other)
    {
        var sop = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice with { Country = country }, Samples.Task(name: "Bookkeeping", category: Intake.TaskCategory.Admin),
            Planning.SupportRole.VirtualAssistant, 1).Html).Body!.TextContent;

        Assert.Contains("(estimated or quarterly tax payments" + tax, sop, StringComparison.Ordinal);
        Assert.DoesNotContain(other, sop, StringComparison.Ordinal);
    }

    [Fact]
    public void AssociateCaseloadSop_SharesClinicalDecisionsWithTheSupervisor_WhenTheAssociateIsPreLicensed()
    {
        // The licensing rule lets the associate be pre-licensed under a named supervisor: the caution agrees with it.
        var sop = ReviewPlanDocuments.Sop("group-associate", "Overflow sessions from the waitlist");

        Assert.Contains("or is pre-licensed and works under a named clinical supervisor as the state board requires.", sop, StringComparison.Ordinal);
        Assert.Contains("Clinical decisions about your clients are yours to make and to document, with your named clinical supervisor if you are pre-licensed, as the state board requires;", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Clinical decisions about your clients are yours to make and to document;", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PasswordManagerSop_StatesOneRuleForWhoMovesEachLogin()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Password manager roll-out");

        // Round 12: the therapist's logins go in only once the tech's administrator role has ended.
        Assert.Contains("you move the logins that hold no client information (website, directories, social media and the like) during the project. The therapist moves every login to a system that holds client information (EHR, email, phone, billing) and every login for the private vault", sop, StringComparison.Ordinal);
        Assert.Contains("for a login you move, the therapist types its current password into the manager", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Move each login from the inventory into its vault", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneSop_PassesInquiriesToTheTherapist_UntilTheConsultationSopStartsInALaterPhase()
    {
        // forty-tasks started with 2 hands the phone over in phase 4 and consultation booking in phase 5 (with 3, since
        // round 12 counts the password manager project among them, both come in phase 4).
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Phone calls and voicemail", i => i with { Preferences = i.Preferences with { StartWith = 2 } });

        Assert.Contains("until the consultation SOP starts in a later phase: until then the therapist calls the person back to offer a consultation", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Book or offer the consultation through the consultation SOP.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkBillingKit_GrantsTheSecureMessagingTheInvoicingSopSendsReportsThrough()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");
        var kit = ReviewPlanDocuments.Kit("uk-london", Planning.SupportRole.BillingSpecialist);

        Assert.Contains("the secure messaging in WriteUpp", sop, StringComparison.Ordinal);
        Assert.Contains("WriteUpp's diary: read-only access to appointments and attendance, so each invoice matches a session held, and its secure messaging, to send the therapist the reports that name clients;", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void VaKit_GrantsTheSecureMessagingAndCallLogThePhoneSopUses()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");
        var kit = ReviewPlanDocuments.Kit("solo-us", Planning.SupportRole.VirtualAssistant);

        Assert.Contains("through the secure messaging in SimplePractice", sop, StringComparison.Ordinal);
        Assert.Contains("Call log: kept in the secure messaging in SimplePractice", sop, StringComparison.Ordinal);
        Assert.Contains("SimplePractice's secure messaging: messages to you, to pass on anything that names a client (callback requests, new inquiries, and the call log the phone SOP keeps there), in the narrowest role that sends and reads messages, with no clinical records.", kit, StringComparison.Ordinal);
    }
}
