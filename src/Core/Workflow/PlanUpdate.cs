using System.Text.Json.Serialization;
using Delegation.Core.Email;
using Delegation.Core.Hiring;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Delegation.Core.Workflow;

/// <summary>Input of <see cref="PlanUpdate"/>.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Intake">The validated intake as the owner sent it (task ids by position; the workflow carries them over).</param>
/// <param name="IntakeHash">Its <see cref="PlanVersionStore.HashOf"/>.</param>
/// <param name="Version">The version this update makes: the current one plus one.</param>
/// <param name="ReceivedAt">When the update was accepted.</param>
/// <param name="Settings">The rollout's pace, as the plan was started with.</param>
/// <param name="BaseIntake">For the first update of a plan, the intake version 1 was made from (no record of it exists yet); otherwise null.</param>
public sealed record PlanUpdateRequest(string PlanId, Intake.Intake Intake, string IntakeHash, int Version, DateTimeOffset ReceivedAt,
    RolloutSettings? Settings = null, Intake.Intake? BaseIntake = null);

/// <summary>How an update ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanUpdateOutcome>))]
public enum PlanUpdateOutcome
{
    /// <summary>The new version is stored, the rollout follows it and the emails went out.</summary>
    Updated,
    /// <summary>Nothing was changed: the plan moved on (another version, a pause, a cancel) before the update could start.</summary>
    Skipped,
}

/// <summary>
/// The owner's update of a running plan, from the new intake to version n+1 and its emails. Its own orchestration beside
/// the rollout, with a fixed instance id per plan, version and intake (<see cref="InstanceId"/>): the same update sent twice
/// is started once. The rollout is told by an event (<see cref="ApplyPlanUpdate"/>, raised from an activity, as every
/// start and raise here is), so hires, reached phases and check-ins go on where they are. Deterministic: I/O only in activities.
/// </summary>
public static class PlanUpdate
{
    /// <summary>The update's instance id: the plan, the version it makes, the intake's hash and the attempt (a failed one is never reused).</summary>
    public static string InstanceId(string planId, int version, string intakeHash, int attempt = 1) =>
        $"{planId}-update-v{version}-{intakeHash}" + (attempt > 1 ? $"-{attempt}" : "");

    /// <summary>Works out version n+1, keeps the rollout's state, stores it and tells the owner and each hire whose work changed.</summary>
    public static async Task<PlanUpdateOutcome> RunAsync(TaskOrchestrationContext context, PlanUpdateRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var log = context.CreateReplaySafeLogger(nameof(PlanUpdate));

        var basis = await context.CallActivityAsync<PlanUpdateBasis>(nameof(LoadPlanUpdate), request, WorkflowRetries.Io);
        if (basis.Skip is { } reason)
        {
            log.LogWarning("Plan {PlanId}: update to version {Version} skipped: {Reason}", request.PlanId, request.Version, reason);
            return PlanUpdateOutcome.Skipped;
        }

        var intake = basis.Intake!;
        var ranked = await context.CallActivityAsync<IReadOnlyList<RankedTask>>(nameof(RankTasks), intake);
        var match = await context.CallActivityAsync<MatchResult>(nameof(MatchSupport), new MatchRequest(intake, ranked, request.ReceivedAt, request.Settings?.CheckInsPerPhase));
        // Work already handed over stays in its phase; the rest joins the phases after the current one.
        var fitted = UpdatePhases.Fit(match.Match.Assignments, basis.HandedOver, basis.CurrentPhase);
        var reached = basis.CurrentPhase == 0 && fitted.Count > 0 ? 1 : basis.CurrentPhase;
        // The notes about what phase 1 holds were written for a plan starting now; a rollout under way is past them.
        var chosen = basis.CurrentPhase == 0 ? match.Match with { Assignments = fitted }
            : match.Match with { Assignments = fitted, Phase1Note = null, LaterPhasesNote = null };

        var tasks = ranked.Select(r => r.Task).ToList();
        var byId = tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var delegated = chosen.Assignments.Select(a => new SopTask(byId[a.TaskId], a.Role, a.Phase)).ToList();
        var assigned = delegated.Select(d => d.Task.TaskId).ToHashSet(StringComparer.Ordinal);
        var kept = tasks.Where(t => !assigned.Contains(t.TaskId)).ToList();
        var sops = await context.CallActivityAsync<IReadOnlyList<SopLink>>(nameof(GenerateSops),
            new SopRequest(request.PlanId, intake.Practice, delegated, kept, intake.Budget.Currency, KeepAmendments: true), WorkflowRetries.Io);

        var roles = chosen.SupportMix.Select(s => s.Role).ToList();
        var checkIns = await context.CallActivityAsync<IReadOnlyList<CheckIn>>(nameof(ScheduleCheckIns), new CheckInRequest(
            roles, intake.Practice.TimeZone, intake.Preferences.CheckInDay, context.CurrentUtcDateTime, delegated,
            intake.Preferences.CheckInTimeOrDefault, intake.Practice.Country,
            [.. chosen.SupportMix.Where(s => s.HoursPerWeek == 0 && s.OneTimeHours > 0).Select(s => s.Role)]));
        var calendar = await context.CallActivityAsync<CalendarLink?>(nameof(PublishCheckInCalendar),
            new CalendarRequest(request.PlanId, intake.Practice, checkIns, context.CurrentUtcDateTime, basis.CreatedAt, intake.Preferences.CheckInDay,
                ClinicalOnly.All(intake.Tasks.Select(t => t.Category)), intake.Preferences.CheckInTimeOrDefault,
                [.. basis.Hired.Where(h => roles.Contains(h.Role))]), WorkflowRetries.Io);

        var briefs = HiringBrief.ForEachRole(chosen, tasks, checkIns);
        var kits = await context.CallActivityAsync<IReadOnlyList<HiringKitLink>>(nameof(GenerateHiringKits),
            new HiringKitRequest(request.PlanId, intake.Practice, intake.Budget.Currency, briefs, tasks), WorkflowRetries.Io);

        // The plan keeps its first date (its links are counted from it); the version record holds this one's.
        var plan = PlanComposer.Compose(request.PlanId, basis.CreatedAt, intake, ranked, chosen, match.Roles, sops, checkIns, PlanStatus.Active, PlanStage.PlanSent)
            with { Calendar = calendar, HiringKits = kits, Version = request.Version };
        var at = context.CurrentUtcDateTime;
        var shape = await context.CallActivityAsync<RolloutShape>(nameof(SavePlanUpdate),
            new PlanUpdateRecord(plan, request.IntakeHash, request.Intake, reached, at, request.BaseIntake), WorkflowRetries.Io);

        // The rollout applies the new shape (and writes to each hire whose work changed) before the owner reads about it.
        var told = await context.CallActivityAsync<IReadOnlyList<string>>(nameof(ApplyPlanUpdate), new RolloutUpdate(request.PlanId, shape), WorkflowRetries.Io);
        var outcome = await context.CallActivityAsync<EmailSendOutcome>(nameof(SendPlanUpdateEmail),
            new PlanUpdateEmail(request.PlanId, request.Version, basis.CurrentPhase, told, at), WorkflowRetries.Email);
        log.LogInformation("Plan {PlanId} updated to version {Version} ({Outcome}); {Told} hires told", request.PlanId, request.Version, outcome, told.Count);
        return PlanUpdateOutcome.Updated;
    }
}
