using Delegation.Core.Calendar;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Delegation.Core.Workflow;
using Delegation.Core.Workflow.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Delegation.Core;

/// <summary>Registers the domain and the workflow's stages; adapters for the ports are registered by the host.</summary>
public static class DependencyInjection
{
    /// <summary>Adds options, stores and every workflow activity.</summary>
    public static IServiceCollection AddDelegationCore(this IServiceCollection services)
    {
        services.AddOptions<PlanningOptions>().BindConfiguration(PlanningOptions.Section);
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section)
            .Validate(o => o.BaseUrl.IsAbsoluteUri && o.BaseUrl.AbsoluteUri.EndsWith('/'), "App:BaseUrl must be absolute and end with '/'.")
            .ValidateOnStart();

        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<PlanIds>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<SopStore>();
        services.AddSingleton<CalendarStore>();
        services.AddSingleton<RankTasks>();
        services.AddSingleton<MatchSupport>();
        services.AddSingleton<GenerateSops>();
        services.AddSingleton<Hiring.HiringKitStore>();
        services.AddSingleton<GenerateHiringKits>();
        services.AddSingleton<ScheduleCheckIns>();
        services.AddSingleton<PublishCheckInCalendar>();
        services.AddSingleton<SavePlan>();
        services.AddSingleton<SendPlanEmail>();
        services.AddSingleton<SendNotice>();
        services.AddSingleton<SaveRollout>();
        services.AddSingleton<StartRollout>();
        services.AddSingleton<LinkTokens>();
        services.AddSingleton<Rollout.RolloutStore>();
        services.AddSingleton<Reports.ReportStore>();
        services.AddSingleton<ListPlanIds>();
        services.AddSingleton<BuildMonthlyReport>();
        services.AddSingleton<Reports.PracticeStatusReader>();
        services.AddSingleton<SendReportSummary>();
        services.AddOptions<Reports.ReportsOptions>().BindConfiguration(Reports.ReportsOptions.Section)
            .Validate(o => o.BatchSize is >= 1 and <= MonthlyReports.MaxBatchSize && o.MaxParallel >= 1, "Reports:BatchSize must be 1–100 and Reports:MaxParallel at least 1.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<Rollout.WorkflowOptions>().BindConfiguration(Rollout.WorkflowOptions.Section)
            .Validate(o => o.TimeScale >= 1 && o.CheckInsPerPhase >= 1 && o.MaxHireReminders >= 0, "Workflow settings out of range: TimeScale ≥ 1, CheckInsPerPhase ≥ 1.")
            .ValidateOnStart();
        return services;
    }
}
