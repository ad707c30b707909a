namespace Delegation.Core.Planning;

/// <summary>
/// Exact branch and bound for the matching problem: choose for each candidate task a role or "keep",
/// maximising Σ value (score × hours × the role's fit for the task) within the budget. Ties break by lower cost, then by the choice
/// sequence in rank order (delegating an earlier task first, then the role earlier in the catalogue).
/// </summary>
/// <remarks>
/// Depth-first over tasks in score order, roles in catalogue order before "keep", so leaves are met in
/// tie-break order. A subtree is cut when its upper bound cannot reach the best value, or can only tie
/// it at no lower cost with no earlier choice sequence. The bound: value so far, plus the hours still
/// free under engaged roles' minimum engagements at the best remaining value an hour, plus a fractional
/// knapsack of the remaining tasks at their best fit and their cheapest eligible rate within the budget
/// left (with a cent a role for rounding). Exact decimal arithmetic throughout. The same search serves
/// recurring work (monthly tariffs with minimum engagements) and one-off projects (hours × rate, once).
/// </remarks>
internal sealed class MatchSearch
{
    readonly int n;
    readonly int roleCount;
    readonly Tariff[] roles;
    readonly decimal budget;
    readonly decimal[] hours;
    readonly decimal[] score;
    readonly decimal[] bestScoreFrom;
    readonly decimal[] valueFrom;
    readonly decimal[][] dearestPriceFrom;
    readonly decimal[] value;
    readonly decimal[][] valueAt;
    readonly decimal[] weight;
    readonly int[][] eligible;
    readonly int[] densityOrder;
    readonly decimal granularity;
    readonly decimal roundingSlack;
    readonly long nodeLimit;

    readonly decimal[] load;
    readonly decimal[] roleCost;
    readonly int[] choice;
    decimal cost;
    decimal total;

    int[] best;
    decimal bestValue;
    decimal bestCost;
    long nodes;

    /// <summary>Upper bounds are computed with division; anything within this of the best counts as reaching it.</summary>
    const decimal Epsilon = 0.000_000_000_000_000_001m;

    /// <summary>Sets up a search over <paramref name="candidates"/> (in rank order), each with its eligible role indexes.</summary>
    /// <remarks>
    /// <c>Values</c> holds a candidate's value at each role index (used only at its eligible roles); its best
    /// value bounds what any role can make of it.
    /// </remarks>
    public MatchSearch(IReadOnlyList<(decimal Hours, decimal[] Values, int[] Eligible)> candidates, IReadOnlyList<Tariff> roles, decimal budget, long nodeLimit)
    {
        n = candidates.Count;
        this.roles = [.. roles];
        roleCount = roles.Count;
        this.budget = budget;
        this.nodeLimit = nodeLimit;
        hours = [.. candidates.Select(c => c.Hours)];
        valueAt = [.. candidates.Select(c => c.Values)];
        eligible = [.. candidates.Select(c => c.Eligible)];
        value = [.. candidates.Select(c => c.Eligible.Max(r => c.Values[r]))];
        // The best value an hour, so free hours are never worth more than the best remaining task could make of them.
        score = [.. candidates.Select((c, i) => hours[i] == 0 ? 0 : value[i] / hours[i])];
        bestScoreFrom = new decimal[n + 1];
        valueFrom = new decimal[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            bestScoreFrom[i] = Math.Max(score[i], bestScoreFrom[i + 1]);
            valueFrom[i] = value[i] + valueFrom[i + 1];
        }

        weight = [.. candidates.Select(c => c.Hours * c.Eligible.Min(r => this.roles[r].PricePerHour))];
        // Per role, the highest hourly price (at their cheapest role) of the tasks from k on that it could take.
        dearestPriceFrom = new decimal[roleCount][];
        for (var r = 0; r < roleCount; r++)
        {
            dearestPriceFrom[r] = new decimal[n + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                dearestPriceFrom[r][i] = eligible[i].Contains(r) ? Math.Max(weight[i] / hours[i], dearestPriceFrom[r][i + 1]) : dearestPriceFrom[r][i + 1];
            }
        }

        densityOrder = [.. Enumerable.Range(0, n).OrderByDescending(i => weight[i] == 0 ? decimal.MaxValue : value[i] / weight[i]).ThenBy(i => i)];

        // Values are sums of the given values, so two of them differ by at least one unit of the finest scale in play.
        var scale = Math.Min(valueAt.SelectMany((v, i) => eligible[i].Select(r => v[r])).Concat([0m]).Max(v => (int)v.Scale), 18);
        granularity = 1m / (decimal)Math.Pow(10, scale);
        roundingSlack = 0.01m * roleCount;

        load = new decimal[roleCount];
        roleCost = new decimal[roleCount];
        choice = new int[n];
        best = [.. Enumerable.Repeat(roleCount, n)];
    }

