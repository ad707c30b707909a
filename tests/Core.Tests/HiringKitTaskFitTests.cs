using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// A kit agrees with the SOPs its hire will work from (round-6 new-hire read): the same scope, the same
/// narrow access, and must-haves and questions for the work the role really takes.
/// </summary>
public sealed class HiringKitTaskFitTests
{
    static readonly Practice Uk = new("Thames Counselling", "Ana Ruiz", "ana@example.com", "Europe/London", 80m, 20m, "GB");

    // The brief is built directly: these tests are about what a kit says for given work, not about who the matcher picks.
    static HiringKit Kit(Practice practice, SupportRole role, params PracticeTask[] tasks)
    {
        var line = new SupportLine(role, tasks.Sum(t => t.HoursPerWeek), 30m, 30m * tasks.Sum(t => t.HoursPerWeek) * 52 / 12);
        var brief = new HiringBrief(line, [.. tasks.Select((t, i) => new HiringTask(t with { TaskId = $"t{i + 1}" }, 1))], null);
        return HiringKitWriter.Write(practice, practice.Country == "US" ? "USD" : "GBP", brief, 1);
    }

    static string Section(HiringKit kit, string heading) => Html.SectionText(Html.Parse(kit.Html), heading);

    static PracticeTask Task(string name, TaskCategory category = TaskCategory.Admin, bool clientInfo = true) =>
        Samples.Task(name: name, category: category, hours: 2m, clientInfo: clientInfo);

    [Theory]
    [InlineData("US", "a Business Associate Agreement (BAA) under HIPAA")]
    [InlineData("GB", "a data processing agreement (DPA) under UK GDPR")]
    public void PhoneAccess_HasTheProviderSignTheVendorAgreement_AsThePhoneSopDoes(string country, string agreement)
    {
        var kit = Kit(country == "US" ? Samples.Practice : Uk, SupportRole.VirtualAssistant, Task("Phone calls and voicemail"));

        Assert.Contains($"The phone provider holds client calls and voicemails, so it signs {agreement} with you before the line carries them.",
            Section(kit, "Access checklist"), StringComparison.Ordinal);
    }

    [Fact]
    public void UsClaimsWithoutDenials_KitLeavesPayerFollowUp_AsTheClaimsSopDoes()
    {
        var claims = Task("Insurance claims submission", TaskCategory.Billing);
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant, claims);
        var sop = SopWriter.Write(Samples.Practice, claims, SupportRole.VirtualAssistant, 1);

        var questions = Section(kit, "Interview questions");

        // The SOP lists unpaid claims for the therapist; the kit must not hire for payer follow-up the SOP never asks for.
        Assert.Contains("List claims unpaid after 30 days", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("follows up anything unpaid after 30 days with the payer", questions, StringComparison.Ordinal);
        Assert.Contains("without chasing the payer or appealing on their own (you decide what to appeal)", questions, StringComparison.Ordinal);
    }

    [Fact]
    public void UsDenials_KitAsksAboutPayerFollowUp()
    {
        var kit = Kit(Samples.Practice, SupportRole.BillingSpecialist, Task("Insurance claims submission", TaskCategory.Billing), Task("Claim denials and appeals", TaskCategory.Billing));

        Assert.Contains("follows up anything unpaid after 30 days with the payer", Section(kit, "Interview questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void UkClaimsOnly_KitDoesNotHaveThemChaseTheInsurer()
    {
        var kit = Kit(Uk, SupportRole.BillingSpecialist, Task("Insurance claims", TaskCategory.Billing));

        var questions = Section(kit, "Interview questions");

        Assert.Contains("lists anything unpaid after 30 days for you without chasing the insurer on their own", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("with the insurer", questions, StringComparison.Ordinal);
    }

    [Fact]
    public void TaxPaperworkOnly_KitGrantsReadOnlyBooks_AsTheTaxSopDoes()
    {
        var taxes = Task("Tax paperwork for the accountant", TaskCategory.Billing, clientInfo: false);
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant, taxes);
        var sop = SopWriter.Write(Samples.Practice, taxes, SupportRole.VirtualAssistant, 1);

        var access = Section(kit, "Access checklist");

        Assert.Contains("you do not categorize or reconcile the books yourself", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("reconciles", access, StringComparison.Ordinal);
        Assert.Contains("Your accounting software (you name it at kickoff): read-only, to export the reports your accountant asks for", access, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookkeeping_KitStillGrantsCategorizeAndReconcile()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant, Task("Bookkeeping", TaskCategory.Billing, clientInfo: false));

        Assert.Contains("a bookkeeper user who categorizes and reconciles, with no right to send payments", Section(kit, "Access checklist"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "BrightPay")]
    [InlineData("GB", "Gusto")]
    public void VirtualAssistantWhoRunsPayroll_GetsThePayrollSystemOnTheChecklist_PrepareOnly(string country, string foreign)
    {
        var kit = Kit(country == "US" ? Samples.Practice : Uk, SupportRole.VirtualAssistant, Task("Payroll and contractor invoices", TaskCategory.Billing, clientInfo: false));

        var access = Section(kit, "Access checklist");

        Assert.DoesNotContain(foreign, access, StringComparison.Ordinal);
        Assert.Contains("Your payroll system (you name it at kickoff) and bill pay: a role that prepares pay runs and bills but cannot approve them, release a payment or change bank details", access, StringComparison.Ordinal);
        Assert.DoesNotContain("reconciles", access, StringComparison.Ordinal);
    }

    [Fact]
    public void VirtualAssistantWithClaimsAndSuperbills_MustHaveAndIsAskedAboutThatBilling()
    {
        var kit = Kit(Samples.Practice with { Systems = new PracticeSystems(Ehr: "SimplePractice") }, SupportRole.VirtualAssistant,
            Task("Insurance claims submission", TaskCategory.Billing), Task("Superbills for out-of-network clients", TaskCategory.Billing), Task("Phone calls and voicemail"));

        Assert.Contains("they have also done that work for a health practice: creating and sending claims and superbills.", Section(kit, "Must-haves"), StringComparison.Ordinal);
        Assert.Contains("This role includes creating and sending claims and superbills. Where have you done this work", Section(kit, "Interview questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void VirtualAssistantWithoutBilling_IsNotAskedForBillingExperience()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant, Task("Scheduling appointments"), Task("Phone calls and voicemail"));

        Assert.DoesNotContain("billing", Section(kit, "Must-haves"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("This role includes", Section(kit, "Interview questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void LicenceRenewalTracking_GetsARealAccessLine_NotAPlaceholder()
    {
        var kit = Kit(Uk, SupportRole.VirtualAssistant, Task("Licence renewal tracking", clientInfo: false));

        var access = Section(kit, "Access checklist");

        Assert.DoesNotContain("list the accounts it needs at kickoff", access, StringComparison.Ordinal);
        Assert.Contains("you sign in, attest and pay. For: Licence renewal tracking.", access, StringComparison.Ordinal);
    }

    [Fact]
    public void CrisisQuestion_GoodAnswerAsksWhereTheCallerIs_AsThePhoneScriptDoes()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant, Task("Phone calls and voicemail"));

        Assert.Contains("asks where the caller is right now, and if the caller is in immediate danger tells them to call 911 (or calls the emergency line for the caller's location)",
            Section(kit, "Interview questions"), StringComparison.Ordinal);
    }
}
