using System.Globalization;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Reports;

/// <summary>
/// What moved since the previous month's report, in one sentence, so that a practice waiting at the same step
/// does not get the same email twice: it is told that it is still waiting, and for which role.
/// </summary>
public static class ReportChanges
{
    /// <summary>The sentence, or null for a plan's first report.</summary>
    /// <param name="previous">The stored report of the month before, or null.</param>
    /// <param name="current">This month's report, before its sentence is set.</param>
    /// <param name="hasHiringKits">Whether the plan came with hiring kits, which a stalled hire is pointed to.</param>
    public static string? Since(MonthlyReport? previous, MonthlyReport current, bool hasHiringKits)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null)
        {
            return null;
        }

        var since = ReportMonth.Parse(previous.Month).Start.ToString("MMMM", CultureInfo.InvariantCulture);
        var wasHired = (previous.Spend.Roles ?? []).Where(r => r.Hired).Select(r => r.Role).ToHashSet();
        var changes = new List<string>();
        var hired = (current.Spend.Roles ?? []).Where(r => r.Hired && !wasHired.Contains(r.Role)).Select(r => RoleTitles.Of(r.Role)).ToList();
        if (hired.Count > 0 && previous.Spend.Roles is not null)
        {
            changes.Add($"you registered your {string.Join(" and ", hired)}");
        }

        if (current.CurrentPhase > previous.CurrentPhase)
        {
            changes.Add($"phase {current.CurrentPhase} started");
        }

        if (current.Status != previous.Status && current.Status is PlanStatus.Paused or PlanStatus.Active)
        {
            changes.Add(current.Status == PlanStatus.Paused ? "the rollout was paused" : "the rollout is running again");
        }

        if (current.Hours.Confirmed != previous.Hours.Confirmed)
        {
            changes.Add($"confirmed hours went from {Hours(previous.Hours.Confirmed)} h to {Hours(current.Hours.Confirmed)} h");
        }

        if (changes.Count > 0)
        {
            return $"Since {since}: {string.Join("; ", changes)}.";
        }

        var waiting = (current.Spend.Roles ?? []).Where(r => !r.Hired).Select(r => RoleTitles.Of(r.Role)).ToList();
        if (waiting.Count == 0)
        {
            return $"The figures are the same as in {since}.";
        }

        return $"Nothing has moved since {since}: no {string.Join(" or ", waiting)} is registered yet, so nothing can be handed over."
            + (hasHiringKits ? " If hiring has stalled, your plan's hiring kit has the job description and interview questions to post and interview with." : "");
    }

    static string Hours(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
