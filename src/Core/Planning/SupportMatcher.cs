using System.Globalization;

namespace Delegation.Core.Planning;

/// <summary>
/// Chooses which delegable tasks go to which role within the monthly budget, then stages them
/// into phases: the guide's "start with one or two small tasks and scale gradually".
/// </summary>
/// <remarks>
/// This first version is greedy: tasks in score order, each to the eligible role whose cost rises
/// least, kept when no role fits the remaining budget.
/// </remarks>
public static class SupportMatcher
{
    /// <summary>Tasks per phase after the first.</summary>
    public const int TasksPerLaterPhase = 2;

    /// <summary>Matches <paramref name="ranked"/> tasks to roles from <paramref name="roles"/> within <paramref name="monthlyBudget"/>.</summary>
    public static SupportMatch Match(
        IReadOnlyList<RankedTask> ranked,
        IReadOnlyList<RoleProfile> roles,
        decimal monthlyBudget,
        int startWith)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(roles);

        var hours = roles.ToDictionary(r => r.Role, _ => 0m);
        var chosen = new List<(RankedTask Task, RoleProfile Role)>();
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var task in ranked.Where(t => t.Delegable))
        {
            var eligible = roles.Where(r => r.CanTake(task.Task)).ToList();
            if (eligible.Count == 0)
            {
                kept[task.Task.TaskId] = task.Task.InvolvesClientInfo
                    ? "Kept: it touches client information and no HIPAA-trained role in the catalogue takes this kind of work."
                    : "Kept: no support role in the catalogue takes this kind of work.";
                continue;
            }

            var total = roles.Sum(r => r.MonthlyCost(hours[r.Role]));
            var best = eligible
                .Select(r => (Role: r, Added: r.MonthlyCost(hours[r.Role] + task.Task.HoursPerWeek) - r.MonthlyCost(hours[r.Role])))
                .OrderBy(x => x.Added)
                .ThenBy(x => x.Role.Role)
                .First();
            if (total + best.Added > monthlyBudget)
            {
                kept[task.Task.TaskId] = string.Create(CultureInfo.InvariantCulture,
                    $"Kept for now: handing it over would add {best.Added:0.##} a month, beyond what the budget has left.");
                continue;
            }

            hours[best.Role.Role] += task.Task.HoursPerWeek;
            chosen.Add((task, best.Role));
        }

        var assignments = chosen
            .Select((c, i) => new Assignment(c.Task.Task.TaskId, c.Role.Role, PhaseOf(i, startWith)))
            .ToList();
        var mix = roles
            .Where(r => hours[r.Role] > 0)
            .Select(r => new SupportLine(r.Role, hours[r.Role], r.HourlyRate, r.MonthlyCost(hours[r.Role])))
            .ToList();
        var phase1Hours = chosen.Take(startWith).GroupBy(c => c.Role).Select(g => g.Key.MonthlyCost(g.Sum(c => c.Task.Task.HoursPerWeek)));

        return new SupportMatch(
            assignments,
            mix,
            kept,
            mix.Sum(l => l.MonthlyCost),
            phase1Hours.Sum(),
            chosen.Sum(c => c.Task.Task.HoursPerWeek));
    }

    /// <summary>Phase of the <paramref name="index"/>-th delegated task in score order.</summary>
    public static int PhaseOf(int index, int startWith) =>
        index < startWith ? 1 : 2 + (index - startWith) / TasksPerLaterPhase;
}
