using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-9 readers' findings on the SOPs and hiring kits, read as a new hire on day one reads them: each test
/// holds a rule the SOP and the kit stated differently, or a fact the hire had to ask for.
/// </summary>
public sealed class ReviewRoundNineSopTests
{
    const string DirectoryRule = "A directory profile speaks for the therapist as a licensed clinician, so the virtual assistant drafts every change "
        + "and the therapist reviews it and publishes it from the therapist's own login; the virtual assistant never signs in to the profile.";

    [Fact]
    public void DirectoryProfile_SopAndKit_SayTheHireDraftsAndTheTherapistPublishes()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Psychology Today profile");
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);

        Assert.Contains(DirectoryRule, sop, StringComparison.Ordinal);
        Assert.Contains(DirectoryRule, kit, StringComparison.Ordinal);
        // Neither the SOP nor the kit hands the hire the profile's login.
        Assert.DoesNotContain("login location in the password manager", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("publish only the approved text", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("they draft the change and you make it", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void AssociateLicensing_PlanKitAndSop_StateOneRule()
    {
        const string rule = "An associate therapist is licensed in the practice's state (and in each state a telehealth client is in when seen), "
            + "or is pre-licensed and works under a named clinical supervisor as the state board requires.";
        var plan = ReviewIntakes.Match("group-associate").SupportMix.Single(l => l.Role == SupportRole.AssociateTherapist).Note!;
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.AssociateTherapist);
        var sop = ReviewPlanDocuments.Sop("group-associate", "Overflow sessions from the waitlist");

        Assert.Contains(rule, plan, StringComparison.Ordinal);
        Assert.Contains(rule, kit, StringComparison.Ordinal);
        Assert.Contains(rule, sop, StringComparison.Ordinal);
        // The three old wordings, each a little different, are gone.
        Assert.DoesNotContain("if pre-licensed, supervision", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("A current license to practice in your state", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("clinical supervision if you are pre-licensed", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SuperbillSop_SaysOneDeadline_InTheFrequencyTheServiceLevelAndTheKpi()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Superbills");

        Assert.Contains("Once a month, by the third day the practice is open in the month, for the previous month", sop, StringComparison.Ordinal);
        Assert.Contains("Monthly superbills sent by the third day the practice is open in the month.", sop, StringComparison.Ordinal);
        Assert.Contains("Monthly superbills sent by the third day the practice is open in the month (%)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("third business day", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("first three business days", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("GB")]
    public void FilingSop_SaysOneDeadline_InTheGoalTheServiceLevelAndTheKpi(string country)
    {
        var sop = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice with { Country = country }, Samples.Task(name: "Filing and document scanning"),
            SupportRole.VirtualAssistant, 1).Html).Body!.TextContent;

        Assert.Contains("filed in the right place by the end of the next day the practice is open,", sop, StringComparison.Ordinal);
        Assert.Contains("Incoming documents filed by the end of the next day the practice is open.", sop, StringComparison.Ordinal);
        Assert.Contains("Documents filed by the end of the next day the practice is open (%)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("filed within one", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FilingSop_HandsPayerLettersToTheHiresOwnBillingWork_WhenThePlanGivesThemClaims()
    {
        // forty-tasks gives the VA both the filing and the claims: nobody else is "whoever runs the billing SOPs".
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Filing and document scanning");

        // Round 12: the VA's claims SOP starts in phase 2, after this one, so until then the letters go to the therapist.
        Assert.Contains("other payer letters to the therapist until your own billing SOPs start in a later phase, then to your billing work under them", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("whoever", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Practice email inbox", "claims", "Send insurance and claim questions to the billing specialist, who runs the claims SOP.")]
    [InlineData("Filing and document scanning", "payment-posting", "payer letters and EOBs to the billing specialist,")]
    [InlineData("Licence renewal tracking", "credentialing", "send the new copy to the billing specialist, who runs the credentialing SOP, for the payers.")]
    [InlineData("Instagram posts", "inbox", "to the practice inbox, where the billing specialist answers it.")]
    public void Sops_HandWorkOn_ToTheRoleThePlanGivesIt(string task, string kind, string handOff)
    {
        var roles = new Dictionary<string, SupportRole> { [kind] = SupportRole.BillingSpecialist };
        var category = task == "Instagram posts" ? Intake.TaskCategory.Marketing : Intake.TaskCategory.Admin;
        var sop = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice, Samples.Task(name: task, category: category), SupportRole.VirtualAssistant, 1,
            delegatedKinds: new HashSet<string> { kind }, kindRoles: roles).Html).Body!.TextContent;

        Assert.Contains(handOff, sop, StringComparison.Ordinal);
        Assert.DoesNotContain("whoever", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void InboxSop_HandsClaimQuestionsToTheTherapist_WhenNoRoleTakesClaims()
    {
        var sop = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice, Samples.Task(name: "Practice email inbox"), SupportRole.VirtualAssistant, 1,
            kindRoles: new Dictionary<string, SupportRole>()).Html).Body!.TextContent;

        Assert.Contains("Flag billing questions to the therapist", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudgetPlan_SaysTheBaaIsForContractors_AndWhatAnEmployeeSigns()
    {
        var intake = ReviewIntakes.Load("zero-budget");
        var text = Delegation.Core.Email.PlanEmailContent.Build(Samples.ComposePlan(intake).Plan, new Uri("https://delegation.example/")).ToText();

        Assert.Contains("a contractor or outside service signs a Business Associate Agreement (BAA) under HIPAA with you, "
            + "and an employee signs a confidentiality agreement as a member of the practice's workforce, with access set by role (an employee signs no BAA).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Before anyone you bring in touches client information, have them complete HIPAA privacy and security training and sign", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solo-us", SupportRole.VirtualAssistant, "if you employ them instead, they sign a confidentiality agreement as a member of the practice's workforce, with access set by role (an employee signs no BAA).")]
    [InlineData("uk-london", SupportRole.BillingSpecialist, "if you employ them instead, they sign the confidentiality clause of the employment contract, with access set by role (an employee is not a processor and signs no DPA).")]
    public void Kit_SaysTheAgreementIsForAContractor_AndWhatAnEmployeeSigns(string intake, SupportRole role, string employee)
    {
        var kit = ReviewPlanDocuments.Kit(intake, role);

        Assert.Contains(employee, kit, StringComparison.Ordinal);
    }

    [Fact]
    public void UkSop_SaysAnEmployeeSignsTheConfidentialityClause_NotTheDpa()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");

        Assert.Contains("A data processing agreement (DPA) under UK GDPR must be signed before any access is granted, and you complete UK GDPR and data protection training first. "
            + "If the practice employs you rather than contracts you, you sign the confidentiality clause of the employment contract", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PasswordManagerSop_HasItsOwnSteps_NotTheGenericProjectPlan()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Password manager roll-out");

        Assert.Contains("Ask the vendor for a BAA: if it will not sign one, the rule is that no client information ever goes in a vault", sop, StringComparison.Ordinal);
        Assert.Contains("one shared vault for each role in the practice, holding only the logins that role's work needs (least privilege)", sop, StringComparison.Ordinal);
        Assert.Contains("enforce multi-factor authentication for every member", sop, StringComparison.Ordinal);
        Assert.Contains("on a person's last day the therapist removes them from the manager, then changes every password in the vaults they could see", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("run through the result as a client", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkInvoicingSop_SaysWhatTheXeroInvoiceEmailMayCarry()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");

        Assert.Contains("send it by email from Xero: the invoice email carries the client's name, the amount and the session date, and never clinical detail", sop, StringComparison.Ordinal);
        Assert.Contains("nor in email beyond what an invoice email from Xero carries: the client's name, the amount and the session date, never clinical detail.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Never put client information in email", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkBillingKit_PromisesNoAbsentSessionNotesInXero()
    {
        var kit = ReviewPlanDocuments.Kit("uk-london", SupportRole.BillingSpecialist);

        Assert.Contains("(the smallest Xero role that also matches bank payments to invoices; Invoice only cannot), for client invoices, statements and the payments clients make only, with no right to change bank details.", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("no access to session notes", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudgetEmail_SaysTheBudgetOnce()
    {
        var intake = ReviewIntakes.Load("zero-budget");
        var text = Delegation.Core.Email.PlanEmailContent.Build(Samples.ComposePlan(intake).Plan, new Uri("https://delegation.example/")).ToText();

        Assert.Contains("with a monthly budget of $0.00.", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"\$0\.00"));
        Assert.Contains("Kept for now: handing it over to the billing specialist at $45.00 an hour would add $585.00 a month.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsSop_AsksForTheUnnamedSystemsOnce_InTheKickoffList()
    {
        // forty-tasks names no EHR and no clearinghouse.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Claim submission");

        Assert.Contains("Bring to the kickoff", sop, StringComparison.Ordinal);
        Assert.Contains("The name of the practice's clearinghouse, and your own login to it with the access listed above.", sop, StringComparison.Ordinal);
        Assert.Contains("The name of the practice's EHR, and your own login to it with the access listed above.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("names it at kickoff", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkInvoicingSop_SaysWhichPapersTheTherapistProvides_AndWhereTheyLive()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");

        Assert.Contains("The therapist's fee list (any client-specific fees or sliding-scale rates) and the written financial policy with its payment terms", sop, StringComparison.Ordinal);
        Assert.Contains("the therapist puts a copy in the practice's shared billing folder", sop, StringComparison.Ordinal);
        // WriteUpp and Xero are named in the intake: the hire is not asked for them again.
        Assert.DoesNotContain("The name of the practice's", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void NewAssociateCredentialing_GetsItsOwnProjectSop_NotTheGenericPlan()
    {
        var task = Samples.Task(name: "Credentialing the new associate", category: Intake.TaskCategory.Billing) with { OneTimeHours = 10m };
        var sop = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice, task, SupportRole.BillingSpecialist, 1).Html).Body!.TextContent;

        Assert.Equal("associate-credentialing", Delegation.Core.Sops.SopWriter.KindOf(task));
        Assert.Contains("CAQH ProView profile", sop, StringComparison.Ordinal);
        Assert.Contains("individual (Type 1) NPI", sop, StringComparison.Ordinal);
        Assert.Contains("Follow up every open application each week", sop, StringComparison.Ordinal);
        Assert.Contains("no session with the associate is billed to that insurer for a date before its effective date", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("run through the result as a client", sop, StringComparison.Ordinal);
    }
}
