using System.Text.RegularExpressions;
using Delegation.Core.Email;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>The amounts and scores in the matcher's sentences read as an owner would check them.</summary>
public sealed partial class MatchAmountWordsTests
{
    static SupportMatch Match(IEnumerable<Intake.PracticeTask> tasks, decimal monthly)
    {
        var intake = Samples.IntakeOf(tasks, budget: monthly);
        return SupportMatcher.Match(Samples.Rank(intake), new PlanningOptions().Roles, monthly, intake.Preferences.StartWith);
    }

    [Fact]
    public void KeptTask_AddsItsHoursTimesTheRate_RoundedOnce()
    {
        // A VA ($35, 5 h minimum) already has 5 h: $758.33 a month, and 7 h is $1,061.67. Their difference is
        // $303.34, a cent more than 2 h a week at $35 costs ($303.333…).
        var tasks = new[]
        {
            Samples.Task(name: "Scheduling", hours: 5m, stress: 5, confidence: 1, repetitive: true),
            Samples.Task(name: "Filing", hours: 2m, stress: 2, confidence: 4),
        };

        var match = Match(tasks, 800m);

        Assert.Contains(match.Assignments, a => a.TaskId == "t1");
        var exact = Money.Format(Math.Round(2m * 35m * 52m / 12m, 2), "USD");
        Assert.Equal("$303.33", exact);
        Assert.Contains($"would add {exact} a month", match.KeptReasons["t2"], StringComparison.Ordinal);
        Assert.All(match.NextSteps ?? [], s => Assert.DoesNotContain("$303.34", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ZeroBudget_IsABudgetTheOwnerSet_SaidOnceByThePlanNotByEachTask()
    {
        var match = Match([Samples.Task(name: "Scheduling", hours: 6m, stress: 5)], 0m);

        Assert.EndsWith("would add $910.00 a month.", match.KeptReasons["t1"], StringComparison.Ordinal);
        Assert.DoesNotContain(Money.Format(0m, "USD"), match.KeptReasons["t1"], StringComparison.Ordinal);
        Assert.DoesNotContain("no monthly budget set", match.KeptReasons["t1"], StringComparison.Ordinal);
    }

    [Fact]
    public void RoleMinimum_IsExplainedOnce_ThenNamedBriefly()
    {
        // Three 1-hour VA tasks, none affordable: each is priced at the VA's 5-hour minimum.
        var tasks = Enumerable.Range(1, 3).Select(i => Samples.Task(name: $"Errand {i}", hours: 1m, stress: 4)).ToList();

        var match = Match(tasks, 0m);
        var said = match.KeptReasons.Values.Concat((match.NextSteps ?? []).Select(s => s.Text)).ToList();

        Assert.Single(said, s => s.Contains("This plan prices a virtual assistant at a 5-hour weekly minimum, which many such services ask for.", StringComparison.Ordinal));
        Assert.True(said.Count(s => s.Contains("a month (billed as 5 h a week)", StringComparison.Ordinal)) >= 2, string.Join("\n", said));
    }

    [Fact]
    public void Email_ShowsScoresAsWholeNumbers()
    {
        var plan = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), budget: 600m)).Plan;
        Assert.Contains(plan.Tasks, t => t.Score != Math.Round(t.Score));

        var text = PlanEmailContent.Build(plan, new Uri("https://delegation.example/")).ToText();

        Assert.Matches(@"score \d+\)", text);
        Assert.DoesNotMatch(Decimal(), text);
    }

    [GeneratedRegex(@"score \d+\.\d")]
    private static partial Regex Decimal();
}
