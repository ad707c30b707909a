using System.Globalization;

namespace Delegation.Core.Planning;

/// <summary>
/// Chooses which delegable tasks go to which role within the monthly budget, then stages them
/// into phases: the guide's "start with one or two small tasks and scale gradually".
/// </summary>
/// <remarks>
/// The choice is exactly optimal: it maximises Σ score × hours a week of the delegated tasks with the
/// monthly cost within budget, each task to a role that takes its category (client information only to
/// HIPAA-trained roles). Equal value breaks to the lower cost, then to delegating the earlier-ranked
/// task, then to the role earlier in the catalogue. A greedy pass gives the branch and bound
/// (<see cref="MatchSearch"/>) its first solution to beat.
/// </remarks>
public static class SupportMatcher
{
    /// <summary>Tasks per phase after the first.</summary>
    public const int TasksPerLaterPhase = 2;

    /// <summary>Search nodes after which the best plan found so far is returned, marked not proven optimal.</summary>
    public const long DefaultNodeLimit = 2_000_000;

    /// <summary>Matches <paramref name="ranked"/> tasks (highest score first) to roles from <paramref name="roles"/> within <paramref name="monthlyBudget"/>.</summary>
    public static SupportMatch Match(
        IReadOnlyList<RankedTask> ranked,
        IReadOnlyList<RoleProfile> roles,
        decimal monthlyBudget,
        int startWith,
        long nodeLimit = DefaultNodeLimit)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(roles);

        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidates = new List<RankedTask>();
        var eligible = new List<int[]>();
        foreach (var task in ranked.Where(t => t.Delegable))
        {
            var fits = Enumerable.Range(0, roles.Count).Where(r => roles[r].CanTake(task.Task)).ToArray();
            if (fits.Length == 0)
            {
                kept[task.Task.TaskId] = task.Task.InvolvesClientInfo
                    ? "Kept: it touches client information and no HIPAA-trained role in the catalogue takes this kind of work."
                    : "Kept: no support role in the catalogue takes this kind of work.";
                continue;
            }

            candidates.Add(task);
            eligible.Add(fits);
        }

        var search = new MatchSearch(
            [.. candidates.Select((c, i) => (c.Task.HoursPerWeek, ScoreOf(c), eligible[i]))], roles, monthlyBudget, nodeLimit);
        var (choices, optimal) = search.Run(Greedy(candidates, eligible, roles, monthlyBudget));

        var hours = new decimal[roles.Count];
        var chosen = new List<(RankedTask Task, RoleProfile Role)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (choices[i] < roles.Count)
            {
                hours[choices[i]] += candidates[i].Task.HoursPerWeek;
                chosen.Add((candidates[i], roles[choices[i]]));
            }
        }

        var mix = Enumerable.Range(0, roles.Count)
            .Where(r => hours[r] > 0)
            .Select(r => Line(roles[r], hours[r]))
            .ToList();
        var monthlyCost = mix.Sum(l => l.MonthlyCost);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (choices[i] == roles.Count)
            {
                kept[candidates[i].Task.TaskId] = KeptReason(candidates[i], eligible[i], roles, hours, monthlyCost, monthlyBudget);
            }
        }

        var assignments = chosen
            .Select((c, i) => new Assignment(c.Task.Task.TaskId, c.Role.Role, PhaseOf(i, startWith)))
            .ToList();
        var phase1Cost = chosen.Take(startWith).GroupBy(c => c.Role).Select(g => g.Key.MonthlyCost(g.Sum(c => c.Task.Task.HoursPerWeek)));
        decimal? unlock = candidates.Count > 0 && choices[0] == roles.Count
            ? eligible[0].Min(r => roles[r].MonthlyCost(candidates[0].Task.HoursPerWeek))
            : null;

        return new SupportMatch(
            assignments,
            mix,
            kept,
            monthlyCost,
            phase1Cost.Sum(),
            chosen.Sum(c => c.Task.Task.HoursPerWeek),
            optimal,
            unlock);
    }

    /// <summary>Phase of the <paramref name="index"/>-th delegated task in score order.</summary>
    public static int PhaseOf(int index, int startWith) =>
        index < startWith ? 1 : 2 + (index - startWith) / TasksPerLaterPhase;

    /// <summary>The score as the objective weighs it: exact, to the tenth the ranker rounds to.</summary>
    internal static decimal ScoreOf(RankedTask task) => Math.Round((decimal)task.Score, 1);

    static SupportLine Line(RoleProfile role, decimal hoursPerWeek)
    {
        var cost = role.MonthlyCost(hoursPerWeek);
        return new SupportLine(role.Role, hoursPerWeek, role.HourlyRate, cost,
            Math.Round(cost / (hoursPerWeek * RoleProfile.WeeksPerMonth), 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>Tasks in score order, each to the eligible role whose cost rises least, when the budget allows.</summary>
    static int[] Greedy(List<RankedTask> candidates, List<int[]> eligible, IReadOnlyList<RoleProfile> roles, decimal budget)
    {
        var hours = new decimal[roles.Count];
        var total = 0m;
        var choices = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            choices[i] = roles.Count;
            var h = candidates[i].Task.HoursPerWeek;
            var (role, added) = eligible[i]
                .Select(r => (Role: r, Added: roles[r].MonthlyCost(hours[r] + h) - roles[r].MonthlyCost(hours[r])))
                .MinBy(x => x.Added);
            if (total + added <= budget)
            {
                hours[role] += h;
                total += added;
                choices[i] = role;
            }
        }

        return choices;
    }

    static string KeptReason(RankedTask task, int[] eligible, IReadOnlyList<RoleProfile> roles, decimal[] hours, decimal monthlyCost, decimal budget)
    {
        var h = task.Task.HoursPerWeek;
        var added = eligible.Min(r => roles[r].MonthlyCost(hours[r] + h) - roles[r].MonthlyCost(hours[r]));
        if (monthlyCost + added > budget)
        {
            var alone = eligible.Min(r => roles[r].MonthlyCost(h));
            return string.Create(CultureInfo.InvariantCulture,
                $"Kept for now: handing it over would add {added:0.00} a month, beyond what the budget has left (on its own it needs a budget of {alone:0.00}).");
        }

        // An affordable task with value is only left out when the search stopped at its node limit.
        return task.Score > 0
            ? "Kept for now: the budget goes further on higher-scoring tasks."
            : "Kept: with a score of 0 it is not worth paying to hand over.";
    }
}
