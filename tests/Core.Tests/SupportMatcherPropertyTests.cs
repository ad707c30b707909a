using Delegation.Core.Intake;
using Delegation.Core.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Delegation.Core.Tests;

/// <summary>The exact matcher equals brute force, and its invariants hold on larger instances.</summary>
public sealed class SupportMatcherPropertyTests
{
    static SupportMatch Match(MatchInstance i) => SupportMatcher.Match(i.Ranked, i.Roles, i.Budget, i.StartWith);

    [Property(MaxTest = 500)]
    public Property Match_SmallInstances_EqualBruteForceEnumeration() =>
        Prop.ForAll(MatchInstances.Instances(maxTasks: 7).ToArbitrary(), instance =>
        {
            var match = Match(instance);
            var (choices, value, cost) = BruteForceMatcher.Solve(instance);

            var roleOf = match.Assignments.ToDictionary(a => a.TaskId, a => (SupportRole?)a.Role);
            var got = instance.Ranked.Select(t => roleOf.GetValueOrDefault(t.Task.TaskId)).ToArray();
            var gotValue = match.Assignments.Sum(a => ValueOf(instance, a.TaskId));
            return (match.Optimal && got.SequenceEqual(choices) && match.MonthlyCost == cost && gotValue == value)
                .Label($"expected [{string.Join(",", choices)}] value {value} cost {cost}; got [{string.Join(",", got)}] value {gotValue} cost {match.MonthlyCost}");
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
            var costs = match.SupportMix.All(l => l.MonthlyCost == rolesById[l.Role].MonthlyCost(l.HoursPerWeek))
                && match.MonthlyCost == match.SupportMix.Sum(l => l.MonthlyCost);
            var accounted = instance.Ranked.Where(t => t.Delegable)
                .All(t => match.Assignments.Any(a => a.TaskId == t.Task.TaskId) ^ match.KeptReasons.ContainsKey(t.Task.TaskId));

            return (match.MonthlyCost <= instance.Budget).Label("within budget")
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
            var value = match.Assignments.Sum(a => ValueOf(instance, a.TaskId));
            return (value >= GreedyValue(instance)).Label($"value {value} below greedy {GreedyValue(instance)}");
        });

    static decimal ValueOf(MatchInstance instance, string taskId)
    {
        var task = instance.Ranked.Single(t => t.Task.TaskId == taskId);
        return (decimal)task.Score * task.Task.HoursPerWeek;
    }

    /// <summary>The first version's rule: in score order, each task to the role whose cost rises least, if the budget allows.</summary>
    static decimal GreedyValue(MatchInstance instance)
    {
        var hours = new decimal[instance.Roles.Count];
        decimal total = 0, value = 0;
        foreach (var task in instance.Ranked)
        {
            var options = BruteForceMatcher.Eligible(task, instance.Roles)
                .Select(r => (Role: r, Added: instance.Roles[r].MonthlyCost(hours[r] + task.Task.HoursPerWeek) - instance.Roles[r].MonthlyCost(hours[r])))
                .ToList();
            if (options.Count > 0 && options.MinBy(o => o.Added) is var best && total + best.Added <= instance.Budget)
            {
                hours[best.Role] += task.Task.HoursPerWeek;
                total += best.Added;
                value += (decimal)task.Score * task.Task.HoursPerWeek;
            }
        }

        return value;
    }
}
