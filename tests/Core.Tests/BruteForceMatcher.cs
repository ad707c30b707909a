using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The matching problem solved by trying every assignment: the reference the exact matcher must equal.
/// Written from the rules, not from the matcher's code.
/// </summary>
internal static class BruteForceMatcher
{
    /// <summary>The best choice per task in rank order (a role, or null to keep), its value and its cost.</summary>
    public static (SupportRole?[] Choices, decimal Value, decimal Cost) Solve(MatchInstance instance)
    {
        var tasks = instance.Ranked;
        var roles = instance.Roles;
        var options = tasks.Select(t => Eligible(t, roles).Select(i => (int?)i).Append(null).ToArray()).ToArray();

        var current = new int?[tasks.Count];
        (int?[] Choices, decimal Value, decimal Cost) best = (new int?[tasks.Count], 0m, 0m);
        void Visit(int k)
        {
            if (k == tasks.Count)
            {
                var hours = new decimal[roles.Count];
                var value = 0m;
                for (var i = 0; i < tasks.Count; i++)
                {
                    if (current[i] is { } r)
                    {
                        hours[r] += tasks[i].Task.HoursPerWeek;
                        value += (decimal)tasks[i].Score * tasks[i].Task.HoursPerWeek;
                    }
                }

                var cost = Enumerable.Range(0, roles.Count).Sum(r => roles[r].MonthlyCost(hours[r]));
                if (cost <= instance.Budget && IsBetter(value, cost, current, best))
                {
                    best = ([.. current], value, cost);
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
        return (best.Choices.Select(c => c is { } r ? roles[r].Role : (SupportRole?)null).ToArray(), best.Value, best.Cost);
    }

    /// <summary>Roles a task may go to, by the rules: category, HIPAA for client information, clinical only to an associate therapist who may share the load.</summary>
    public static IEnumerable<int> Eligible(RankedTask task, IReadOnlyList<RoleProfile> roles) =>
        Enumerable.Range(0, roles.Count).Where(i =>
            task.Delegable
            && roles[i].Categories.Contains(task.Task.Category)
            && (roles[i].HipaaTrained || !task.Task.InvolvesClientInfo)
            && (task.Task.Category != TaskCategory.Clinical || roles[i].Role == SupportRole.AssociateTherapist));

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
