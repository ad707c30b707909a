using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// What the plan says when the budget, not the ranking, decides: a higher-ranked task kept while lower-ranked
/// work goes, and kept tasks that one hire's minimum would cover together.
/// </summary>
public sealed class MatchExplanationTests
{
    static SupportMatch Match(IEnumerable<PracticeTask> tasks, decimal monthly)
    {
        var intake = Samples.IntakeOf(tasks, budget: monthly);
        var options = new PlanningOptions();
        return SupportMatcher.Match(Samples.Rank(intake), options.Roles, monthly, intake.Preferences.StartWith);
    }

    [Fact]
    public void HigherRankedTaskKept_SaysWhatMakingRoomForItWouldDrop()
    {
        // $910.00 is 6 h of VA time. "Filing" (5 h) and "Supplies" (1 h) fill it exactly; the top-ranked
        // "Payroll" (2 h) fits only in place of "Filing", which frees more of the week.
        var tasks = new[]
        {
            Samples.Task(name: "Payroll", hours: 2m, stress: 5, confidence: 1),
            Samples.Task(name: "Filing", hours: 5m, stress: 3, confidence: 3),
            Samples.Task(name: "Supplies", hours: 1m, stress: 1, confidence: 5),
        };

        var match = Match(tasks, 910m);

        Assert.DoesNotContain(match.Assignments, a => a.TaskId == "t1");
        Assert.Contains(match.Assignments, a => a.TaskId == "t2");
        Assert.Contains(" Room for it would mean dropping lower-ranked “Filing” (score ", match.KeptReasons["t1"]);
        // The reason is the search's own objective, with figures the owner can check: a higher score alone does not win.
        Assert.EndsWith("it takes 5 h of your week against this task's 2 h. The plan weighs each task by its hours as well as its score, "
            + "so more hours at a score of 43 count for more than this task's 2 h at 53, and that task goes to support instead.", match.KeptReasons["t1"]);
    }

    [Fact]
    public void KeptTaskWithNothingLowerRankedDelegated_HasNoMakingRoomSentence()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Payroll", hours: 6m, stress: 5, confidence: 1),
            Samples.Task(name: "Supplies", hours: 1m, stress: 1, confidence: 5),
        };

        var match = Match(tasks, 500m);

        Assert.Empty(match.Assignments);
        Assert.All(match.KeptReasons.Values, r => Assert.DoesNotContain("Room for it", r));
    }

    [Fact]
    public void KeptTasksInsideOneMinimum_AreOfferedTogetherAsOneStep()
    {
        // Nothing is affordable; a VA's 5-hour minimum would take the first two together for what either costs alone.
        var tasks = new[]
        {
            Samples.Task(name: "Scheduling", hours: 3m, stress: 4, confidence: 2),
            Samples.Task(name: "Inbox", hours: 2m, stress: 3, confidence: 3),
            Samples.Task(name: "Supplies", hours: 1m, stress: 1, confidence: 5),
        };

        var match = Match(tasks, 0m);

        var bundle = Assert.Single(match.NextSteps!, s => s.TaskIds!.Count > 1);
        Assert.Equal(["t1", "t2"], bundle.TaskIds);
        Assert.Equal(758.33m, bundle.ExtraMonthlyCost);
        Assert.Equal("Add “Scheduling” (3 h a week) and “Inbox” (2 h a week) together with the virtual assistant at $35.00 an hour, for $758.33 more a month: "
            + "5 h a week, exactly the 5-hour weekly minimum this plan prices a virtual assistant at.", bundle.Text);
        // Either task alone at the VA would cost the same $758.33: the bundle replaces those steps.
        Assert.DoesNotContain(match.NextSteps!, s => s.TaskIds!.Count == 1 && s.Role == SupportRole.VirtualAssistant && s.TaskId is "t1" or "t2");
    }
}
