using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>A staged rollout leaves budget unspent at first: the plan says what it waits for, and from about when.</summary>
public sealed class LaterPhasesNoteTests
{
    // Six 3-h admin tasks for the VA: 6 h a week in phase 1 ($910.00), 12 h in phase 2, 18 h ($2,730.00) in phase 3.
    static PracticeTask[] SixTasks() =>
        [.. Enumerable.Range(1, 6).Select(i => Samples.Task(name: $"Admin task {i}", hours: 3m, stress: 5 - i % 5, confidence: 1 + i % 4))];

    static SupportMatch Match(int checkInsPerPhase)
    {
        var intake = Samples.IntakeOf(SixTasks(), startWith: 2, budget: 3000m);
        return SupportMatcher.Match(Samples.Rank(intake), new PlanningOptions().Roles, 3000m, 2, new MatchTerms(CheckInsPerPhase: checkInsPerPhase));
    }

    // A 4-h one-off tech project beside 5 h of weekly scheduling, $1,000 a month and $500 once.
    static SupportMatch ProjectAndScheduling(int startWith)
    {
        var tasks = new[]
        {
            Samples.Task(name: "Fix the booking widget", category: TaskCategory.Tech, hours: 0m, stress: 5, confidence: 1) with { OneTimeHours = 4m },
            Samples.Task(name: "Scheduling", hours: 5m, stress: 2, confidence: 4),
        };
        var intake = Samples.IntakeOf(tasks, startWith: 1, budget: 1000m);
        return SupportMatcher.Match(Samples.Rank(intake), new PlanningOptions().Roles, 1000m, startWith, new MatchTerms(OneTimeBudget: 500m));
    }

    [Fact]
    public void StagedRollout_SaysWhatTheRestOfTheBudgetWaitsFor()
    {
        var match = Match(checkInsPerPhase: 2);

        Assert.Equal(910m, match.Phase1MonthlyCost);
        Assert.Equal(2730m, match.MonthlyCost);
        Assert.Equal(
            "Phase 1 alone costs $910.00 a month, so $2,090.00 of your $3,000.00 budget goes unspent until the later phases start: "
            + "phase 2 (from about week 3) brings the plan to $1,820.00 a month and phase 3 (from about week 5) to the full $2,730.00, and then your monthly budget leaves $270.00 each month. "
            + "Each next phase starts once 2 check-ins in a row go well, you say you are ready for more, and whoever has weekly tasks in the phases begun is registered; the weeks assume a check-in every week and count from phase 1's first week, so they are the earliest.",
            match.LaterPhasesNote);
    }

    [Fact]
    public void LaterPhaseWeeks_FollowTheRolloutsCheckInRule()
    {
        var match = Match(checkInsPerPhase: 3);

        Assert.Contains("phase 2 (from about week 4)", match.LaterPhasesNote, StringComparison.Ordinal);
        Assert.Contains("phase 3 (from about week 7)", match.LaterPhasesNote, StringComparison.Ordinal);
        Assert.Contains("once 3 check-ins in a row go well", match.LaterPhasesNote, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOffProject_CountsAsOneOfTheTasksToStartWith_InRankOrder()
    {
        var match = ProjectAndScheduling(startWith: 1);

        // Round 12: the owner asked for one task, and the project ranks first (48.7 against 31), so scheduling waits for phase 2.
        Assert.Equal(1, match.Assignments.Single(a => a.OneTimeCost is not null).Phase);
        Assert.Equal(2, match.Assignments.Single(a => a.OneTimeCost is null).Phase);
        Assert.Equal(0m, match.Phase1MonthlyCost);
        Assert.StartsWith("Phase 1 is one-off work with no monthly cost", match.LaterPhasesNote, StringComparison.Ordinal);
        Assert.Equal("Phase 1 holds the one task you asked to start with; a one-off project counts as one task, in its rank order, so “Fix the booking widget” is in phase 1.", match.Phase1Note);
    }

    [Fact]
    public void Phase1OfProjectsOnly_SaysItHasNoMonthlyCost()
    {
        // Only reachable when the matcher is asked to start with no recurring task (the form asks for one to three).
        var match = ProjectAndScheduling(startWith: 0);

        Assert.StartsWith("Phase 1 is one-off work with no monthly cost, so $1,000.00 of your $1,000.00 budget goes unspent until the later phases start: "
            + "phase 2 (from about week 3) brings the plan to the full $758.33 a month, and then your monthly budget leaves $241.67 each month.", match.LaterPhasesNote, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingInPhase1_HasNoNote_AndThePlanCarriesTheNoteWhenThereIsOne()
    {
        var intake = Samples.IntakeOf(SixTasks().Take(2), startWith: 2, budget: 3000m);
        var (single, _) = Samples.ComposePlan(intake);
        var (staged, _) = Samples.ComposePlan(Samples.IntakeOf(SixTasks(), startWith: 2, budget: 3000m));

        Assert.Null(single.Totals.LaterPhasesNote);
        Assert.StartsWith("Phase 1 alone costs $910.00 a month", staged.Totals.LaterPhasesNote, StringComparison.Ordinal);
    }
}
