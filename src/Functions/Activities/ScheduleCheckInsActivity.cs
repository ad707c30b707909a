using Delegation.Core.Planning;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="ScheduleCheckIns"/> stage as a Functions activity.</summary>
public sealed class ScheduleCheckInsActivity(ScheduleCheckIns activity)
{
    /// <summary>Schedules one recurring check-in per engaged role.</summary>
    [Function(nameof(ScheduleCheckIns))]
    public Task<IReadOnlyList<CheckIn>> RunAsync([ActivityTrigger] CheckInRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
