using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Delegation.Core.Workflow;

/// <summary>
/// The months after the plan email: hire reminders, check-in reminders, recorded outcomes and the
/// staged rollout. An eternal orchestration: each generation handles one wake-up (a timer or an
/// event), then continues as new with the state, so history never grows. Its instance id is
/// <c>{planId}-rollout</c>; <see cref="DelegationPlan"/> starts it once, through the <see cref="StartRollout"/> activity.
/// </summary>
public static class PlanRollout
{
    /// <summary>The rollout instance id of a plan.</summary>
    public static string InstanceId(string planId) => $"{planId}-rollout";

    /// <summary>Runs one generation: catch up on what is due, wait for the next thing, handle it, continue as new.</summary>
    public static async Task<PlanStatus> RunAsync(TaskOrchestrationContext context, RolloutState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);

        // Timers can fire late (a stopped host, a busy queue): perform everything already due first.
        var (caughtUp, dueNotices) = RolloutMachine.Tick(state, state.Clock.PlanTime(context.CurrentUtcDateTime));
        state = caughtUp;
        // Publish first, email second: a link clicked the moment its email arrives must find its check-in open.
        await context.CallActivityAsync<bool>(nameof(SaveRollout), RolloutSnapshot.Of(state), WorkflowRetries.Io);
        await SendAsync(context, dueNotices);
        if (state.IsOver)
        {
            return state.Status;
        }

        var wake = RolloutMachine.NextDue(state);
        using var stop = new CancellationTokenSource();
        // A cancellable wait: if the timer wins, the abandoned wait is cancelled and cannot consume a later event.
        var nextEvent = context.WaitForExternalEvent<PlanEvent>(PlanEvents.Name, stop.Token);
        _ = wake is { } at
            ? await Task.WhenAny(nextEvent, context.CreateTimer(state.Clock.RealTime(at).UtcDateTime, stop.Token))
            : await Task.WhenAny(nextEvent);
        // Synchronous on purpose: CancelAsync would resume this orchestrator off its own scheduler, outside the replay.
#pragma warning disable CA1849
        stop.Cancel();
#pragma warning restore CA1849

        // The timer and an event can complete in the same batch: an event delivered to this wait counts as
        // processed, so it must be applied here even when the timer won, or ContinueAsNew would drop it.
        if (nextEvent.IsCompletedSuccessfully)
        {
            var (changed, notices) = RolloutMachine.Apply(state, await nextEvent, state.Clock.PlanTime(context.CurrentUtcDateTime));
            state = changed;
            await context.CallActivityAsync<bool>(nameof(SaveRollout), RolloutSnapshot.Of(state), WorkflowRetries.Io);
            await SendAsync(context, notices);
            if (state.IsOver)
            {
                return state.Status;
            }
        }

        // Events that arrived meanwhile are carried into the next generation, not dropped.
        context.ContinueAsNew(state, preserveUnprocessedEvents: true);
        return state.Status;
    }

    static async Task SendAsync(TaskOrchestrationContext context, IReadOnlyList<RolloutNotice> notices) =>
        await Task.WhenAll(notices.Select(n => SendOneAsync(context, n)));

    // One email that fails after its retries must not end a plan that runs for months: log it and go on.
    static async Task SendOneAsync(TaskOrchestrationContext context, RolloutNotice notice)
    {
        try
        {
            await context.CallActivityAsync<Ports.EmailSendOutcome>(nameof(SendNotice), notice, WorkflowRetries.Email);
        }
        catch (TaskFailedException ex)
        {
            context.CreateReplaySafeLogger(nameof(PlanRollout)).LogError(
                "Plan {PlanId}: {Kind} email {Key} could not be sent: {Error}", notice.PlanId, notice.Kind, notice.MessageKey, ex.FailureDetails.ErrorMessage);
        }
    }
}
