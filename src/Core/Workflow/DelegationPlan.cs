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

/// <summary>
/// The one definition of the plan workflow, run unchanged by the Functions app and the standalone host.
/// Deterministic: it reads time only from the context and does all I/O in activities.
/// </summary>
public static class DelegationPlan
{
    /// <summary>Activities that touch storage or email are retried; pure ones fail fast, a retry would fail the same way.</summary>
    /// <summary>Runs the plan from intake to the email in the owner's inbox.</summary>
    public static async Task<PlanProgress> RunAsync(TaskOrchestrationContext context, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var log = context.CreateReplaySafeLogger(nameof(DelegationPlan));
        var stage = PlanStage.RankingTasks;

        try
        {
            context.SetCustomStatus(new PlanProgress(PlanStatus.Planning, stage));
            var ranked = await context.CallActivityAsync<IReadOnlyList<RankedTask>>(nameof(RankTasks), request.Intake);

            stage = Advance(context, PlanStage.MatchingSupport);
            var match = await context.CallActivityAsync<MatchResult>(nameof(MatchSupport), new MatchRequest(request.Intake, ranked, request.ReceivedAt, request.Settings?.CheckInsPerPhase));

            stage = Advance(context, PlanStage.WritingSops);
            // The ranked tasks, not the intake's: the plan adds work of its own (credentialing a new associate) that needs an SOP and a kit too.
            var tasks = ranked.Select(r => r.Task).ToList();
            var byId = tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
            var delegated = match.Match.Assignments.Select(a => new SopTask(byId[a.TaskId], a.Role, a.Phase)).ToList();
            var assigned = delegated.Select(d => d.Task.TaskId).ToHashSet(StringComparer.Ordinal);
            var kept = tasks.Where(t => !assigned.Contains(t.TaskId)).ToList();
            var sops = await context.CallActivityAsync<IReadOnlyList<SopLink>>(
                nameof(GenerateSops), new SopRequest(request.PlanId, request.Intake.Practice, delegated, kept, request.Intake.Budget.Currency), WorkflowRetries.Io);

            stage = Advance(context, PlanStage.SchedulingCheckIns);
            var roles = match.Match.SupportMix.Select(s => s.Role).ToList();
            var checkIns = await context.CallActivityAsync<IReadOnlyList<CheckIn>>(nameof(ScheduleCheckIns), new CheckInRequest(
                roles, request.Intake.Practice.TimeZone, request.Intake.Preferences.CheckInDay, context.CurrentUtcDateTime, delegated,
                request.Intake.Preferences.CheckInTimeOrDefault, request.Intake.Practice.Country,
                [.. match.Match.SupportMix.Where(s => s.HoursPerWeek == 0 && s.OneTimeHours > 0).Select(s => s.Role)]));
            // With nothing to meet about, the calendar holds the revisit date the email names, counted from the plan's own date.
            // Nobody is hired yet, so a delegating plan has no dated meeting and no calendar (null); each hire's comes when it is registered.
            var calendar = await context.CallActivityAsync<CalendarLink?>(nameof(PublishCheckInCalendar),
                new CalendarRequest(request.PlanId, request.Intake.Practice, checkIns, context.CurrentUtcDateTime, request.ReceivedAt, request.Intake.Preferences.CheckInDay,
                    ClinicalOnly.All(request.Intake.Tasks.Select(t => t.Category)), request.Intake.Preferences.CheckInTimeOrDefault), WorkflowRetries.Io);

            // One kit per engaged role, stored beside the SOPs; its check-in is the one just scheduled.
            stage = Advance(context, PlanStage.WritingHiringKits);
            var briefs = HiringBrief.ForEachRole(match.Match, tasks, checkIns);
            var kits = await context.CallActivityAsync<IReadOnlyList<HiringKitLink>>(nameof(GenerateHiringKits),
                new HiringKitRequest(request.PlanId, request.Intake.Practice, request.Intake.Budget.Currency, briefs, tasks), WorkflowRetries.Io);

            stage = Advance(context, PlanStage.SendingPlan);
            var plan = PlanComposer.Compose(request.PlanId, request.ReceivedAt, request.Intake, ranked, match.Match, match.Roles,
                sops, checkIns, PlanStatus.Active, PlanStage.PlanSent) with { Calendar = calendar, HiringKits = kits };
            await context.CallActivityAsync<bool>(nameof(SavePlan), plan, WorkflowRetries.Io);
            // Publish first, email second: the manage link in the plan email must find the rollout's first snapshot.
            var rollout = RolloutMachine.Start(plan, request.Intake.Preferences.CheckInDay, request.Settings ?? RolloutSettings.Default, context.CurrentUtcDateTime,
                request.Intake.Preferences.CheckInTimeOrDefault);
            await context.CallActivityAsync<bool>(nameof(SaveRollout), RolloutSnapshot.Of(rollout), WorkflowRetries.Io);
            var outcome = await context.CallActivityAsync<EmailSendOutcome>(nameof(SendPlanEmail), request.PlanId, WorkflowRetries.Email);

            log.LogInformation("Plan {PlanId} sent ({Outcome}): {Delegated} of {Total} tasks delegated", request.PlanId, outcome, delegated.Count, ranked.Count);
            var sent = new PlanProgress(PlanStatus.Active, PlanStage.PlanSent);
            context.SetCustomStatus(sent);

            // The plan lives on for months in its own eternal orchestration, started once (fixed instance id).
            await context.CallActivityAsync<string>(nameof(StartRollout), rollout, WorkflowRetries.Io);
            return sent;
        }
        catch (TaskFailedException ex)
        {
            // Say where it stopped; the plan page shows this instead of spinning forever.
            log.LogError("Plan {PlanId} failed at {Stage}: {Error}", request.PlanId, stage, ex.FailureDetails.ErrorMessage);
            context.SetCustomStatus(new PlanProgress(PlanStatus.Failed, stage, "The plan could not be completed; please try again later."));
            throw;
        }
    }

    static PlanStage Advance(TaskOrchestrationContext context, PlanStage stage)
    {
        context.SetCustomStatus(new PlanProgress(PlanStatus.Planning, stage));
        return stage;
    }
}
