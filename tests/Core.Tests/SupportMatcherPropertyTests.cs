using Delegation.Core.Intake;
using Delegation.Core.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Delegation.Core.Tests;

/// <summary>The exact matcher equals brute force, and its invariants hold on larger instances.</summary>
public sealed class SupportMatcherPropertyTests
{
    static SupportMatch Match(MatchInstance i) =>
        SupportMatcher.Match(i.Ranked, i.Roles, i.Budget, i.StartWith, new MatchTerms(i.OneTimeBudget, SessionFee: 150m));

    [Property(MaxTest = 500)]
    public Property Match_SmallInstances_EqualBruteForceEnumeration() =>
        Prop.ForAll(MatchInstances.Instances(maxTasks: 7).ToArbitrary(), instance =>
        {
            var match = Match(instance);
            var (choices, value, cost, oneTime) = BruteForceMatcher.Solve(instance);

            var roleOf = match.Assignments.ToDictionary(a => a.TaskId, a => (SupportRole?)a.Role);
            var got = instance.Ranked.Select(t => roleOf.GetValueOrDefault(t.Task.TaskId)).ToArray();
            var gotValue = match.Assignments.Sum(a => ValueOf(instance, a.TaskId, a.Role));
            return (match.Optimal && got.SequenceEqual(choices) && match.MonthlyCost == cost && match.OneTimeCost == oneTime && gotValue == value)
                .Label($"expected [{string.Join(",", choices)}] value {value} cost {cost} once {oneTime}; "
                    + $"got [{string.Join(",", got)}] value {gotValue} cost {match.MonthlyCost} once {match.OneTimeCost}");
        });

    [Property(MaxTest = 200)]
    public Property Match_LargerInstances_KeepEveryRule() =>
        Prop.ForAll(MatchInstances.Instances(maxTasks: 30, maxHours: 20).ToArbitrary(), instance =>
        {
            var match = Match(instance);
            var byId = instance.Ranked.ToDictionary(t => t.Task.TaskId);
            var rolesById = instance.Roles.ToDictionary(r => r.Role);
            var eligible = match.Assignments.All(a =>
                BruteForceMatcher.Eligible(byId[a.TaskId], instance.Roles).Select(i => instance.Roles[i].Role).Contains(a.Role));
            var clinical = match.Assignments.Where(a => byId[a.TaskId].Task.Category == TaskCategory.Clinical)
                .All(a => a.Role == SupportRole.AssociateTherapist && byId[a.TaskId].Delegable);
            var hipaa = match.Assignments.Where(a => byId[a.TaskId].Task.InvolvesClientInfo).All(a => rolesById[a.Role].HipaaTrained);
            var admin = match.SupportMix.Where(l => l.Role != SupportRole.AssociateTherapist).ToList();
            var costs = admin.All(l => l.MonthlyCost == rolesById[l.Role].MonthlyCost(l.HoursPerWeek) && l.OneTimeCost == rolesById[l.Role].OneTimeCost(l.OneTimeHours))
                && match.MonthlyCost == admin.Sum(l => l.MonthlyCost)
                && match.OneTimeCost == admin.Sum(l => l.OneTimeCost);
            var associate = match.SupportMix.Where(l => l.Role == SupportRole.AssociateTherapist)
                .All(l => l.MonthlyRevenue - l.MonthlyCost == l.NetMonthly && l.MonthlyCost < l.MonthlyRevenue);
            var projectsCostNothingMonthly = match.SupportMix.Where(l => l.HoursPerWeek == 0).All(l => l.MonthlyCost == 0);
            var accounted = instance.Ranked.Where(t => t.Delegable)
                .All(t => match.Assignments.Any(a => a.TaskId == t.Task.TaskId) ^ match.KeptReasons.ContainsKey(t.Task.TaskId));

            return (match.MonthlyCost <= instance.Budget).Label("within budget")
                .And(match.OneTimeCost <= instance.OneTimeBudget).Label("projects within the one-off budget")
                .And(associate).Label("an associate is paid a share of their sessions' revenue")
                .And(projectsCostNothingMonthly).Label("a role that only does projects costs nothing a month")
                .And(match.Phase1MonthlyCost <= match.MonthlyCost).Label("phase 1 within the full plan")
                .And(eligible).Label("every task to an eligible role")
                .And(clinical).Label("clinical only to an associate therapist, only when shared")
                .And(hipaa).Label("client information only to HIPAA-trained roles")
                .And(costs).Label("costs add up")
                .And(accounted).Label("every delegable task assigned or kept with a reason")
                .And(match.Optimal).Label("proven optimal");
        });

    [Property(MaxTest = 200)]
    public Property Match_NeverWorseThanDelegatingGreedily() =>
        Prop.ForAll(MatchInstances.Instances(maxTasks: 20).ToArbitrary(), instance =>
        {
            var match = Match(instance);
            var value = match.Assignments.Sum(a => ValueOf(instance, a.TaskId, a.Role));
            return (value >= GreedyValue(instance)).Label($"value {value} below greedy {GreedyValue(instance)}");
        });

    static decimal ValueOf(MatchInstance instance, string taskId, SupportRole role)
    {
        var task = instance.Ranked.Single(t => t.Task.TaskId == taskId);
        var hours = task.Task.IsProject ? task.Task.OneTimeHours!.Value : task.Task.HoursPerWeek;
        return Math.Round((decimal)task.Score, 1) * hours * SkillFit.Of(task.Task, instance.Roles.Single(r => r.Role == role));
    }

    /// <summary>The first version's rule over recurring work: in score order, each task to the role whose cost rises least, if the budget allows.</summary>
    static decimal GreedyValue(MatchInstance instance)
    {
        var hours = new decimal[instance.Roles.Count];
        decimal total = 0, value = 0;
        foreach (var task in instance.Ranked.Where(t => !t.Task.IsProject && t.Task.Category != TaskCategory.Clinical))
        {
            var options = BruteForceMatcher.Eligible(task, instance.Roles)
                .Select(r => (Role: r, Added: instance.Roles[r].MonthlyCost(hours[r] + task.Task.HoursPerWeek) - instance.Roles[r].MonthlyCost(hours[r])))
                .ToList();
            if (options.Count > 0 && options.MinBy(o => o.Added) is var best && total + best.Added <= instance.Budget)
            {
                hours[best.Role] += task.Task.HoursPerWeek;
                total += best.Added;
                value += (decimal)task.Score * task.Task.HoursPerWeek * SkillFit.Of(task.Task, instance.Roles[best.Role]);
            }
        }

        return value;
    }
}
