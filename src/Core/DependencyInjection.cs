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
        services.AddOptions<PlanningOptions>().BindConfiguration(PlanningOptions.Section)
            .Validate(o => new[] { o.TimeWeight, o.StressWeight, o.LowConfidenceWeight, o.RepetitiveWeight }.All(w => double.IsFinite(w) && w >= 0),
                "Planning:TimeWeight, StressWeight, LowConfidenceWeight and RepetitiveWeight must be numbers of 0 or more.")
            .Validate(o => double.IsFinite(o.FullTimeHours) && o.FullTimeHours > 0, "Planning:FullTimeHours must be more than 0.")
            .Validate(o => o.Roles.Count > 0 && o.Roles.All(r => r.HourlyRate >= 0 && r.MinHoursPerWeek >= 0),
                "Planning:Roles must list at least one role, each with an HourlyRate and MinHoursPerWeek of 0 or more.")
            .ValidateOnStart();
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section)
            .Validate(o => o.BaseUrl.IsAbsoluteUri && o.BaseUrl.AbsoluteUri.EndsWith('/'), "App:BaseUrl must be absolute and end with '/'.")
            .ValidateOnStart();

        // Checked on start, not at the first signed link: a bad key would otherwise fail the first intake.
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .Validate(o => o.Problem() is null, SecurityOptions.KeyProblem)
            .ValidateOnStart();
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<PlanIds>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<SopStore>();
        services.AddSingleton<SopChangeStore>();
        services.AddSingleton<SopConfirmations>();
        services.AddSingleton<AmendSop>();
        services.AddSingleton<CalendarStore>();
        services.AddSingleton<PlanVersionStore>();
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
        services.AddSingleton<LoadPlanUpdate>();
        services.AddSingleton<SavePlanUpdate>();
        services.AddSingleton<ApplyPlanUpdate>();
        services.AddSingleton<SendPlanUpdateEmail>();
        services.AddSingleton<LinkTokens>();
        services.AddSingleton<PlanAliases>();
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
            .Validate(o => double.IsFinite(o.TimeScale) && o.TimeScale >= 1, "Workflow:TimeScale must be at least 1 (1 in production).")
            .Validate(o => o.CheckInsPerPhase >= 1, "Workflow:CheckInsPerPhase must be at least 1.")
            .Validate(o => o.MaxHireReminders >= 0, "Workflow:MaxHireReminders must be 0 or more.")
            .Validate(o => o.HireReminderDelay > TimeSpan.Zero && o.GracePeriod > TimeSpan.Zero && o.LinkExpiry > TimeSpan.Zero && o.ReminderLead >= TimeSpan.Zero,
                "Workflow:HireReminderDelay, GracePeriod and LinkExpiry must be positive, and ReminderLead not negative.")
            .ValidateOnStart();
        return services;
    }
}
