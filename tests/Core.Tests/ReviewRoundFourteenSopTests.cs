using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-12 findings still open on SOPs and kits, read on the review intakes' own output: the systems each SOP works in
/// are one list (<see cref="SystemCatalogue"/>), and the kit's access checklist and the email's vendor agreements follow it.
/// </summary>
public sealed class ReviewRoundFourteenSopTests
{
    public static TheoryData<string> Intakes() => [.. ReviewIntakes.Names];

    // Each delegated task of the review intake with its role, and the systems its SOP declares inside this plan.
    static List<(string Task, SupportRole Role, int Phase, IReadOnlyList<string> Systems)> SopSystems(string intake)
    {
        var loaded = ReviewIntakes.Load(intake);
        var match = ReviewIntakes.Match(loaded);
        var byId = ReviewIntakes.Tasks(intake).ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var delegated = match.Assignments.Select(a => SopLibrary.KindOf(byId[a.TaskId])).ToHashSet(StringComparer.Ordinal);
        var j = Jurisdiction.Of(loaded.Practice.Country);
        return [.. match.Assignments.Select(a => (byId[a.TaskId].Name, a.Role, a.Phase,
            SopLibrary.SystemsOf(byId[a.TaskId], a.Role, j, delegated, loaded.Practice.Systems)))];
    }

