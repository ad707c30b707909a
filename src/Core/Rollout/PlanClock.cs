namespace Delegation.Core.Rollout;

/// <summary>
/// Plan time against real time: plan time runs <see cref="RolloutSettings.TimeScale"/> times faster.
/// Every due date is kept in plan time (weeks, months, the practice's calendar) and turned into a
/// real timer only when the orchestration waits, so accelerated demos follow the same calendar.
/// </summary>
public sealed record PlanClock(DateTimeOffset RealEpoch, DateTimeOffset PlanEpoch, double Scale)
{
    /// <summary>Plan time at real time <paramref name="real"/>.</summary>
    public DateTimeOffset PlanTime(DateTimeOffset real) =>
        PlanEpoch + TimeSpan.FromTicks((long)((real - RealEpoch).Ticks * Scale));

    /// <summary>Real time at which plan time reaches <paramref name="plan"/>.</summary>
    public DateTimeOffset RealTime(DateTimeOffset plan) =>
        RealEpoch + TimeSpan.FromTicks((long)Math.Ceiling((plan - PlanEpoch).Ticks / Scale));
}
