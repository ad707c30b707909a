using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// An associate who will bill insurers starts hiring and credentialing in phase 1, counted from the day they accept; the leftover one-off
/// budget is offered for credentialing them. Plans without insurance work, or without an associate, say neither.
/// </summary>
public sealed class AssociateStartTests
{
    static readonly DateOnly Start = new(2026, 3, 2);

    static SupportMatch Match(bool insurance, bool share = true, decimal oneTime = 1500m)
    {
        var tasks = new List<PracticeTask>
        {
            Samples.Task(name: "Overflow sessions from the waitlist", category: TaskCategory.Clinical, hours: 8m, stress: 4, confidence: 4, clientInfo: true),
            Samples.Task(name: "Scheduling", category: TaskCategory.Admin, hours: 4m, stress: 4, confidence: 3, repetitive: true, clientInfo: true),
            Samples.Task(name: "Inbox", category: TaskCategory.Admin, hours: 2m, stress: 3, confidence: 3),
            Samples.Task(name: "Move the website to a new host", category: TaskCategory.Tech, hours: 0m, stress: 4, confidence: 1) with { OneTimeHours = 10m },
        };
        if (insurance)
        {
            tasks.Add(Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 3m, stress: 5, confidence: 2, repetitive: true, clientInfo: true));
        }

