using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Sops;

/// <summary>An SOP in use that nobody has confirmed for <see cref="SopStaleness.Days"/> days or more.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Task">The task's name.</param>
/// <param name="Role">Who does it.</param>
/// <param name="LastConfirmed">When it was last confirmed (written, changed, or said to be still right).</param>
/// <param name="Days">Whole days since then.</param>
public sealed record StaleSop(string TaskId, string Task, SupportRole Role, DateTimeOffset LastConfirmed, int Days);

/// <summary>
/// Which SOPs have gone unconfirmed too long. Only SOPs in use count: those of tasks handed over (their phase has
/// started) to a role someone was hired for. An SOP waiting for its phase is read afresh at its hand-over meeting.
/// </summary>
public static class SopStaleness
{
    /// <summary>Days without a confirmation after which an SOP is listed for review.</summary>
    public const int Days = 90;

    /// <summary>
    /// How long an SOP's review link (sent in the monthly report) works: past the next month's report, which brings
    /// fresh links, and no longer, since it lets whoever holds it confirm the SOP.
    /// </summary>
    public static readonly TimeSpan ReviewLinkLifetime = TimeSpan.FromDays(62);

    /// <summary>The tasks whose SOPs are in use: handed over, to a hired role. None once the plan is cancelled.</summary>
    /// <param name="plan">The stored plan.</param>
    /// <param name="rollout">Its rollout snapshot; null before one runs (then nothing is in use).</param>
    public static IReadOnlyList<PlanTask> InUse(Plan plan, RolloutSnapshot? rollout)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (rollout is null or { Status: PlanStatus.Cancelled })
        {
            return [];
        }

        var hired = rollout.Roles.Where(r => r.Filled).Select(r => r.Role).ToHashSet();
        return [.. plan.Tasks.Where(t => t.Role is { } role && hired.Contains(role) && t.Phase is { } k && k <= rollout.CurrentPhase
            && plan.Sops.Any(s => s.TaskId == t.TaskId))];
    }

    /// <summary>
    /// The SOPs of <paramref name="tasks"/> last confirmed <see cref="Days"/> or more days before <paramref name="now"/>, longest first.
    /// </summary>
    /// <param name="plan">The plan: an SOP with no recorded confirmation was written with it, so counts from its start.</param>
    /// <param name="tasks">The tasks to look at (from <see cref="InUse"/>).</param>
    /// <param name="lastConfirmed">Each SOP's last confirmation, by task id.</param>
    /// <param name="now">When it is asked.</param>
    public static IReadOnlyList<StaleSop> Of(Plan plan, IEnumerable<PlanTask> tasks, IReadOnlyDictionary<string, DateTimeOffset> lastConfirmed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(lastConfirmed);
        return [.. tasks.Where(t => t.Role is not null)
            .Select(t =>
            {
                var last = lastConfirmed.TryGetValue(t.TaskId, out var at) ? at : plan.CreatedAt;
                return new StaleSop(t.TaskId, t.Name, t.Role!.Value, last, (int)Math.Floor((now - last).TotalDays));
            })
            .Where(s => s.Days >= Days)
            .OrderByDescending(s => s.Days).ThenBy(s => s.TaskId, StringComparer.Ordinal)];
    }
}
