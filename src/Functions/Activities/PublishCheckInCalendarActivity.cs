using Delegation.Core.Plans;
using Delegation.Core.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Delegation.Functions.Activities;

/// <summary>The <see cref="PublishCheckInCalendar"/> stage as a Functions activity.</summary>
public sealed class PublishCheckInCalendarActivity(PublishCheckInCalendar activity)
{
    /// <summary>Writes the check-ins as a versioned <c>.ics</c> document.</summary>
    [Function(nameof(PublishCheckInCalendar))]
    public Task<CalendarLink?> RunAsync([ActivityTrigger] CalendarRequest input, CancellationToken cancellationToken) =>
        activity.RunAsync(input, cancellationToken);
}