    [Theory]
    [MemberData(nameof(Intakes))]
    public void EverySystemTheSopsWorkIn_IsOnTheRolesKit_AndItsAgreementInTheEmail(string intake)
    {
        var loaded = ReviewIntakes.Load(intake);
        var systems = loaded.Practice.Systems;
        var email = ReviewPlanDocuments.Email(intake);
        var sops = SopSystems(intake);
        foreach (var role in sops.Select(s => s.Role).Distinct())
        {
            var kit = ReviewPlanDocuments.Kit(intake, role);
            // A system counts as named by a grant, not by a task's name ("Password manager roll-out") in a line's "For:".
            var access = sops.Aggregate(kit[kit.IndexOf("Access checklist", StringComparison.Ordinal)..kit.IndexOf("Kickoff and the first weeks", StringComparison.Ordinal)], (text, s) => text.Replace(s.Task, "", StringComparison.Ordinal));
            foreach (var key in sops.Where(s => s.Role == role).SelectMany(s => s.Systems).Distinct())
            {
                Assert.True(SystemCatalogue.Of(key).Names(systems).IsMatch(access), $"{intake}: the {RoleTitles.Of(role)} kit's access checklist names no {key}");
            }
        }

        // Only outside help's systems: the associate is workforce, and their EHR login is the practice's own.
        var j = Jurisdiction.Of(loaded.Practice.Country);
        foreach (var key in sops.Where(s => s.Role != SupportRole.AssociateTherapist).SelectMany(s => s.Systems).Distinct())
        {
            var system = SystemCatalogue.Of(key);
            if (system.Holds is not null)
            {
                Assert.Contains(system.Vendor(j, systems), email, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void GroupAssociate_VaKit_GivesThePhoneLineTheIntakeSopAnswers_WithItsProvidersBaa()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Intake calls with new clients");
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);
        var email = ReviewPlanDocuments.Email("group-associate");

        Assert.Contains("Practice phone: delegated access.", sop, StringComparison.Ordinal);
        Assert.Contains("The practice phone line or VoIP system: a user or extension of their own that answers calls and voicemail", kit, StringComparison.Ordinal);
        Assert.Contains("For: Intake calls with new clients.", kit[kit.IndexOf("The practice phone line", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("before the first day, your clearinghouse, your email provider, your phone provider and any scheduler you use beside your EHR", email, StringComparison.Ordinal);
        Assert.Contains("Check that your EHR (TherapyNotes) has a signed BAA with you (most include one in their terms) before you give the virtual assistant or the billing specialist a login to it.", email, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_Email_ListsEveryVendorTheSopsNeed_ByWhenEachIsNeeded()
    {
        var email = ReviewPlanDocuments.Email("forty-tasks");

        // Round 12 listed two (phone, e-fax) where the SOPs need more.
        Assert.Contains("Also have each of these sign its own BAA with you (not every plan includes one): before phase 2 starts, your e-fax provider and your document storage provider", email, StringComparison.Ordinal);
        Assert.Contains("before phase 3 starts, your clearinghouse", email, StringComparison.Ordinal);
        // The password manager is chosen during its project: its vendor signs once chosen, and the SOP keeps client information out till then.
        Assert.Contains("; once you choose it, your password manager's vendor.", email, StringComparison.Ordinal);
        Assert.Contains("Until each has signed, the SOPs keep client information off it.", email, StringComparison.Ordinal);
        // The kit grants the same systems: a "scheduler role" in the EHR calendar is not the separate scheduler the consultation SOP allows.
        Assert.Contains("A separate scheduler, only if you use one beside your EHR and its provider has signed a Business Associate Agreement (BAA) under HIPAA with you",
            ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Intakes))]
    public void EverySop_SaysTheAgreementFirst_ForEachOutsideSystemThatHoldsClientInformation(string intake)
    {
        var j = Jurisdiction.Of(ReviewIntakes.Load(intake).Practice.Country);
        foreach (var (task, role, _, systems) in SopSystems(intake).Where(s => s.Role != SupportRole.AssociateTherapist))
        {
            if (systems.Any(k => SystemCatalogue.Of(k) is { Holds: not null } x && !x.InUse(ReviewIntakes.Load(intake).Practice.Systems)))
            {
                // The email says "the SOPs keep client information off it" until each provider has signed: each SOP says so.
                Assert.Contains(j.AgreementShort, ReviewPlanDocuments.Sop(intake, task), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ClaimsSop_WithAClearinghouse_KeepsClaimsOffIt_UntilItsBaaIsSigned()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Claim submission");

        Assert.Contains("Before client information goes through the clearinghouse, the therapist confirms its provider has signed a Business Associate Agreement (BAA) under HIPAA with the practice (not every plan includes one); until then, keep client information off it.", sop, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Intakes))]
    public void EverySop_RunsAtLeastWeekly_WhenThePlanPaysForAnHourOrMoreOfItEveryWeek(string intake)
    {
        var loaded = ReviewIntakes.Load(intake);
        var match = ReviewIntakes.Match(loaded);
        var byId = ReviewIntakes.Tasks(intake).ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var delegated = match.Assignments.Select(a => SopLibrary.KindOf(byId[a.TaskId])).ToHashSet(StringComparer.Ordinal);
        var j = Jurisdiction.Of(loaded.Practice.Country);
        foreach (var a in match.Assignments)
        {
            var task = byId[a.TaskId];
            var rhythm = TaskRhythm.Of(task.Name);
            var scope = new SopScope(delegated, new HashSet<string>(), loaded.Practice.Systems,
                WeeklyHours: task.OneTimeHours is null ? task.HoursPerWeek : null, Rhythm: rhythm);
            var content = SopLibrary.For(task, a.Role, j, scope);
            if (task.OneTimeHours is null && task.HoursPerWeek >= SopLibrary.WeeklyBlockHours && rhythm is "each week" or "each day")
            {
                // The owner gave these hours for every week: an SOP that looks once a month would leave most of them unused.
                Assert.True(content.Cadence is not ("monthly" or "quarterly"), $"{intake}: “{task.Name}” is paid {task.HoursPerWeek} h a week but its SOP runs {content.Cadence}");
            }
        }
    }

    [Fact]
    public void FortyTasks_LicenceRenewals_PaidThreeHoursAWeek_IsAWeeklyBlock_ThatSaysTheHours()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Licence renewal tracking");

        Assert.DoesNotContain("A monthly look at the renewals calendar", sop, StringComparison.Ordinal);
        Assert.Contains("A weekly block at a set time: update the renewals calendar", sop, StringComparison.Ordinal);
        Assert.Contains("This plan pays for about 3 h a week of it, the time the therapist spends on it today: if the work takes less, say so at a check-in, so the therapist can lower the hours paid rather than fill them.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_DirectoryProfile_PaidAnHourAWeek_IsCheckedWeekly_InTheStepsToo()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Psychology Today profile");

        Assert.Contains("A weekly check of every profile", sop, StringComparison.Ordinal);
        Assert.Contains("Each week, read every profile on its public page", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Each month, read every profile", sop, StringComparison.Ordinal);
    }

    // uk-london with a one-off budget that covers the video platform project, so the plan hands it to the tech professional.
    static Intake.Intake WithProjectBudget(Intake.Intake intake) => intake with { Budget = intake.Budget with { OneTime = 400m } };

    [Fact]
    public void UkLondon_VideoPlatformProject_HasItsDpaStep_InTheSop_TheKit_AndTheEmail()
    {
        const string Project = "Set up a secure video platform for online sessions";
        var sop = ReviewPlanDocuments.Sop("uk-london", Project, WithProjectBudget);
        var kit = ReviewPlanDocuments.Kit("uk-london", SupportRole.TechProfessional, WithProjectBudget);
        var email = ReviewPlanDocuments.Email("uk-london", WithProjectBudget);

        // The platform carries live sessions: its provider is a processor, and signs before the first one.
        Assert.Contains("Agreement: before the telehealth platform carries any client information (a session, a booking, a message), the therapist confirms its provider has signed a data processing agreement (DPA) under UK GDPR with the practice.", sop, StringComparison.Ordinal);
        Assert.Contains("check first whether a system the practice already runs under a signed agreement (such as the practice-management system (WriteUpp)) already does the job", sop, StringComparison.Ordinal);
        Assert.Contains("The telehealth platform: an admin or support role to manage rooms, not to join sessions; it carries sessions, so its provider signs a data processing agreement (DPA) under UK GDPR with you before the first online session.", kit, StringComparison.Ordinal);
        Assert.Contains("your video platform for online sessions", email, StringComparison.Ordinal);
        Assert.DoesNotContain("BAA", sop + kit, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_PhoneCalls_AreHandedOverWhole_TheVaBooksCallersOnTheCall_AndThePlanCountsIt()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");
        var kit = ReviewPlanDocuments.Kit("solo-us", SupportRole.VirtualAssistant);
        var email = ReviewPlanDocuments.Email("solo-us");

        // One call per booking: the VA books in the published openings, under the written policy, while the caller is on the line.
        Assert.Contains("For booking, moving or cancelling a session, do it while the caller is on the line, in the calendar in the EHR (SimplePractice), so no caller waits for a second call", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("take the caller's name, number and the times that suit them", sop, StringComparison.Ordinal);
        Assert.Contains("The cancellation policy as the therapist wrote it, and which openings in the calendar callers may be booked into.", sop, StringComparison.Ordinal);
        Assert.Contains("SimplePractice's calendar: a scheduler role that books, moves and cancels the sessions callers ask for, in the openings you publish, with no access to session notes.", kit, StringComparison.Ordinal);
        // The plan counts only the consultation callback as the owner's, as the SOP says.
        Assert.Contains("Maya Patel keeps calling each new inquiry back to offer a consultation.", sop, StringComparison.Ordinal);
        Assert.Contains("0.5 h for calling each new inquiry back to offer a consultation (“Phone calls and voicemail”)", email, StringComparison.Ordinal);
        Assert.DoesNotContain("passes booking requests to you", email, StringComparison.Ordinal);
    }
}
