using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>The situations the issue says users will hit, through ranking, matching and the plan's totals.</summary>
public sealed class PlanningEdgeCaseTests
{
    static readonly IReadOnlyList<RoleProfile> Roles = PlanningOptions.DefaultRoles();

    [Fact]
    public void Plan_ZeroBudget_DelegatesNothingAndStatesTheBudgetThatUnlocksTheTopTask()
    {
        var intake = Samples.IntakeOf([Samples.Task(name: "Scheduling", category: TaskCategory.Admin, hours: 1m, stress: 5)], budget: 0m);

        var (plan, _) = Samples.ComposePlan(intake);

        Assert.All(plan.Tasks, t => Assert.Null(t.Role));
        Assert.Empty(plan.SupportMix);
        Assert.Equal(0m, plan.Totals.MonthlyCost);
        // A VA's five-hour minimum at 35/h: 5 × 35 × 52 / 12.
        Assert.Equal(758.33m, plan.Totals.BudgetToUnlockTopTask);
        Assert.Contains("758.33", plan.Tasks[0].KeptReason, StringComparison.Ordinal);
        Assert.Equal(0m, plan.Totals.ValueOfTimeFreedPerMonth);
        Assert.Contains("Nothing is delegated", plan.Totals.BreakEven, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_EveryTaskClinical_KeepsThemAllWithoutSharedClientLoad()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Sessions", category: TaskCategory.Clinical, hours: 20m, stress: 4, clientInfo: true),
            Samples.Task(name: "Notes", category: TaskCategory.Clinical, hours: 5m, stress: 5, clientInfo: true),
        };

        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(tasks, budget: 100_000m));

