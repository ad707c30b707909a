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
/// <param name="Hired">In a plan update, the roles already taken and where their series is anchored: their check-ins are dated from
/// there, as the hire's own calendar file is, so the plan's calendar updates the same events; null for a new plan.</param>
public sealed record CalendarRequest(string PlanId, Intake.Practice Practice, IReadOnlyList<CheckIn> CheckIns, DateTimeOffset Now, DateTimeOffset? PlanCreatedAt = null, DayOfWeek? CheckInDay = null, bool ClinicalOnly = false, TimeOnly? CheckInTime = null,
    IReadOnlyList<RoleAnchor>? Hired = null);

/// <summary>Where a hired role's series is anchored: its kickoff date and local meeting time, as the rollout keeps them.</summary>
public sealed record RoleAnchor(SupportRole Role, DateOnly KickoffDate, TimeOnly MeetingTime);

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
        var checkIns = Dated(input);
        if (!CheckInCalendar.HasEvents(checkIns))
        {
            return null;
        }

        var revisit = PlanEmailContent.RevisitOn(input.PlanCreatedAt ?? input.Now, input.Practice.TimeZone, input.CheckInDay, input.ClinicalOnly);
        // The hire imports these same events (their welcome carries the role's share), so the UIDs hold no plan id.
        var calendarId = await aliases.ForAsync(input.PlanId);
        // A hire's welcome carried their series at SEQUENCE 0: an update's calendar goes above it.
        var version = await calendars.SaveAsync(
            input.PlanId, sequence => CheckInCalendar.Write(calendarId, input.Practice, checkIns, input.Now, sequence, revisit, input.ClinicalOnly, input.CheckInTime),
            input.Hired is { Count: > 0 } ? 0 : null, cancellationToken);
        return new CalendarLink($"/api/plans/{input.PlanId}/calendar.ics", version);
    }

    // A role already taken meets on the series its hire registration anchored; the others are not dated yet.
    static IReadOnlyList<CheckIn> Dated(CalendarRequest input)
    {
        if (input.Hired is not { Count: > 0 } hired)
        {
            return input.CheckIns;
        }

        return [.. input.CheckIns.Select(c => hired.FirstOrDefault(h => h.Role == c.Role) is { } anchor
            ? CheckInScheduler.DatedFrom(c, MeetingCalendar.For(input.Practice.TimeZone, anchor.MeetingTime, input.Practice.Country),
                input.CheckInDay ?? anchor.KickoffDate.DayOfWeek, anchor.KickoffDate)
            : c)];
    }
}
