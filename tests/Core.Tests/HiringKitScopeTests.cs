using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>A kit asks only about the work its role takes in the plan, in the country's words, and names the
/// practice's own systems.</summary>
public sealed class HiringKitScopeTests
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

    static PracticeTask Task(string name, TaskCategory category, bool clientInfo = true) =>
        Samples.Task(name: name, category: category, hours: 3m, clientInfo: clientInfo);

    [Fact]
    public void VirtualAssistantWhoSchedulesAndAnswersThePhone_IsAskedNothingAboutClaims()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant,
            Task("Scheduling appointments", TaskCategory.Admin), Task("Phone and voicemail", TaskCategory.Admin));

        var questions = Section(kit, "Interview questions");

        Assert.Contains("cancel for the third time", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("CO-16", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("claim", questions, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("benefits", questions, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RoleThatSubmitsClaimsButNotDenials_IsNotAskedAboutDenialCodes()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant, Task("Insurance claims", TaskCategory.Billing));

        var questions = Section(kit, "Interview questions");

        Assert.DoesNotContain("CO-16", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("check a new client's benefits", questions, StringComparison.Ordinal);
        Assert.Contains("clearinghouse rejects", questions, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleThatWorksDenials_IsAskedAboutCo16()
    {
        var kit = Kit(Samples.Practice, SupportRole.BillingSpecialist, Task("Denials and appeals", TaskCategory.Billing));

        Assert.Contains("CO-16", Section(kit, "Interview questions"), StringComparison.Ordinal);
        Assert.Contains("denials and appeals", Section(kit, "Must-haves"), StringComparison.Ordinal);
    }

    [Fact]
    public void UsBillingSpecialistWithoutDenials_DoesNotNeedDenialExperience()
    {
        var kit = Kit(Samples.Practice, SupportRole.BillingSpecialist, Task("Insurance claims", TaskCategory.Billing));

        Assert.DoesNotContain("denials and appeals", Section(kit, "Must-haves"), StringComparison.Ordinal);
    }

    [Fact]
    public void UkSelfPayBillingSpecialist_IsAskedAboutClientInvoices_NeverInsurers()
    {
        var kit = Kit(Uk, SupportRole.BillingSpecialist, Task("Client invoicing and late payments", TaskCategory.Billing));

        var text = Html.Parse(kit.Html).Body!.TextContent;

        Assert.Contains("invoicing clients", Section(kit, "Must-haves"), StringComparison.Ordinal);
        Assert.DoesNotContain("insurer", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("clearinghouse", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("invoices that have not been paid", Section(kit, "Interview questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void KindThatCarriesClientDetails_NeedsTheAgreement_EvenWhenTheIntakeSaidNo()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant, Task("Scheduling appointments", TaskCategory.Admin, clientInfo: false));

        var mustHaves = Section(kit, "Must-haves");

        Assert.Contains("Business Associate Agreement", mustHaves, StringComparison.Ordinal);
        Assert.DoesNotContain("None of the tasks", mustHaves, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedSystems_AreNamedInTheAccessChecklist_AndTheMustHaves()
    {
        var practice = Samples.Practice with { Systems = new PracticeSystems(Ehr: "SimplePractice", Phone: "Dialpad") };

        var kit = Kit(practice, SupportRole.VirtualAssistant, Task("Scheduling appointments", TaskCategory.Admin), Task("Phone and voicemail", TaskCategory.Admin));

        var access = Section(kit, "Access checklist");
        Assert.Contains("SimplePractice's scheduling calendar", access, StringComparison.Ordinal);
        Assert.Contains("VoIP system (Dialpad)", access, StringComparison.Ordinal);
        Assert.Contains("ideally in SimplePractice", Section(kit, "Must-haves"), StringComparison.Ordinal);
    }

    [Fact]
    public void NoSystemsGiven_KeepsTheGenericWording()
    {
        var kit = Kit(Uk, SupportRole.VirtualAssistant, Task("Scheduling appointments", TaskCategory.Admin));

        Assert.Contains("Your practice-management system's scheduling calendar", Section(kit, "Access checklist"), StringComparison.Ordinal);
    }
}
