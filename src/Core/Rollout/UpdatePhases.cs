using Delegation.Core.Planning;

namespace Delegation.Core.Rollout;

/// <summary>A task the rollout has already handed over: to whom, in which phase.</summary>
public sealed record HandedOverTask(string TaskId, SupportRole Role, int Phase);

/// <summary>
/// Where a new plan version's work goes in a rollout already under way. Work already handed over stays where it is;
/// everything else keeps the new match's order but starts after the current phase, because a phase already reached has
/// been agreed at its check-ins and adding to it would skip the "start small" step the rollout exists for.
/// </summary>
public static class UpdatePhases
{
    /// <summary><paramref name="assignments"/> (the new match's) with phases fitted to the rollout.</summary>
    /// <param name="assignments">The new version's assignments, phases counted from 1.</param>
    /// <param name="handedOver">The tasks handed over so far.</param>
    /// <param name="currentPhase">The phase the rollout has reached (0 when it had nothing to hand over).</param>
    public static IReadOnlyList<Assignment> Fit(IReadOnlyList<Assignment> assignments, IReadOnlyList<HandedOverTask> handedOver, int currentPhase)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(handedOver);
        var handed = handedOver.ToDictionary(h => h.TaskId, StringComparer.Ordinal);
        bool Stays(Assignment a) => handed.TryGetValue(a.TaskId, out var h) && h.Role == a.Role;
        // The rest, in the new match's phase order, one phase each after the current one.
        var later = assignments.Where(a => !Stays(a)).Select(a => a.Phase).Distinct().Order()
            .Select((phase, i) => (phase, i)).ToDictionary(x => x.phase, x => currentPhase + x.i + 1);
        return [.. assignments.Select(a => Stays(a) ? a with { Phase = handed[a.TaskId].Phase } : a with { Phase = later[a.Phase] })];
    }

    /// <summary>The tasks of <paramref name="plan"/> handed over by <paramref name="currentPhase"/>.</summary>
    public static IReadOnlyList<HandedOverTask> HandedOver(Plans.Plan plan, int currentPhase)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Tasks.Where(t => t.Role is not null && t.Phase is { } p && p <= currentPhase).Select(t => new HandedOverTask(t.TaskId, t.Role!.Value, t.Phase!.Value))];
    }

    /// <summary>
    /// The rollout's view of <paramref name="after"/>: each role's phases, and for a role whose work changed from
    /// <paramref name="before"/>, what changed. A role <paramref name="before"/> engaged and <paramref name="after"/> does
    /// not comes with no phases and every task it lost, so its hire is told before it leaves the rollout.
    /// </summary>
    /// <param name="before">The version the rollout runs now.</param>
    /// <param name="after">The new version, phases already fitted (<see cref="Fit"/>).</param>
    /// <param name="currentPhase">The phase the rollout will be in once it applies the update.</param>
    public static RolloutShape Shape(Plans.Plan before, Plans.Plan after, int currentPhase)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var oldSops = before.Sops.ToDictionary(s => s.TaskId, s => s.Version, StringComparer.Ordinal);
        var newSops = after.Sops.ToDictionary(s => s.TaskId, s => s.Version, StringComparer.Ordinal);
        bool WasRoles(Plans.PlanTask t, SupportRole role) => old.TryGetValue(t.TaskId, out var o) && o.Role == role;
        var roles = after.Tasks.Concat(before.Tasks).Where(t => t.Role is not null).Select(t => t.Role!.Value).Distinct().Order();
        return new RolloutShape(after.Version, [.. roles.Select(role =>
        {
            var mine = after.Tasks.Where(t => t.Role == role && t.Phase is not null).ToList();
            var reached = mine.Where(t => t.Phase <= currentPhase).ToList();
            // Reached work whose SOP is new to this hire or has a new version: they work from the new one from today.
            var changed = reached.Where(t => !WasRoles(t, role) || oldSops.GetValueOrDefault(t.TaskId) != newSops.GetValueOrDefault(t.TaskId, -1))
                .Select(t => t.TaskId).ToList();
            var later = mine.Where(t => t.Phase > currentPhase && !WasRoles(t, role)).Select(t => t.TaskId).ToList();
            var lost = before.Tasks.Where(t => t.Role == role && !mine.Any(m => m.TaskId == t.TaskId)).Select(t => t.Name).ToList();
            var planned = after.CheckIns.FirstOrDefault(c => c.Role == role);
            return new RoleShape(role, planned?.Cadence ?? CheckInScheduler.CadenceOf(role), [.. mine.Select(t => t.Phase!.Value).Distinct().Order()],
                planned?.Time, changed.Count + later.Count + lost.Count == 0 ? null : new RoleWorkChange(after.Version, changed, later, lost));
        })]);
    }
}