    /// <summary>Nodes visited by the last <see cref="Run"/>.</summary>
    public long Nodes => nodes;

    /// <summary>Runs the search from <paramref name="incumbent"/> (any feasible choice); returns the best choices and whether optimality is proven.</summary>
    public (int[] Choices, bool Optimal) Run(int[] incumbent)
    {
        ArgumentNullException.ThrowIfNull(incumbent);
        var (incumbentValue, incumbentCost) = Evaluate(incumbent);
        if (incumbentCost <= budget && Better(incumbentValue, incumbentCost, incumbent, 0, 0, best))
        {
            best = [.. incumbent];
            (bestValue, bestCost) = (incumbentValue, incumbentCost);
        }

        nodes = 0;
        var complete = Search(0);
        return (best, complete);
    }

    /// <summary>Value and cost of a full choice sequence.</summary>
    public (decimal Value, decimal Cost) Evaluate(int[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var h = new decimal[roleCount];
        var v = 0m;
        for (var i = 0; i < n; i++)
        {
            if (choices[i] < roleCount)
            {
                h[choices[i]] += hours[i];
                v += valueAt[i][choices[i]];
            }
        }

        return (v, Enumerable.Range(0, roleCount).Sum(r => roles[r].Cost(h[r])));
    }

    /// <summary>The tie-break order: more value, then lower cost, then the earlier choice sequence.</summary>
    public static bool Better(decimal value, decimal cost, int[] choices, decimal otherValue, decimal otherCost, int[] otherChoices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(otherChoices);
        if (value != otherValue)
        {
            return value > otherValue;
        }

        if (cost != otherCost)
        {
            return cost < otherCost;
        }

        return ((ReadOnlySpan<int>)choices).SequenceCompareTo(otherChoices) < 0;
    }

    /// <summary>Depth-first from task <paramref name="k"/>; false when the node limit stopped it.</summary>
    bool Search(int k)
    {
        if (k == n)
        {
            if (Better(total, cost, choice, bestValue, bestCost, best))
            {
                best = [.. choice];
                (bestValue, bestCost) = (total, cost);
            }

            return true;
        }

        if (++nodes > nodeLimit)
        {
            return false;
        }

        var free = FreeHours();
        var bound = UpperBound(k, free);
        if (bound + Epsilon < bestValue)
        {
            return true;
        }

        // Unable to beat the best value, this subtree can only win a tie: by cost, or by an earlier choice sequence.
        if (bound + Epsilon < bestValue + granularity)
        {
            var least = cost + LeastAddedCost(k, free, bestValue - total);
            if (least > bestCost || least >= bestCost && ((ReadOnlySpan<int>)choice.AsSpan(0, k)).SequenceCompareTo(best.AsSpan(0, k)) > 0)
            {
                return true;
            }
        }

        foreach (var r in eligible[k])
        {
            var before = roleCost[r];
            var after = roles[r].Cost(load[r] + hours[k]);
            if (cost - before + after > budget)
            {
                continue;
            }

            load[r] += hours[k];
            roleCost[r] = after;
            cost += after - before;
            total += valueAt[k][r];
            choice[k] = r;
            var complete = Search(k + 1);
            choice[k] = roleCount;
            total -= valueAt[k][r];
            cost -= after - before;
            roleCost[r] = before;
            load[r] -= hours[k];
            if (!complete)
            {
                return false;
            }
        }

        choice[k] = roleCount;
        return Search(k + 1);
    }

    /// <summary>Hours already paid for under engaged roles' minimum engagements.</summary>
    decimal FreeHours()
    {
        var free = 0m;
        for (var r = 0; r < roleCount; r++)
        {
            if (load[r] > 0 && load[r] < roles[r].MinHours)
            {
                free += roles[r].MinHours - load[r];
            }
        }

        return free;
    }

    /// <summary>
    /// A lower bound on what reaching <paramref name="needed"/> more value costs: the remaining tasks at their
    /// cheapest rate, cheapest value first, fractionally, less what free hours could save, bounded two ways:
    /// free hours earning the best remaining score, or each role's free hours saving its dearest eligible price.
    /// </summary>
    decimal LeastAddedCost(int k, decimal free, decimal needed)
    {
        if (needed <= 0)
        {
            return 0;
        }

        var saving = 0m;
        for (var r = 0; r < roleCount; r++)
        {
            if (load[r] > 0 && load[r] < roles[r].MinHours)
            {
                saving += (roles[r].MinHours - load[r]) * dearestPriceFrom[r][k];
            }
        }

        var least = Math.Max(Cover(k, needed - free * bestScoreFrom[k]), Cover(k, needed) - saving);
        return Math.Max(0, least - roundingSlack - Epsilon);
    }

    /// <summary>Least cost of <paramref name="needed"/> value from tasks k on at their cheapest rate, fractionally.</summary>
    decimal Cover(int k, decimal needed)
    {
        if (needed <= 0)
        {
            return 0;
        }

        var added = 0m;
        foreach (var i in densityOrder)
        {
            if (i < k)
            {
                continue;
            }

            if (value[i] >= needed)
            {
                return added + weight[i] * needed / value[i];
            }

            added += weight[i];
            needed -= value[i];
        }

        // The remaining tasks cannot reach the value at any price.
        return decimal.MaxValue / 2;
    }

    decimal UpperBound(int k, decimal free)
    {
        // No completion can add more than every remaining task; free hours would otherwise overstate it.
        var bound = total;
        var all = total + valueFrom[k];
        bound += free * bestScoreFrom[k];
        var capacity = budget - cost + roundingSlack;
        foreach (var i in densityOrder)
        {
            if (i < k)
            {
                continue;
            }

            if (weight[i] <= capacity)
            {
                bound += value[i];
                capacity -= weight[i];
            }
            else
            {
                bound += value[i] * capacity / weight[i];
                break;
            }
        }

        return Math.Min(bound, all);
    }
}

/// <summary>How a role's cost grows with its hours, as the search sees it.</summary>
/// <param name="PricePerHour">What one more hour costs beyond any minimum: the bound's exchange rate.</param>
/// <param name="MinHours">Hours paid for as soon as the role is engaged at all.</param>
/// <param name="Cost">The exact cost of a load, in cents; zero for none.</param>
internal sealed record Tariff(decimal PricePerHour, decimal MinHours, Func<decimal, decimal> Cost)
{
    /// <summary>Recurring work: a month of weekly hours with the role's minimum engagement.</summary>
    public static Tariff Monthly(RoleProfile role) =>
        new(role.HourlyRate * RoleProfile.WeeksPerMonth, role.MinHoursPerWeek, role.MonthlyCost);

    /// <summary>One-off projects: hours × rate, once, billed by the hour with no retainer.</summary>
    public static Tariff OneTime(RoleProfile role) =>
        new(role.HourlyRate, 0, role.OneTimeCost);
}

