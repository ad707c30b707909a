namespace Delegation.Core.Rollout;

/// <summary>
/// How the rollout paces itself, bound from <c>Workflow</c>. Each plan keeps a snapshot
/// (<see cref="RolloutSettings"/>) taken when it starts, so a changed setting never alters the
/// timers of a running orchestration (which would break replay).
/// </summary>
public sealed class WorkflowOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Workflow";

    /// <summary>Divides every workflow delay: 10080 makes a week pass in a minute (demos, tests).</summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>Wait before reminding the practice to register who they hired for a role.</summary>
    public TimeSpan HireReminderDelay { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Hire reminders per role before waiting quietly.</summary>
    public int MaxHireReminders { get; set; } = 2;

    /// <summary>How long before a check-in its reminder goes out.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long after a check-in its outcome may arrive before it counts as missed.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Consecutive on-track, ready-for-more check-ins that start the next phase.</summary>
    public int CheckInsPerPhase { get; set; } = 2;

    /// <summary>How long a check-in link stays valid.</summary>
    public TimeSpan LinkExpiry { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The snapshot a new plan runs with.</summary>
    public RolloutSettings Snapshot() =>
        new(TimeScale, HireReminderDelay, MaxHireReminders, ReminderLead, GracePeriod, CheckInsPerPhase, LinkExpiry);
}

/// <summary>The rollout settings one plan runs with, fixed when it starts.</summary>
public sealed record RolloutSettings(
    double TimeScale,
    TimeSpan HireReminderDelay,
    int MaxHireReminders,
    TimeSpan ReminderLead,
    TimeSpan GracePeriod,
    int CheckInsPerPhase,
    TimeSpan LinkExpiry)
{
    /// <summary>Defaults, for plans started before settings were snapshotted.</summary>
    public static RolloutSettings Default { get; } = new WorkflowOptions().Snapshot();
}
