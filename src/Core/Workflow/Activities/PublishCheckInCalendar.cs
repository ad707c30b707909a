using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Security;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="PublishCheckInCalendar"/>.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Practice">Organizer and time zone.</param>
/// <param name="CheckIns">Each role's series; empty when nothing is handed over.</param>
/// <param name="Now">The orchestration's clock (the DTSTAMP).</param>
/// <param name="PlanCreatedAt">The plan's date, from which the email counts its revisit date; null (older inputs) uses <paramref name="Now"/>.</param>
/// <param name="CheckInDay">The owner's check-in weekday, which the revisit date falls on; null (older inputs) counts days only.</param>
/// <param name="ClinicalOnly">True when every task listed was clinical, so the revisit is about listing the admin.</param>
/// <param name="CheckInTime">The owner's check-in time, when the revisit starts; null (older inputs) is the intake's default.</param>
public sealed record CalendarRequest(string PlanId, Intake.Practice Practice, IReadOnlyList<CheckIn> CheckIns, DateTimeOffset Now, DateTimeOffset? PlanCreatedAt = null, DayOfWeek? CheckInDay = null, bool ClinicalOnly = false, TimeOnly? CheckInTime = null);

/// <summary>
/// Stage: write the check-ins as an <c>.ics</c> document the email attaches and the API serves. A plan whose
/// roles nobody has taken yet has no dated meeting, and an empty calendar is invalid, so it gets none (null):
/// each role's calendar goes out when its hire is registered.
/// </summary>
public sealed class PublishCheckInCalendar(CalendarStore calendars, PlanAliases aliases) : IWorkflowActivity<CalendarRequest, CalendarLink?>
{
    /// <inheritdoc />
    public async Task<CalendarLink?> RunAsync(CalendarRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CheckInCalendar.HasEvents(input.CheckIns))
        {
            return null;
        }

        var revisit = PlanEmailContent.RevisitOn(input.PlanCreatedAt ?? input.Now, input.Practice.TimeZone, input.CheckInDay, input.ClinicalOnly);
        // The hire imports these same events (their welcome carries the role's share), so the UIDs hold no plan id.
        var calendarId = await aliases.ForAsync(input.PlanId);
        var version = await calendars.SaveAsync(
            input.PlanId, sequence => CheckInCalendar.Write(calendarId, input.Practice, input.CheckIns, input.Now, sequence, revisit, input.ClinicalOnly, input.CheckInTime), cancellationToken);
        return new CalendarLink($"/api/plans/{input.PlanId}/calendar.ics", version);
    }
}
