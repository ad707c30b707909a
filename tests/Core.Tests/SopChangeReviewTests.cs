using Delegation.Core.Planning;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Sops;
using Delegation.Core.Workflow;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Delegation.Core.Tests;

/// <summary>The review orchestration against a scripted context: which emails go, in what order, and what the SOP stage is asked.</summary>
public sealed class SopChangeReviewTests
{
    static readonly SopChangeReviewRequest Request = new(Samples.PlanId, "VirtualAssistant-3", "t1", SupportRole.VirtualAssistant,
        new DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com"), Samples.Now, Samples.Now.AddDays(30));

    [Fact]
    public async Task Approved_AmendsTheSop_ThenSendsTheDelegateThatVersion()
    {
        var context = new ScriptedContext(new SopChangeDecision(true, "Edited text", "why"));

        var outcome = await SopChangeReview.RunAsync(context, Request);

        Assert.Equal(SopChangeOutcome.Approved, outcome);
        Assert.Equal([nameof(SendNotice), nameof(AmendSop), nameof(SendNotice)], context.Calls.Select(c => c.Name));
        var proposed = Assert.IsType<RolloutNotice>(context.Calls[0].Input);
        Assert.Equal((NoticeKind.SopChangeProposed, false, "sopchange-virtualassistant-3-proposed"), (proposed.Kind, proposed.ToDelegate, proposed.MessageKey));
        Assert.Equal(Request.LinkExpiresAt, proposed.LinkExpiresAt);
        var amend = Assert.IsType<AmendSopRequest>(context.Calls[1].Input);
        Assert.Equal(("t1", "Edited text", context.CurrentUtcDateTime), (amend.TaskId, amend.Decision.Text, amend.DecidedAt));
        var approved = Assert.IsType<RolloutNotice>(context.Calls[2].Input);
        Assert.Equal((NoticeKind.SopChangeApproved, true, 4, "sopchange-virtualassistant-3-approved"), (approved.Kind, approved.ToDelegate, approved.SopVersion, approved.MessageKey));
    }

    [Fact]
    public async Task Rejected_LeavesTheSopAlone_AndTellsTheDelegate()
    {
        var context = new ScriptedContext(new SopChangeDecision(false));

        var outcome = await SopChangeReview.RunAsync(context, Request);

        Assert.Equal(SopChangeOutcome.Rejected, outcome);
        Assert.Equal([nameof(SendNotice), nameof(SendNotice)], context.Calls.Select(c => c.Name));
        Assert.Equal(NoticeKind.SopChangeRejected, Assert.IsType<RolloutNotice>(context.Calls[1].Input).Kind);
    }

    [Fact]
    public async Task NoDecisionBeforeTheLinkExpires_EndsWithTheOwnersEmailOnly()
    {
        var context = new ScriptedContext(decision: null);

        var outcome = await SopChangeReview.RunAsync(context, Request);

        Assert.Equal(SopChangeOutcome.Expired, outcome);
        Assert.Equal([nameof(SendNotice)], context.Calls.Select(c => c.Name));
        Assert.Equal(Request.LinkExpiresAt.UtcDateTime, context.TimerAt);
    }

    /// <summary>A decision that has arrived (or a timer that fires when there is none); activities answer at once.</summary>
    sealed class ScriptedContext(SopChangeDecision? decision) : TaskOrchestrationContext
    {
        public List<(string Name, object? Input)> Calls { get; } = [];

        public DateTime? TimerAt { get; private set; }

        public override TaskName Name => nameof(SopChangeReview);

        public override string InstanceId => SopChangeReview.InstanceId(Samples.PlanId, "VirtualAssistant-3");

        public override ParentOrchestrationInstance? Parent => null;

        public override DateTime CurrentUtcDateTime => new(2026, 3, 4, 15, 0, 0, DateTimeKind.Utc);

        public override bool IsReplaying => false;

        protected override ILoggerFactory LoggerFactory => NullLoggerFactory.Instance;

        public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
        {
            Calls.Add((name.Name, input));
            object result = name.Name == nameof(AmendSop) ? 4 : EmailSendOutcome.Sent;
            return Task.FromResult((TResult)result);
        }

        public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
        {
            Assert.Equal(SopChangeReview.DecisionEvent, eventName);
            return decision is null ? new TaskCompletionSource<T>().Task : Task.FromResult((T)(object)decision);
        }

        public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
        {
            TimerAt = fireAt;
            return decision is null ? Task.CompletedTask : new TaskCompletionSource().Task;
        }

        public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null) =>
            throw new NotSupportedException();

        public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) => throw new NotSupportedException();

        public override T GetInput<T>() => throw new NotSupportedException();

        public override Guid NewGuid() => throw new NotSupportedException();

        public override void SendEvent(string instanceId, string eventName, object payload) => throw new NotSupportedException();

        public override void SetCustomStatus(object? customStatus) => throw new NotSupportedException();
    }
}
