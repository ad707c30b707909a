using Delegation.Core.Planning;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="ScheduleCheckIns"/>; <paramref name="Now"/> is the orchestration's replay-safe clock.</summary>
public sealed record CheckInRequest(IReadOnlyList<SupportRole> Roles, string TimeZone, DayOfWeek CheckInDay, DateTimeOffset Now);

/// <summary>Stage: one recurring check-in per engaged role.</summary>
public sealed class ScheduleCheckIns : IWorkflowActivity<CheckInRequest, IReadOnlyList<CheckIn>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<CheckIn>> RunAsync(CheckInRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(CheckInScheduler.Schedule(input.Roles, input.TimeZone, input.CheckInDay, input.Now));
    }
}
