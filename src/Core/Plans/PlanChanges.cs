using Delegation.Core.Email;
using Delegation.Core.Planning;

namespace Delegation.Core.Plans;

/// <summary>A task as one side of a change: who has it and in which phase (null: kept with the therapist).</summary>
public sealed record TaskChange(string TaskId, string Name, SupportRole? Role, int? Phase);

/// <summary>A figure before and after an update.</summary>
public sealed record FigureChange(decimal Before, decimal After)
{
    /// <summary>True when the figure moved.</summary>
    public bool Changed => Before != After;
}

/// <summary>
/// What an update changed between two versions of a plan, worked out from the plans alone (<see cref="Between"/>), so the
/// owner's email, the versions list and the tests read one account. Tasks are matched by id: an update carries each
/// task's id over from the version before (<see cref="TaskIdentity"/>), so a renamed list does not read as new work.
/// </summary>
/// <param name="FromVersion">The version before.</param>
/// <param name="ToVersion">The version after.</param>
/// <param name="TasksAdded">Tasks in the new intake that the plan did not have, as the new version places them.</param>
/// <param name="TasksRemoved">Tasks the new intake no longer lists, as the old version placed them.</param>
/// <param name="HandedOver">Tasks kept with the therapist before that are handed over now.</param>
/// <param name="TakenBack">Tasks handed over before that stay with the therapist now.</param>
/// <param name="Reassigned">Tasks that go to another role now (the new role in the record).</param>
/// <param name="RolesAdded">Roles the plan engages now and did not before.</param>
/// <param name="RolesDropped">Roles the plan no longer engages.</param>
/// <param name="MonthlyCost">The full plan's monthly cost.</param>
/// <param name="OneTimeCost">What the one-off projects handed over cost, once.</param>
/// <param name="Phases">How many phases the rollout has.</param>
/// <param name="Currency">ISO 4217 code of the amounts (the new version's).</param>
public sealed record PlanChanges(
    int FromVersion,
    int ToVersion,
    IReadOnlyList<TaskChange> TasksAdded,
    IReadOnlyList<TaskChange> TasksRemoved,
    IReadOnlyList<TaskChange> HandedOver,
    IReadOnlyList<TaskChange> TakenBack,
    IReadOnlyList<TaskChange> Reassigned,
    IReadOnlyList<SupportRole> RolesAdded,
    IReadOnlyList<SupportRole> RolesDropped,
    FigureChange MonthlyCost,
    FigureChange OneTimeCost,
    FigureChange Phases,
    string Currency)
{
    /// <summary>True when the two versions hand over the same work at the same cost in the same phases.</summary>
    public bool IsEmpty => TasksAdded.Count == 0 && TasksRemoved.Count == 0 && HandedOver.Count == 0 && TakenBack.Count == 0
        && Reassigned.Count == 0 && RolesAdded.Count == 0 && RolesDropped.Count == 0 && !MonthlyCost.Changed && !OneTimeCost.Changed && !Phases.Changed;

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static PlanChanges Between(Plan before, Plan after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var now = after.Tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        static TaskChange Of(PlanTask t) => new(t.TaskId, t.Name, t.Role, t.Role is null ? null : t.Phase);
        var kept = after.Tasks.Where(t => old.ContainsKey(t.TaskId)).Select(t => (Old: old[t.TaskId], New: t)).ToList();
        static IReadOnlyList<SupportRole> Roles(Plan p) => [.. p.SupportMix.Select(s => s.Role).Distinct().Order()];
        var rolesBefore = Roles(before);
        var rolesAfter = Roles(after);
        return new PlanChanges(
            before.Version,
            after.Version,
            [.. after.Tasks.Where(t => !old.ContainsKey(t.TaskId)).Select(Of)],
            [.. before.Tasks.Where(t => !now.ContainsKey(t.TaskId)).Select(Of)],
            [.. kept.Where(k => k.Old.Role is null && k.New.Role is not null).Select(k => Of(k.New))],
            [.. kept.Where(k => k.Old.Role is not null && k.New.Role is null).Select(k => Of(k.Old))],
            [.. kept.Where(k => k.Old.Role is not null && k.New.Role is not null && k.Old.Role != k.New.Role).Select(k => Of(k.New))],
            [.. rolesAfter.Except(rolesBefore)],
            [.. rolesBefore.Except(rolesAfter)],
            new FigureChange(before.Totals.MonthlyCost, after.Totals.MonthlyCost),
            new FigureChange(before.Totals.OneTimeCost, after.Totals.OneTimeCost),
            new FigureChange(PhaseCount(before), PhaseCount(after)),
            after.Totals.Currency);
    }

    /// <summary>The change as short lines for the owner, most important first; one line saying so when nothing moved.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>();
        lines.AddRange(TasksAdded.Select(t => $"New task “{t.Name}”: {Placed(t)}."));
        lines.AddRange(HandedOver.Select(t => $"“{t.Name}” is handed over now: {Placed(t)}."));
        lines.AddRange(Reassigned.Select(t => $"“{t.Name}” goes to {Placed(t)}."));
        lines.AddRange(TakenBack.Select(t => $"“{t.Name}” stays with you now."));
        lines.AddRange(TasksRemoved.Select(t => $"“{t.Name}” is no longer in the plan."));
        lines.AddRange(RolesAdded.Select(r => $"A new role: {RoleTitles.Of(r)}."));
        lines.AddRange(RolesDropped.Select(r => $"No {RoleTitles.Of(r)} is needed any more."));
        if (MonthlyCost.Changed)
        {
            lines.Add($"Monthly cost: {Money.Format(MonthlyCost.Before, Currency)} before, {Money.Format(MonthlyCost.After, Currency)} now.");
        }

        if (OneTimeCost.Changed)
        {
            lines.Add($"One-off cost: {Money.Format(OneTimeCost.Before, Currency)} before, {Money.Format(OneTimeCost.After, Currency)} now.");
        }

        if (Phases.Changed)
        {
            lines.Add($"Phases: {Phases.Before:0} before, {Phases.After:0} now.");
        }

        if (lines.Count == 0)
        {
            lines.Add("The same tasks go to the same people at the same cost; only details of the plan changed.");
        }

        return lines;
    }

    static string Placed(TaskChange t) => t.Role is { } role
        ? $"your {RoleTitles.Of(role)}{(t.Phase is { } p ? $", phase {p}" : "")}"
        : "it stays with you";

    static int PhaseCount(Plan plan) => plan.Tasks.Where(t => t.Role is not null).Select(t => t.Phase ?? 0).DefaultIfEmpty(0).Max();
}