        var intake = Samples.IntakeOf(tasks, shareClientLoad: share, budget: 2000m);
        return SupportMatcher.Match(Samples.Rank(intake), new PlanningOptions().Roles, 2000m, 2,
            new MatchTerms(oneTime, SessionFee: 175m, Start: Start));
    }

    static Assignment Associate(SupportMatch match) => match.Assignments.Single(a => a.Role == SupportRole.AssociateTherapist);

    [Fact]
    public void BillsInsurance_AssociateStartsInPhase1_WithCredentialingDatedFromAcceptance()
    {
        var match = Match(insurance: true);

        Assert.Equal(1, Associate(match).Phase);
        var note = match.SupportMix.Single(l => l.Role == SupportRole.AssociateTherapist).Note;
        // Nobody is hired on the plan's date, so credentialing is counted from the associate's acceptance, not dated from the plan.
        Assert.Contains("Because you bill insurance, the associate starts in phase 1: hire them, and start credentialing them with each insurer you bill the day they accept.", note, StringComparison.Ordinal);
        Assert.Contains("Insurers usually take 3 to 6 months to credential a new clinician, and until an insurer has, only self-pay sessions can be billed", note, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", note, StringComparison.Ordinal);
        Assert.DoesNotContain("comes after the others", note, StringComparison.Ordinal);
        Assert.Contains("their insured sessions start once that is done, usually 3 to 6 months later; self-pay sessions can start sooner.", Associate(match).RoleReason, StringComparison.Ordinal);
    }

    [Fact]
    public void BillsInsurance_EmailOpening_CountsTheTasksAskedFor_AndNamesTheAssociateApart()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Overflow sessions", category: TaskCategory.Clinical, hours: 8m, clientInfo: true),
            Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 3m, stress: 5, confidence: 2, repetitive: true, clientInfo: true),
            Samples.Task(name: "Scheduling", hours: 3m, stress: 4, confidence: 3),
        };
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(tasks, shareClientLoad: true, startWith: 2, budget: 2000m));

        Assert.Equal(4, plan.Tasks.Count(t => t.Phase == 1));
        var opening = Assert.Single(Delegation.Core.Email.PlanEmailContent.Build(plan, new Uri("https://delegation.example/")).Sections[0].Paragraphs, p => p.StartsWith("Here is a plan", StringComparison.Ordinal));
        Assert.Contains("phase 1 hands over 2 tasks and starts hiring and credentialing your associate therapist", opening, StringComparison.Ordinal);
    }

    [Fact]
    public void BillsInsurance_CredentialingIsAPhase1Project_OfTheEngagedBillingSpecialist_PricedOnce()
    {
        var match = Match(insurance: true);

        var step = Assert.Single(match.Assignments, a => a.TaskId == AssociateCredentialing.TaskId);
        var role = new PlanningOptions().Roles.Single(r => r.Role == SupportRole.BillingSpecialist);
        Assert.Equal(SupportRole.BillingSpecialist, step.Role);
        Assert.Equal(1, step.Phase);
        Assert.Equal(AssociateCredentialing.Hours * role.HourlyRate, step.OneTimeCost);
        // Paid once from the one-off budget, never a monthly cost, and no longer offered as a step outside the plan.
        Assert.Equal(match.Assignments.Sum(a => a.OneTimeCost ?? 0), match.OneTimeCost);
        Assert.Equal(AssociateCredentialing.Hours, match.SupportMix.Single(l => l.Role == SupportRole.BillingSpecialist).OneTimeHours);
        Assert.DoesNotContain(match.NextSteps!, s => s.TaskId == AssociateCredentialing.TaskId);
        Assert.Equal("Phase 1 starts the associate's hiring; the billing specialist credentials them with each insurer you bill from the day they accept, "
            + "and their insured sessions start once that is done, usually 3 to 6 months later; self-pay sessions can start sooner.", Associate(match).RoleReason);
    }

    [Fact]
    public void BillsInsurance_CredentialingIsRankedStraightAfterTheSessions()
    {
        var intake = Samples.IntakeOf([
            Samples.Task(name: "Overflow sessions", category: TaskCategory.Clinical, hours: 8m, clientInfo: true),
            Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 3m, stress: 5, confidence: 2, repetitive: true, clientInfo: true)],
            shareClientLoad: true);

        var ranked = Samples.Rank(intake);

        var at = ranked.ToList().FindIndex(r => r.Task.Name == "Overflow sessions");
        Assert.Equal(AssociateCredentialing.TaskId, ranked[at + 1].Task.TaskId);
        Assert.Equal(ranked[at].Score, ranked[at + 1].Score);
        Assert.Equal(AssociateCredentialing.Hours, ranked[at + 1].Task.OneTimeHours);
    }

    [Fact]
    public void NoInsuranceWork_AssociateComesLast_AndNoCredentialingTask()
    {
        var match = Match(insurance: false);

        Assert.Equal(match.Assignments.Where(a => a.Role != SupportRole.AssociateTherapist).Max(a => a.Phase) + 1, Associate(match).Phase);
        var note = match.SupportMix.Single(l => l.Role == SupportRole.AssociateTherapist).Note;
        Assert.Contains("Your tasks list no insurance work, so the associate's phase comes after the others", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Because you bill insurance", note, StringComparison.Ordinal);
        Assert.Null(Associate(match).RoleReason);
        Assert.DoesNotContain(match.Assignments, a => a.TaskId == AssociateCredentialing.TaskId);
    }

    [Fact]
    public void NoAssociate_NoCredentialingTask_EvenWithInsuranceAndLeftoverBudget()
    {
        var match = Match(insurance: true, share: false);

        Assert.DoesNotContain(match.Assignments, a => a.Role == SupportRole.AssociateTherapist);
        Assert.DoesNotContain(match.Assignments, a => a.TaskId == AssociateCredentialing.TaskId);
        Assert.DoesNotContain(AssociateCredentialing.TaskId, match.KeptReasons.Keys);
    }

    [Fact]
    public void OneOffBudgetTooSmall_CredentialingIsKept_WithItsCostAgainstWhatIsLeft()
    {
        // $750 of the $760 goes on the website move; $10 does not pay 6 h of anyone.
        var match = Match(insurance: true, oneTime: 760m);

        Assert.Equal(750m, match.OneTimeCost);
        Assert.DoesNotContain(match.Assignments, a => a.TaskId == AssociateCredentialing.TaskId);
        Assert.StartsWith("Kept for now: the billing specialist in the plan could do it in about 6 h for the profile insurers read and the applications (the follow-up calls until each insurer confirms come on top) at $45.00 an hour, $270.00 once, and the one-off budget has $10.00 left.",
            match.KeptReasons[AssociateCredentialing.TaskId], StringComparison.Ordinal);
        Assert.Contains("you credential them", Associate(match).RoleReason, StringComparison.Ordinal);
    }
}
