using Delegation.Core.Plans;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>What an update changed, worked out from two versions of a plan.</summary>
public sealed class PlanChangesTests
{
    static Plan PlanOf(decimal budget, params PracticeTask[] tasks) =>
        Samples.ComposePlan(Samples.IntakeOf(tasks, budget: budget)).Plan;

    [Fact]
    public void Between_MoreBudget_ListsTheTasksNowHandedOver_TheNewRole_AndTheCostBeforeAndAfter()
    {
        var tasks = Samples.MixedTasks().ToArray();
        var before = PlanOf(600m, tasks);
        var after = PlanOf(2400m, tasks) with { Version = 2 };

        var changes = PlanChanges.Between(before, after);

        Assert.Equal((1, 2), (changes.FromVersion, changes.ToVersion));
        Assert.NotEmpty(changes.HandedOver);
        Assert.All(changes.HandedOver, t => Assert.Null(before.Tasks.Single(b => b.TaskId == t.TaskId).Role));
        Assert.All(changes.HandedOver, t => Assert.Equal(after.Tasks.Single(a => a.TaskId == t.TaskId).Role, t.Role));
        Assert.Equal(before.Totals.MonthlyCost, changes.MonthlyCost.Before);
        Assert.Equal(after.Totals.MonthlyCost, changes.MonthlyCost.After);
        Assert.True(changes.MonthlyCost.After > changes.MonthlyCost.Before);
        Assert.Equal([.. after.SupportMix.Select(s => s.Role).Except(before.SupportMix.Select(s => s.Role)).Order()], changes.RolesAdded);
        Assert.Empty(changes.TasksAdded);
        Assert.Empty(changes.TasksRemoved);
        Assert.False(changes.IsEmpty);
        var lines = changes.Lines();
        Assert.Contains(lines, l => l.StartsWith($"“{changes.HandedOver[0].Name}” is handed over now: your ", StringComparison.Ordinal));
        Assert.Contains($"Monthly cost: {Email.Money.Format(before.Totals.MonthlyCost, "USD")} before, {Email.Money.Format(after.Totals.MonthlyCost, "USD")} now.", lines);
    }

    [Fact]
    public void Between_ATaskAddedAndOneRemoved_NamesBoth()
    {
        var before = PlanOf(1200m, Samples.Task(name: "Scheduling", hours: 4m, repetitive: true), Samples.Task(name: "Inbox", hours: 3m));
        var after = before with
        {
            Version = 2,
            Tasks = [before.Tasks.Single(t => t.Name == "Scheduling"), before.Tasks.Single(t => t.Name == "Inbox") with { TaskId = "v2-t1", Name = "Newsletter" }],
        };

        var changes = PlanChanges.Between(before, after);

        Assert.Equal("Newsletter", Assert.Single(changes.TasksAdded).Name);
        Assert.Equal("Inbox", Assert.Single(changes.TasksRemoved).Name);
        Assert.Contains("“Inbox” is no longer in the plan.", changes.Lines());
        Assert.Contains(changes.Lines(), l => l.StartsWith("New task “Newsletter”: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Between_TheSamePlan_IsEmpty_AndSaysSoInOneLine()
    {
        var plan = PlanOf(1200m, [.. Samples.MixedTasks()]);

        var changes = PlanChanges.Between(plan, plan with { Version = 2 });

        Assert.True(changes.IsEmpty);
        Assert.Single(changes.Lines());
    }

    [Fact]
    public void Between_FewerPhases_AndAOneOffProject_ShowBothFigures()
    {
        var before = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), startWith: 1, budget: 2400m)).Plan;
        var after = before with
        {
            Version = 2,
            Tasks = [.. before.Tasks.Select(t => t.Role is null ? t : t with { Phase = 1 })],
            Totals = before.Totals with { OneTimeCost = 300m },
        };

        var changes = PlanChanges.Between(before, after);

        Assert.True(changes.Phases.Before > 1);
        Assert.Equal(1m, changes.Phases.After);
        Assert.Contains($"Phases: {changes.Phases.Before:0} before, 1 now.", changes.Lines());
        Assert.Contains("One-off cost: $0.00 before, $300.00 now.", changes.Lines());
    }
}
