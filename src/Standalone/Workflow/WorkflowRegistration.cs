using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Reports;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow;
using Delegation.Core.Workflow.Activities;
using Microsoft.DurableTask;

namespace Delegation.Standalone.Workflow;

/// <summary>Registers Core's one workflow definition with the Durable Task SDK worker.</summary>
internal static class WorkflowRegistration
{
    public static DurableTaskRegistry AddDelegationWorkflow(this DurableTaskRegistry registry) => registry
        .AddOrchestratorFunc<PlanRequest, PlanProgress>(nameof(DelegationPlan), DelegationPlan.RunAsync)
        .AddActivity<StageActivity<RankTasks, Intake, IReadOnlyList<RankedTask>>>(nameof(RankTasks))
        .AddActivity<StageActivity<MatchSupport, MatchRequest, MatchResult>>(nameof(MatchSupport))
        .AddActivity<StageActivity<GenerateSops, SopRequest, IReadOnlyList<SopLink>>>(nameof(GenerateSops))
        .AddActivity<StageActivity<GenerateHiringKits, HiringKitRequest, IReadOnlyList<HiringKitLink>>>(nameof(GenerateHiringKits))
        .AddActivity<StageActivity<ScheduleCheckIns, CheckInRequest, IReadOnlyList<CheckIn>>>(nameof(ScheduleCheckIns))
        .AddActivity<StageActivity<PublishCheckInCalendar, CalendarRequest, CalendarLink?>>(nameof(PublishCheckInCalendar))
        .AddActivity<StageActivity<SavePlan, Plan, bool>>(nameof(SavePlan))
        .AddActivity<StageActivity<SendPlanEmail, string, EmailSendOutcome>>(nameof(SendPlanEmail))
        .AddOrchestratorFunc<RolloutState, PlanStatus>(nameof(PlanRollout), PlanRollout.RunAsync)
        .AddActivity<StageActivity<SendNotice, RolloutNotice, EmailSendOutcome>>(nameof(SendNotice))
        .AddActivity<StageActivity<SaveRollout, RolloutSnapshot, bool>>(nameof(SaveRollout))
        .AddActivity<StartRolloutActivity>(nameof(StartRollout))
        .AddOrchestratorFunc<SopChangeReviewRequest, SopChangeOutcome>(nameof(SopChangeReview), SopChangeReview.RunAsync)
        .AddActivity<StageActivity<AmendSop, AmendSopRequest, int>>(nameof(AmendSop))
        .AddOrchestratorFunc<PlanUpdateRequest, PlanUpdateOutcome>(nameof(PlanUpdate), PlanUpdate.RunAsync)
        .AddActivity<StageActivity<LoadPlanUpdate, PlanUpdateRequest, PlanUpdateBasis>>(nameof(LoadPlanUpdate))
        .AddActivity<StageActivity<SavePlanUpdate, PlanUpdateRecord, RolloutShape>>(nameof(SavePlanUpdate))
        .AddActivity<ApplyPlanUpdateActivity>(nameof(ApplyPlanUpdate))
        .AddActivity<StageActivity<SendPlanUpdateEmail, PlanUpdateEmail, EmailSendOutcome>>(nameof(SendPlanUpdateEmail))
        .AddOrchestratorFunc<MonthlyReportsRequest, ReportSummary>(nameof(MonthlyReports), MonthlyReports.RunAsync)
        .AddActivity<StageActivity<ListPlanIds, PlanIdPageRequest, DocumentPage>>(nameof(ListPlanIds))
        .AddActivity<StageActivity<BuildMonthlyReport, ReportRequest, ReportOutcome>>(nameof(BuildMonthlyReport))
        .AddActivity<StageActivity<SendReportSummary, SummaryRequest, EmailSendOutcome>>(nameof(SendReportSummary));
}

/// <summary>Adapts a Core stage service to the SDK's activity type; the worker resolves it from DI per call.</summary>
internal sealed class StageActivity<TStage, TInput, TOutput>(TStage stage) : TaskActivity<TInput, TOutput>
    where TStage : IWorkflowActivity<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => stage.RunAsync(input);
}

/// <summary>The rollout starter needs the Durable client, which the standalone host has in DI.</summary>
internal sealed class StartRolloutActivity(StartRollout stage, Microsoft.DurableTask.Client.DurableTaskClient client) : TaskActivity<RolloutState, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, RolloutState input) => stage.RunAsync(input, client);
}

/// <summary>The update's rollout event is raised with the Durable client, which the standalone host has in DI.</summary>
internal sealed class ApplyPlanUpdateActivity(ApplyPlanUpdate stage, Microsoft.DurableTask.Client.DurableTaskClient client) : TaskActivity<RolloutUpdate, IReadOnlyList<string>>
{
    public override Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, RolloutUpdate input) => stage.RunAsync(input, client);
}
