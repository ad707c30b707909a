using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The matching problem solved by trying every assignment: the reference the exact matcher must equal.
/// Written from the rules, not from the matcher's code.
/// </summary>
internal static class BruteForceMatcher
{
    /// <summary>
    /// The best choice per task in rank order (a role, or null to keep), its value, its monthly cost and its one-off cost.
    /// Every assignment of every task at once: recurring work within the monthly budget (with minimum engagements),
    /// projects within the one-off budget (hours × rate), an associate's clinical work within neither.
    /// </summary>
    public static (SupportRole?[] Choices, decimal Value, decimal MonthlyCost, decimal OneTimeCost) Solve(MatchInstance instance)
    {
        var tasks = instance.Ranked;
        var roles = instance.Roles;
        var options = tasks.Select(t => Eligible(t, roles).Select(i => (int?)i).Append(null).ToArray()).ToArray();

        var current = new int?[tasks.Count];
        (int?[] Choices, decimal Value, decimal Cost, decimal Monthly, decimal OneTime) best = (new int?[tasks.Count], 0m, 0m, 0m, 0m);
        var first = true;
        void Visit(int k)
        {
            if (k == tasks.Count)
            {
                var weekly = new decimal[roles.Count];
                var once = new decimal[roles.Count];
                var value = 0m;
                for (var i = 0; i < tasks.Count; i++)
                {
                    if (current[i] is { } r)
                    {
                        var task = tasks[i].Task;
                        var hours = task.IsProject ? task.OneTimeHours!.Value : task.HoursPerWeek;
                        if (task.IsProject)
                        {
                            once[r] += hours;
                        }
                        else if (task.Category != TaskCategory.Clinical)
                        {
                            weekly[r] += hours;
                        }

                        value += Math.Round((decimal)tasks[i].Score, 1) * hours * SkillFit.Of(task, roles[r]);
                    }
                }

                var monthly = Enumerable.Range(0, roles.Count).Sum(r => roles[r].MonthlyCost(weekly[r]));
                var oneTime = Enumerable.Range(0, roles.Count).Sum(r => roles[r].OneTimeCost(once[r]));
                if (monthly <= instance.Budget && oneTime <= instance.OneTimeBudget
                    && (first || IsBetter(value, monthly + oneTime, current, (best.Choices, best.Value, best.Cost))))
                {
                    best = ([.. current], value, monthly + oneTime, monthly, oneTime);
                    first = false;
                }

                return;
            }

            foreach (var option in options[k])
            {
                current[k] = option;
                Visit(k + 1);
            }
        }

        Visit(0);
        return (best.Choices.Select(c => c is { } r ? roles[r].Role : (SupportRole?)null).ToArray(), best.Value, best.Monthly, best.OneTime);
    }

    /// <summary>
    /// Roles a task may go to, by the rules: delegable, a role with some fit for it, client information only to
    /// trained roles, clinical work only to an associate therapist and an associate therapist only to clinical work.
    /// </summary>
    public static IEnumerable<int> Eligible(RankedTask task, IReadOnlyList<RoleProfile> roles) =>
        Enumerable.Range(0, roles.Count).Where(i =>
            task.Delegable
            && SkillFit.Of(task.Task, roles[i]) > 0
            && (roles[i].HipaaTrained || !task.Task.InvolvesClientInfo)
            && (task.Task.Category == TaskCategory.Clinical) == (roles[i].Role == SupportRole.AssociateTherapist));

    /// <summary>More value; then lower cost; then delegating the earlier task; then the role earlier in the catalogue.</summary>
    static bool IsBetter(decimal value, decimal cost, int?[] choices, (int?[] Choices, decimal Value, decimal Cost) best)
    {
        if (value != best.Value)
        {
            return value > best.Value;
        }

        if (cost != best.Cost)
        {
            return cost < best.Cost;
        }

        for (var i = 0; i < choices.Length; i++)
        {
            var a = choices[i] ?? int.MaxValue;
            var b = best.Choices[i] ?? int.MaxValue;
            if (a != b)
            {
                return a < b;
            }
        }

        return false;
    }
}
