using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

public sealed class SupportMatcherTests
{
    static readonly IReadOnlyList<RoleProfile> Roles = PlanningOptions.DefaultRoles();

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("758.32")]
    [InlineData("758.33")]
    [InlineData("1000")]
    [InlineData("1200")]
    [InlineData("2500")]
    [InlineData("4000")]
    [InlineData("100000")]
    public void Match_MonthlyCost_NeverExceedsTheBudget(string budgetText)
    {
        var budget = decimal.Parse(budgetText, System.Globalization.CultureInfo.InvariantCulture);
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks(), shareClientLoad: true));

        var match = SupportMatcher.Match(ranked, Roles, budget, startWith: 2);

        Assert.True(match.MonthlyCost <= budget, $"{match.MonthlyCost} over {budget}");
        Assert.True(match.Phase1MonthlyCost <= match.MonthlyCost);
        // An associate therapist is paid from their sessions, not from the budget.
        var budgetLines = match.SupportMix.Where(l => l.Role != SupportRole.AssociateTherapist).ToList();
        Assert.Equal(budgetLines.Sum(l => l.MonthlyCost), match.MonthlyCost);
        Assert.All(budgetLines, l => Assert.Equal(Roles.Single(r => r.Role == l.Role).MonthlyCost(l.HoursPerWeek), l.MonthlyCost));
    }

    [Fact]
    public void Match_ZeroBudget_DelegatesNothingAndSaysWhyForEachDelegableTask()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks()));

        var match = SupportMatcher.Match(ranked, Roles, 0m, startWith: 2);

        Assert.Empty(match.Assignments);
        Assert.Empty(match.SupportMix);
        Assert.Equal(0m, match.MonthlyCost);
        Assert.Equal(0m, match.HoursFreedPerWeek);
        Assert.Equal(
            ranked.Where(r => r.Delegable).Select(r => r.Task.TaskId).Order(StringComparer.Ordinal),
            match.KeptReasons.Keys.Order(StringComparer.Ordinal));
        // The plan's numbers say the $0 budget once; each task says what handing it over would add.
        Assert.All(match.KeptReasons.Values, reason => Assert.Matches(@"^Kept for now: handing it over to [a-z ]+ at \$[\d,.]+ an hour would add \$[\d,.]+ a month", reason));
    }

    [Fact]
    public void Match_BudgetExactlyCoveringTheCheapestRole_DelegatesTheTask()
    {
        // A VA's five-hour minimum at 35/h: 5 * 35 * 52 / 12 = 758.33.
        var ranked = Samples.Rank(Samples.IntakeOf([Samples.Task(category: TaskCategory.Admin, hours: 1m)]));

        var match = SupportMatcher.Match(ranked, Roles, 758.33m, startWith: 1);

        var assignment = Assert.Single(match.Assignments);
        Assert.Equal(SupportRole.VirtualAssistant, assignment.Role);
        Assert.Equal(758.33m, match.MonthlyCost);
    }

    [Fact]
    public void Match_EveryDelegableTask_IsEitherAssignedOrKeptWithAReason()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks()));

        var match = SupportMatcher.Match(ranked, Roles, 1200m, startWith: 2);

        var assigned = match.Assignments.Select(a => a.TaskId).ToHashSet();
        Assert.NotEmpty(assigned);
        Assert.NotEmpty(match.KeptReasons);
        Assert.All(ranked.Where(r => r.Delegable), r =>
            Assert.True(assigned.Contains(r.Task.TaskId) ^ match.KeptReasons.ContainsKey(r.Task.TaskId), r.Task.Name));
        Assert.All(match.KeptReasons.Values, reason => Assert.StartsWith("Kept", reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Match_NonDelegableTask_IsNeverAssigned()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks(), shareClientLoad: false));

        var match = SupportMatcher.Match(ranked, Roles, 100_000m, startWith: 2);

        var clinical = ranked.Single(r => r.Task.Category == TaskCategory.Clinical).Task.TaskId;
        Assert.DoesNotContain(match.Assignments, a => a.TaskId == clinical);
        Assert.DoesNotContain(match.SupportMix, l => l.Role == SupportRole.AssociateTherapist);
    }

    [Fact]
    public void Match_ClinicalTask_GoesOnlyToAnAssociateTherapist()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks(), shareClientLoad: true));

        var match = SupportMatcher.Match(ranked, Roles, 100_000m, startWith: 2);

        var clinical = ranked.Single(r => r.Task.Category == TaskCategory.Clinical).Task.TaskId;
        Assert.Equal(SupportRole.AssociateTherapist, match.Assignments.Single(a => a.TaskId == clinical).Role);
        Assert.All(match.Assignments.Where(a => a.Role == SupportRole.AssociateTherapist),
            a => Assert.Equal(clinical, a.TaskId));
    }

    [Fact]
    public void Match_ClientInformation_GoesOnlyToHipaaTrainedRoles()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Patient posts", category: TaskCategory.Marketing, hours: 3m, stress: 5, clientInfo: true),
            Samples.Task(name: "EHR fixes", category: TaskCategory.Tech, hours: 2m, stress: 5, clientInfo: true),
            Samples.Task(name: "Website", category: TaskCategory.Tech, hours: 1m, clientInfo: false),
            Samples.Task(name: "Reminders", category: TaskCategory.Admin, hours: 2m, clientInfo: true),
        };
        var ranked = Samples.Rank(Samples.IntakeOf(tasks));

        var match = SupportMatcher.Match(ranked, Roles, 100_000m, startWith: 3);

        var byId = ranked.ToDictionary(r => r.Task.TaskId, r => r.Task);
        Assert.All(match.Assignments.Where(a => byId[a.TaskId].InvolvesClientInfo),
            a => Assert.True(Roles.Single(r => r.Role == a.Role).HipaaTrained, $"{byId[a.TaskId].Name} went to {a.Role}"));
        Assert.Equal(SupportRole.VirtualAssistant, match.Assignments.Single(a => byId[a.TaskId].Name == "Patient posts").Role);
        var ehr = byId.Values.Single(t => t.Name == "EHR fixes").TaskId;
        Assert.DoesNotContain(match.Assignments, a => a.TaskId == ehr);
        Assert.Contains("client information", match.KeptReasons[ehr], StringComparison.Ordinal);
        Assert.Equal(SupportRole.TechProfessional, match.Assignments.Single(a => byId[a.TaskId].Name == "Website").Role);
    }

    [Fact]
    public void Match_EveryAssignment_GoesToARoleThatTakesItsCategory()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks(), shareClientLoad: true));

        var match = SupportMatcher.Match(ranked, Roles, 100_000m, startWith: 2);

        var byId = ranked.ToDictionary(r => r.Task.TaskId, r => r.Task);
        Assert.Equal(byId.Count, match.Assignments.Count);
        Assert.All(match.Assignments, a => Assert.Contains(byId[a.TaskId].Category, Roles.Single(r => r.Role == a.Role).Categories));
    }

    [Fact]
    public void Match_CategoryNoRoleTakes_IsKeptAndSaysSo()
    {
        var roles = Roles.Where(r => r.Role != SupportRole.TechProfessional).ToList();
        var ranked = Samples.Rank(Samples.IntakeOf([Samples.Task(category: TaskCategory.Tech)]));

        var match = SupportMatcher.Match(ranked, roles, 100_000m, startWith: 1);

        Assert.Empty(match.Assignments);
        Assert.Contains("no support role", match.KeptReasons["t1"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, new[] { 1, 2, 2, 3, 3, 4, 4 })]
    [InlineData(2, new[] { 1, 1, 2, 2, 3, 3, 4 })]
    [InlineData(3, new[] { 1, 1, 1, 2, 2, 3, 3 })]
    public void Match_Phases_StartWithTheTopTasksThenAddTwoAtATime(int startWith, int[] phases)
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks()));

        var match = SupportMatcher.Match(ranked, Roles, 100_000m, startWith);

        var delegableInRankOrder = ranked.Where(r => r.Delegable).Select(r => r.Task.TaskId);
        Assert.Equal(delegableInRankOrder, match.Assignments.Select(a => a.TaskId));
        Assert.Equal(phases, match.Assignments.Select(a => a.Phase));
    }

    [Fact]
    public void Match_PhaseOneCost_IsWhatTheFirstTasksCostOnTheirOwn()
    {
        // Two admin tasks of 1 h each: phase 1 (one task) still pays the VA's five-hour minimum.
        var ranked = Samples.Rank(Samples.IntakeOf([
            Samples.Task(category: TaskCategory.Admin, hours: 1m, stress: 5),
            Samples.Task(category: TaskCategory.Admin, hours: 7m, stress: 1),
        ]));

        var match = SupportMatcher.Match(ranked, Roles, 100_000m, startWith: 1);

        Assert.Equal(758.33m, match.Phase1MonthlyCost);
        Assert.Equal(1213.33m, match.MonthlyCost);
    }

    [Fact]
    public void Match_HoursFreed_AreTheHoursOfTheDelegatedTasks()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks()));

        var match = SupportMatcher.Match(ranked, Roles, 1200m, startWith: 2);

        var byId = ranked.ToDictionary(r => r.Task.TaskId, r => r.Task.HoursPerWeek);
        Assert.Equal(match.Assignments.Sum(a => byId[a.TaskId]), match.HoursFreedPerWeek);
        Assert.Equal(match.SupportMix.Sum(l => l.HoursPerWeek), match.HoursFreedPerWeek);
    }

    [Theory]
    [InlineData(SupportRole.VirtualAssistant, "5", "758.33")]
    [InlineData(SupportRole.VirtualAssistant, "2", "758.33")]
    [InlineData(SupportRole.VirtualAssistant, "7.5", "1137.50")]
    [InlineData(SupportRole.VirtualAssistant, "10", "1516.67")]
    [InlineData(SupportRole.BillingSpecialist, "2.5", "487.50")]
    [InlineData(SupportRole.TechProfessional, "0.5", "325.00")]
    [InlineData(SupportRole.VirtualAssistant, "0", "0")]
    [InlineData(SupportRole.VirtualAssistant, "-1", "0")]
    public void RoleProfile_MonthlyCost_IsTheBilledHoursOverAnAverageMonthInCents(SupportRole role, string hours, string expected)
    {
        var profile = Roles.Single(r => r.Role == role);

        var cost = profile.MonthlyCost(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), cost);
        Assert.Equal(cost, Math.Round(cost, 2));
    }
}
