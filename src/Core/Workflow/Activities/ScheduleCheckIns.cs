using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="ScheduleCheckIns"/>.</summary>
/// <param name="Roles">Engaged roles.</param>
/// <param name="TimeZone">The practice's IANA time zone.</param>
/// <param name="CheckInDay">The weekday the practice meets on.</param>
/// <param name="Now">The orchestration's clock; unused since series are dated when each hire is registered, kept so recorded inputs still read.</param>
/// <param name="Tasks">The delegated tasks and their owners, whose SOP KPIs make up each check-in's agenda.</param>
/// <param name="CheckInTime">Local time of day check-ins start; null (inputs recorded before it existed) is the intake's default.</param>
/// <param name="Country">The practice's country (ISO 3166-1 alpha-2), whose public holidays are skipped; null skips none.</param>
/// <param name="ProjectOnly">Roles that only do one-off projects, which meet until the hand-over and then stop.</param>
public sealed record CheckInRequest(
    IReadOnlyList<SupportRole> Roles, string TimeZone, DayOfWeek CheckInDay, DateTimeOffset Now, IReadOnlyList<SopTask>? Tasks = null,
    TimeOnly? CheckInTime = null, string? Country = null, IReadOnlyList<SupportRole>? ProjectOnly = null);

/// <summary>Stage: one undated check-in series per engaged role (the rule its kickoff follows, first weeks, usual cadence), with an agenda from the SOPs' KPIs.</summary>
public sealed class ScheduleCheckIns : IWorkflowActivity<CheckInRequest, IReadOnlyList<CheckIn>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<CheckIn>> RunAsync(CheckInRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reviews = (input.Tasks ?? [])
            .GroupBy(t => t.Role)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<KpiReview>)g.Select(t => new KpiReview(t.Task.TaskId, t.Task.Name, SopWriter.KpisOf(t.Task, t.Role))).ToList());
        var calendar = MeetingCalendar.For(input.TimeZone, input.CheckInTime ?? Intake.Preferences.DefaultCheckInTime, input.Country);
        var kinds = (input.Tasks ?? []).GroupBy(t => t.Role)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(t => SopWriter.KindOf(t.Task)).ToHashSet(StringComparer.Ordinal));
        return Task.FromResult(CheckInScheduler.Schedule(input.Roles, calendar, input.CheckInDay, reviews, (input.ProjectOnly ?? []).ToHashSet(), kinds));
    }
}
