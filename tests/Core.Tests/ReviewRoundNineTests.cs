using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-9 readers' findings on the plan's model and its money words, each read off the plan the reader was sent.
/// </summary>
public sealed class ReviewRoundNineTests
{
    [Fact]
    public void GroupAssociate_CredentialingTheAssociate_IsAPhase1OneOffOfTheBillingSpecialist_NotAStepOutsideThePlan()
    {
        var match = ReviewIntakes.Match("group-associate");

        var credentialing = Assert.Single(match.Assignments, a => a.TaskId == AssociateCredentialing.TaskId);
        Assert.Equal(SupportRole.BillingSpecialist, credentialing.Role);
        Assert.Equal(1, credentialing.Phase);
        Assert.Equal(270.00m, credentialing.OneTimeCost);
        // The website move ($750.00) and credentialing, of the $1,500.00 one-off budget; nothing a month.
        Assert.Equal(1020.00m, match.OneTimeCost);
        Assert.Equal(585.00m, match.SupportMix.Single(l => l.Role == SupportRole.BillingSpecialist).MonthlyCost);
        Assert.DoesNotContain(ReviewIntakes.Sentences(match), s => s.Contains("It is not in the plan until you add it", StringComparison.Ordinal));
        Assert.Equal(1, match.Assignments.Single(a => a.Role == SupportRole.AssociateTherapist).Phase);
    }

    [Fact]
    public void GroupAssociate_BillingSpecialistsKit_ListsCredentialingTheAssociate()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.BillingSpecialist);

        Assert.Contains("Credential your new associate with each insurer you bill: 6 h, a one-off project (phase 1)", kit, StringComparison.Ordinal);
        Assert.Contains("about $585.00 a month and $270.00 once for the projects", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_BetterFitRole_IsPricedAgainstWhatTheMonthlyBudgetLeaves()
    {
        var match = ReviewIntakes.Match("forty-tasks");
        var reason = match.Assignments.Single(a => a.TaskId == ReviewIntakes.IdOf("forty-tasks", "Superbills")).RoleReason;

        Assert.Contains("A billing specialist fits it better", reason, StringComparison.Ordinal);
        Assert.Contains("but moving it there would cost $173.33 more a month, and only $42.50 a month is left.", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("would add $173.33", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewPlans_SayWhatTheMonthlyBudgetLeavesEachMonth_NeverWhatTheBudgetHasLeft()
    {
        foreach (var name in ReviewIntakes.Names)
        {
            var match = ReviewIntakes.Match(name);
            Assert.All([.. ReviewIntakes.Sentences(match), match.LaterPhasesNote ?? ""], s =>
            {
                Assert.DoesNotMatch(@"the budget has \S*\d", s);
                Assert.DoesNotContain("your budget has left", s, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"leaving \S*\d", s);
            });
        }
    }

    [Fact]
    public void GroupAssociate_AskedToStartWith3_Phase1HoldsThree_AndSaysAProjectCountsAsOne()
    {
        var match = ReviewIntakes.Match("group-associate");

        // Round 12: start-with-N is kept exactly, a one-off project counting as one task in its rank order.
        Assert.Equal("Phase 1 holds the 3 tasks you asked to start with; a one-off project counts as one task, in its rank order, "
            + "so “Move the website to a new host” comes in phase 2.", match.Phase1Note);
    }

    [Fact]
    public void SoloUs_PhoneWithTheAssistant_BooksTheCallers_AndSaysWhatTheRestOfSchedulingWouldAdd()
    {
        var match = ReviewIntakes.Match("solo-us");
        var phone = match.Assignments.Single(a => a.TaskId == ReviewIntakes.IdOf("solo-us", "Phone calls and voicemail"));

        Assert.Equal(SupportRole.VirtualAssistant, phone.Role);
        Assert.Equal("The virtual assistant books, moves and cancels the sessions callers ask for while they are on the line, in the openings you publish and under your cancellation policy; "
            + "the rest of “Scheduling and rescheduling clients” (requests by email or the portal) stays with you. Handing that over too would add $606.67 a month with the virtual assistant, more than the $141.67 left.", phone.RoleReason);
    }

    [Fact]
    public void FortyTasks_Superbills_AreSaidAsTheMonthlyJobTheyAre_InTheEmailAndTheKit()
    {
        var (plan, _) = Samples.ComposePlan(ReviewIntakes.Load("forty-tasks"));
        var email = Email.PlanEmailWriter.Write(plan, [], new Uri("https://delegation.example/")).Text;
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        // 4 h a week × 52 / 12 = 17.33 h a month, sent once a month as the superbills SOP says.
        Assert.Contains("- Superbills (about 17.33 h a month, 4 h a week on average, score 71)", email, StringComparison.Ordinal);
        Assert.Contains("Superbills: about 17.33 h a month, 4 h a week on average (phase 1)", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("Superbills (4 h a week", email, StringComparison.Ordinal);
    }

    [Fact]
    public void KeptTask_WithASmallShortfall_NamesTheNearestWayIn_EvenWhenTheGapIsMoreThanWhatIsLeft()
    {
        // The VA's 6 h cost $910.00 of $920.00; a quarter hour more adds $37.92, $27.92 more than the $10.00 left.
        var intake = Samples.IntakeOf([
            Samples.Task(name: "Scheduling", hours: 6m, stress: 5, confidence: 2, repetitive: true),
            Samples.Task(name: "Office supplies", hours: 0.25m, stress: 2, confidence: 4)], budget: 920m);
        var match = SupportMatcher.Match(Samples.Rank(intake), new PlanningOptions().Roles, 920m, 2);

        var reason = match.KeptReasons[intake.Tasks[1].TaskId];
        Assert.Contains("would add $37.92 a month, more than the $10.00 left.", reason, StringComparison.Ordinal);
        Assert.EndsWith("The nearest way to hand it over: raise your monthly budget by $27.92 to $947.92, and the virtual assistant can take it.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_CredentialingSop_IsAboutCredentialing_NotTheSetUpProjectPlan()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Credential your new associate with each insurer you bill");

        Assert.Contains("Credentialing a new associate with insurers", sop, StringComparison.Ordinal);
        Assert.Contains("no session with the associate is billed to that insurer for a date before its effective date", sop, StringComparison.Ordinal);
        Assert.Contains("TherapyNotes", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("take a backup", sop, StringComparison.OrdinalIgnoreCase);
        // The plan added the task: the owner neither marked it nor hands it over.
        Assert.Contains("the plan added it because the associate's insured sessions cannot start without it", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("marked this task", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("take over", sop, StringComparison.Ordinal);
    }
}
