using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>A kit grants the rights the role's work needs, and opens each account when its first task is handed over.</summary>
public sealed class HiringKitAccessTests
{
    static readonly Practice Uk = new("Thames Counselling", "Ana Ruiz", "ana@example.com", "Europe/London", 80m, 20m, "GB");

    // The brief is built directly, with each task's phase, so the tests are about what the kit says for given work.
    static HiringKit Kit(Practice practice, SupportRole role, params (string Name, TaskCategory Category, int Phase)[] tasks)
    {
        var line = new SupportLine(role, 3m * tasks.Length, 40m, 40m * 3m * tasks.Length * 52 / 12);
        var brief = new HiringBrief(line,
            [.. tasks.Select((t, i) => new HiringTask(Samples.Task(id: $"t{i + 1}", name: t.Name, category: t.Category, hours: 3m), t.Phase))], null);
        return HiringKitWriter.Write(practice, practice.Country == "US" ? "USD" : "GBP", brief, 1);
    }

    static string Section(HiringKit kit, string heading) => Html.SectionText(Html.Parse(kit.Html), heading);

    [Fact]
    public void EligibilityOnlyBiller_GetsEligibilityRights_NotClaimsOrPayments()
    {
        var kit = Kit(Samples.Practice, SupportRole.BillingSpecialist, ("Insurance eligibility and benefits checks", TaskCategory.Billing, 1));

        var access = Section(kit, "Access checklist");

        Assert.Contains("permission for eligibility and benefits checks only", access, StringComparison.Ordinal);
        Assert.DoesNotContain("claims", access, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("payments", access, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BillerWhoSubmitsClaimsAndPostsPayments_GetsBothRights_AndTheClaimCodesOfNotes()
    {
        var kit = Kit(Samples.Practice, SupportRole.BillingSpecialist,
            ("Insurance claims", TaskCategory.Billing, 1), ("Payment posting", TaskCategory.Billing, 1));

        var access = Section(kit, "Access checklist");

        Assert.Contains("permission for creating and sending claims and posting payments only", access, StringComparison.Ordinal);
        Assert.Contains("diagnosis and service codes a claim carries", access, StringComparison.Ordinal);
    }

    [Fact]
    public void CredentialingOnly_GetsProviderRecords_AndNoBillingModule()
    {
        var kit = Kit(Samples.Practice, SupportRole.BillingSpecialist, ("Credentialing and CAQH re-attestation", TaskCategory.Billing, 1));

        var access = Section(kit, "Access checklist");

        Assert.Contains("CAQH and the payers' provider portals: the practice's provider and credentialing records only", access, StringComparison.Ordinal);
        Assert.DoesNotContain("billing module", access, StringComparison.Ordinal);
    }

    [Fact]
    public void UkSelfPayStatements_AreInvoicingRights_WithoutTheBankDetails()
    {
        var kit = Kit(Uk, SupportRole.BillingSpecialist, ("Client invoices and statements", TaskCategory.Billing, 1));

        var access = Section(kit, "Access checklist");

        Assert.Contains("invoicing: permission for client invoices, statements and the payments clients make only", access, StringComparison.Ordinal);
        Assert.Contains("no right to change bank details", access, StringComparison.Ordinal);
        Assert.DoesNotContain("clearinghouse", access, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountForALaterPhase_IsOpenedWhenThatPhaseStarts_NotAtTheKickoff()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant,
            ("Scheduling appointments", TaskCategory.Admin, 1), ("Inbox triage", TaskCategory.Admin, 2));

        var access = Section(kit, "Access checklist");
        var kickoff = Section(kit, "Kickoff and the first weeks");

        Assert.Contains("For: Inbox triage. Set it up when phase 2 starts, not at the kickoff.", access, StringComparison.Ordinal);
        Assert.DoesNotContain("For: Scheduling appointments. Set it up", access, StringComparison.Ordinal);
        Assert.Contains("Set up the phase 1 accounts on the access checklist", kickoff, StringComparison.Ordinal);
        Assert.Contains("open its accounts on the checklist then", kickoff, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleWhoseLaterPhaseUsesTheSameSystems_SetsUpEveryAccountAtTheKickoff()
    {
        var kit = Kit(Samples.Practice, SupportRole.VirtualAssistant,
            ("Appointment reminders", TaskCategory.Admin, 1), ("Scheduling appointments", TaskCategory.Admin, 2));

        var kickoff = Section(kit, "Kickoff and the first weeks");

        Assert.Contains("Set up each account on the access checklist", kickoff, StringComparison.Ordinal);
        Assert.DoesNotContain("open its accounts", kickoff, StringComparison.Ordinal);
        Assert.DoesNotContain("Set it up when phase", Section(kit, "Access checklist"), StringComparison.Ordinal);
    }
}
