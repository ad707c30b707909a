using Delegation.Core.Intake;

namespace Delegation.Core.Plans;

/// <summary>
/// Keeps a task's id across plan versions. The intake numbers tasks by position ("t1", "t2", …), so an owner who removes
/// the second task would otherwise shift every later one onto another task's SOP, sealed links and check-in history.
/// An update matches each task by its name to the version before and keeps that task's id; a task new in this version gets
/// an id that names the version ("v2-t1"), which no earlier version can have used.
/// </summary>
public static class TaskIdentity
{
    /// <summary><paramref name="intake"/> with each task's id carried over from <paramref name="before"/> where the names match.</summary>
    /// <param name="intake">The validated intake of the update.</param>
    /// <param name="before">The plan's current version.</param>
    /// <param name="version">The version the update makes.</param>
    public static Intake.Intake Carry(Intake.Intake intake, Plan before, int version)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(before);
        // Per name, the earlier ids in order: two tasks of one name keep their two ids.
        var free = before.Tasks
            .GroupBy(t => Key(t.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<string>(g.Select(t => t.TaskId)), StringComparer.Ordinal);
        var fresh = 0;
        var tasks = intake.Tasks.Select(t =>
        {
            var id = free.TryGetValue(Key(t.Name), out var ids) && ids.Count > 0 ? ids.Dequeue() : $"v{version}-t{++fresh}";
            return t with { TaskId = id };
        }).ToList();
        return intake with { Tasks = tasks };
    }

    // Case, spacing and surrounding blanks do not make another task.
    static string Key(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
