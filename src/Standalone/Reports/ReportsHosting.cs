using Delegation.Core.Reports;

namespace Delegation.Standalone.Reports;

/// <summary>Registers the monthly reports' schedule.</summary>
internal static class ReportsHosting
{
    public static WebApplicationBuilder AddMonthlyReportsSchedule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportsOptions>()
            .Validate(o => IsValid(o.Schedule), "Reports:Schedule must be a six-field CRON expression (seconds first).")
            .ValidateOnStart();
        builder.Services.AddHostedService<MonthlyReportsSchedule>();
        return builder;
    }

    static bool IsValid(string schedule)
    {
        try
        {
            MonthlyReportsSchedule.Parse(schedule);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }
}
