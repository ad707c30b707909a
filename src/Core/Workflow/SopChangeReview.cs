using Delegation.Core.Planning;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Sops;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Delegation.Core.Workflow;

/// <summary>Input of <see cref="SopChangeReview"/>: ids and the people to write to; the proposal's text stays in storage.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ChangeId">The check-in the change was proposed at.</param>
/// <param name="TaskId">The task whose SOP would change.</param>
/// <param name="Role">The role doing that task.</param>
/// <param name="Delegate">Who took the role, to send the outcome to; null when the rollout could not say.</param>
/// <param name="CheckInAt">When the check-in met (plan time), for the emails' words.</param>
/// <param name="LinkExpiresAt">Until when the owner's review link works, and the review waits.</param>
public sealed record SopChangeReviewRequest(string PlanId, string ChangeId, string TaskId, SupportRole Role, DelegateInfo? Delegate,
    DateTimeOffset? CheckInAt, DateTimeOffset LinkExpiresAt);

/// <summary>Where a review ended.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SopChangeOutcome>))]
public enum SopChangeOutcome
{
    /// <summary>The SOP has a new version with the change.</summary>
    Approved,
    /// <summary>The SOP stays as it is.</summary>
    Rejected,
    /// <summary>The link expired undecided.</summary>
    Expired,
}

/// <summary>
/// One SOP change proposed at a check-in, from the owner's review email to the delegate's new version or a kind no.
/// Its own orchestration beside the rollout (<c>{planId}-sopchange-{checkInId}</c>), started once by the API that
/// recorded the check-in: it waits for one decision, so it needs no eternal loop, and the rollout's state stays small.
/// </summary>
public static class SopChangeReview
{
    /// <summary>The external event that carries the owner's <see cref="SopChangeDecision"/>.</summary>
    public const string DecisionEvent = "SopChangeDecision";

    /// <summary>How long the owner's review link works, and the review waits for it.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(30);

    /// <summary>The instance id of the review of the change proposed at <paramref name="changeId"/>: fixed, so a retry starts it once.</summary>
    public static string InstanceId(string planId, string changeId) => $"{planId}-sopchange-{changeId.ToLowerInvariant()}";

    /// <summary>Emails the owner, waits for the decision (or the link's expiry), then changes the SOP and tells the delegate.</summary>
    public static async Task<SopChangeOutcome> RunAsync(TaskOrchestrationContext context, SopChangeReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var key = $"sopchange-{request.ChangeId.ToLowerInvariant()}";
        RolloutNotice Notice(NoticeKind kind, string suffix, bool toDelegate, int? version = null) => new(
            request.PlanId, kind, $"{key}-{suffix}", toDelegate, request.Role, request.Delegate, request.ChangeId, request.CheckInAt,
            LinkExpiresAt: request.LinkExpiresAt, TaskId: request.TaskId, SopVersion: version);

        await context.CallActivityAsync<EmailSendOutcome>(nameof(SendNotice), Notice(NoticeKind.SopChangeProposed, "proposed", false), WorkflowRetries.Email);

        using var stop = new CancellationTokenSource();
        // A cancellable wait raced against the link's expiry: the loser is cancelled, so nothing lingers after the review ends.
        var decided = context.WaitForExternalEvent<SopChangeDecision>(DecisionEvent, stop.Token);
        await Task.WhenAny(decided, context.CreateTimer(request.LinkExpiresAt.UtcDateTime, stop.Token));
        // Synchronous on purpose, as in PlanRollout: CancelAsync would resume this orchestrator off its own scheduler.
#pragma warning disable CA1849
        stop.Cancel();
#pragma warning restore CA1849
        if (!decided.IsCompletedSuccessfully)
        {
            return SopChangeOutcome.Expired;
        }

        var decision = await decided;
        var outcome = decision.Approve ? SopChangeOutcome.Approved : SopChangeOutcome.Rejected;
        int? version = decision.Approve
            ? await context.CallActivityAsync<int>(nameof(AmendSop),
                new AmendSopRequest(request.PlanId, request.ChangeId, request.TaskId, decision, context.CurrentUtcDateTime), WorkflowRetries.Io)
            : null;
        if (request.Delegate is null)
        {
            context.CreateReplaySafeLogger(nameof(SopChangeReview)).LogWarning(
                "Plan {PlanId}: SOP change {ChangeId} {Outcome}, but the rollout named no delegate to tell", request.PlanId, request.ChangeId, outcome);
            return outcome;
        }

        await context.CallActivityAsync<EmailSendOutcome>(nameof(SendNotice), decision.Approve
            ? Notice(NoticeKind.SopChangeApproved, "approved", true, version)
            : Notice(NoticeKind.SopChangeRejected, "rejected", true), WorkflowRetries.Email);
        return outcome;
    }
}
