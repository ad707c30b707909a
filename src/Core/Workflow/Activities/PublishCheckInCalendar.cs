using Delegation.Core.Calendar;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="PublishCheckInCalendar"/>; <paramref name="Now"/> is the orchestration's clock (the DTSTAMP).</summary>
public sealed record CalendarRequest(string PlanId, Intake.Practice Practice, IReadOnlyList<CheckIn> CheckIns, DateTimeOffset Now);

/// <summary>Stage: write the check-ins as an <c>.ics</c> document the email attaches and the API serves.</summary>
public sealed class PublishCheckInCalendar(CalendarStore calendars) : IWorkflowActivity<CalendarRequest, CalendarLink>
{
    /// <inheritdoc />
    public async Task<CalendarLink> RunAsync(CalendarRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var version = await calendars.SaveAsync(
            input.PlanId, sequence => CheckInCalendar.Write(input.PlanId, input.Practice, input.CheckIns, input.Now, sequence), cancellationToken);
        return new CalendarLink($"/api/plans/{input.PlanId}/calendar.ics", version);
    }
}