        Assert.All(plan.Tasks, t =>
        {
            Assert.False(t.Delegable);
            Assert.Null(t.Role);
            Assert.Null(t.Phase);
            Assert.Contains("never handed to non-clinical support", t.Reason, StringComparison.Ordinal);
        });
        Assert.Empty(plan.SupportMix);
        Assert.Null(plan.Totals.BudgetToUnlockTopTask);
        Assert.Equal(0m, plan.Totals.HoursFreedPerWeek);
    }

    [Fact]
    public void Plan_EveryTaskClinicalAndShared_GoesToAnAssociatePaidFromTheirSessionsNotTheBudget()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Sessions", category: TaskCategory.Clinical, hours: 10m, stress: 4, clientInfo: true),
            Samples.Task(name: "Overflow sessions", category: TaskCategory.Clinical, hours: 5m, stress: 5, clientInfo: true),
        };

        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(tasks, shareClientLoad: true, budget: 0m));

        Assert.All(plan.Tasks, t => Assert.Equal(SupportRole.AssociateTherapist, t.Role));
        Assert.Equal(0m, plan.Totals.MonthlyCost);
        var line = Assert.Single(plan.SupportMix);
        // 15 h × 150 × 52 / 12 = 9,750 a month; a 60% share is 5,850 of pay, leaving 3,900.
        Assert.Equal(9750m, line.MonthlyRevenue);
        Assert.Equal(5850m, line.MonthlyCost);
        Assert.Equal(3900m, line.NetMonthly);
        Assert.Contains("$9,750.00", line.Note, StringComparison.Ordinal);
        Assert.Contains("credential", line.Note, StringComparison.Ordinal);
        // No insurance work and nothing else handed over: the associate's sessions are phase 1, never a phase 2 with no phase 1.
        Assert.All(plan.Tasks, t => Assert.Equal(1, t.Phase));
    }

    [Fact]
    public void Plan_NoDelegableTask_KeepsEachWithTheReason()
    {
        // Tech work with client information: the tech professional is not HIPAA-trained, nobody else takes tech.
        var tasks = new[]
        {
            Samples.Task(name: "EHR set-up", category: TaskCategory.Tech, hours: 3m, clientInfo: true),
            Samples.Task(name: "Sessions", category: TaskCategory.Clinical, hours: 20m),
        };

        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(tasks, budget: 100_000m));

        Assert.All(plan.Tasks, t => Assert.Null(t.Role));
        Assert.Contains("client information", plan.Tasks.Single(t => t.Name == "EHR set-up").KeptReason, StringComparison.Ordinal);
        Assert.Null(plan.Totals.BudgetToUnlockTopTask);
        Assert.Equal(0m, plan.Totals.MonthlyCost);
    }

    [Fact]
    public void Plan_OneTaskLargerThanTheBudget_IsKeptWhileSmallerOnesGo()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Everything admin", category: TaskCategory.Admin, hours: 80m, stress: 5),
            Samples.Task(name: "Social media", category: TaskCategory.Marketing, hours: 2m, stress: 2),
        };

        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(tasks, budget: 1000m));

        var big = plan.Tasks.Single(t => t.Name == "Everything admin");
        Assert.Null(big.Role);
        Assert.Contains(", more than your whole $1,000.00 monthly budget.", big.KeptReason, StringComparison.Ordinal);
        // 80 h × 35 × 52 / 12: what handing it over alone would take.
        Assert.Equal(12133.33m, plan.Totals.BudgetToUnlockTopTask);
        // Marketing support's two-hour minimum (433.33) is cheaper than a VA's five (758.33).
        Assert.Equal(SupportRole.MarketingSupport, plan.Tasks.Single(t => t.Name == "Social media").Role);
        Assert.Equal(433.33m, plan.Totals.MonthlyCost);
    }

    [Fact]
    public void Match_WhereGreedyStops_FindsTheBetterMix()
    {
        // Greedy gives the claims to the billing specialist (585.00) and then cannot afford a VA for the
        // inbox; one VA for both (5 h, 758.33) frees more hours for less.
        var ranked = Samples.Rank(Samples.IntakeOf([
            Samples.Task(name: "Claims", category: TaskCategory.Billing, hours: 3m, stress: 5, confidence: 1),
            Samples.Task(name: "Inbox", category: TaskCategory.Admin, hours: 2m, stress: 3),
        ]));

        var match = SupportMatcher.Match(ranked, Roles, 1000m, startWith: 1);

        Assert.Equal(2, match.Assignments.Count);
        Assert.All(match.Assignments, a => Assert.Equal(SupportRole.VirtualAssistant, a.Role));
        Assert.Equal(758.33m, match.MonthlyCost);
        Assert.True(match.Optimal);
    }

    [Fact]
    public void Match_EqualValue_PrefersTheCheaperRole()
    {
        // A billing task fits a VA (5 h minimum) or a billing specialist (2 h): same value, the cheaper one wins.
        var ranked = Samples.Rank(Samples.IntakeOf([Samples.Task(category: TaskCategory.Billing, hours: 2m)]));

        var match = SupportMatcher.Match(ranked, Roles, 10_000m, startWith: 1);

        Assert.Equal(SupportRole.BillingSpecialist, Assert.Single(match.Assignments).Role);
        Assert.Equal(390.00m, match.MonthlyCost);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("800")]
    [InlineData("2500")]
    [InlineData("100000")]
    public void Match_HundredTasks_IsProvenOptimalAndKeepsEveryRule(string budgetText)
    {
        var budget = decimal.Parse(budgetText, System.Globalization.CultureInfo.InvariantCulture);
        var categories = Enum.GetValues<TaskCategory>();
        var tasks = Enumerable.Range(0, 100).Select(i => Samples.Task(
            name: $"Task {i}", category: categories[i % categories.Length], hours: 0.25m * (1 + i * 7 % 32),
            stress: 1 + i % 5, confidence: 1 + i * 3 % 5, repetitive: i % 2 == 0, clientInfo: i % 3 == 0)).ToList();
        var ranked = Samples.Rank(Samples.IntakeOf(tasks, shareClientLoad: true));

        var match = SupportMatcher.Match(ranked, Roles, budget, startWith: 2);

        Assert.True(match.Optimal);
        Assert.True(match.MonthlyCost <= budget);
        var byId = ranked.ToDictionary(r => r.Task.TaskId, r => r.Task);
        Assert.All(match.Assignments, a => Assert.True(SkillFit.Of(byId[a.TaskId], Roles.Single(r => r.Role == a.Role)) > 0));
        var budgeted = match.Assignments.Where(a => a.Role != SupportRole.AssociateTherapist).ToList();
        Assert.Equal(Math.Min(2, budgeted.Count), budgeted.Count(a => a.Phase == 1));
        Assert.All(budgeted.Where(a => a.Phase > 1).GroupBy(a => a.Phase), g => Assert.InRange(g.Count(), 1, 2));
        // Every shared clinical task in one phase after all the others.
        Assert.All(match.Assignments.Where(a => a.Role == SupportRole.AssociateTherapist),
            a => Assert.Equal(Math.Max(1, budgeted.Select(b => b.Phase).DefaultIfEmpty(0).Max()) + 1, a.Phase));
    }

    [Fact]
    public void Validate_DuplicateTaskNames_AreAllowedWithDistinctIds()
    {
        var intake = Samples.Intake(Samples.TaskForm("Inbox", hours: 2m), Samples.TaskForm("Inbox", hours: 2m));

        var (plan, _) = Samples.ComposePlan(intake);

        Assert.Equal(["t1", "t2"], plan.Tasks.Select(t => t.TaskId).Order(StringComparer.Ordinal));
        Assert.All(plan.Tasks, t => Assert.Equal("Inbox", t.Name));
        Assert.Equal(2, plan.Tasks.Count(t => t.Role == SupportRole.VirtualAssistant));
    }

    [Fact]
    public void Plan_Totals_ValueTheFreedTimeAtTheSessionFee()
    {
        // Sample practice: session fee 150. One admin task of 4 h to a VA: 5 h minimum = 758.33 a month.
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(category: TaskCategory.Admin, hours: 4m, stress: 5)]));

        var totals = plan.Totals;
        Assert.Equal(4m, totals.HoursFreedPerWeek);
        Assert.Equal(2600.00m, totals.ValueOfTimeFreedPerMonth); // 4 × 150 × 52 / 12
        Assert.Equal(2600.00m - 758.33m, totals.NetMonthlyBenefit);
        Assert.Equal(5.1m, totals.BreakEvenSessionHoursPerMonth); // 758.33 / 150
        Assert.Contains("5.1 hours of sessions a month", totals.BreakEven, StringComparison.Ordinal);
        Assert.True(totals.MatchingOptimal);
        var line = Assert.Single(plan.SupportMix);
        // 758.33 over 4 h × 52 / 12 = 17.33 h a month: the unfilled minimum makes each hour dearer than the rate.
        Assert.Equal(43.75m, line.MarginalCostPerHourFreed);
    }
}
