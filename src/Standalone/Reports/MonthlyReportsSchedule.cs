using Cronos;
using Delegation.Api;
using Delegation.Core.Reports;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Delegation.Standalone.Reports;

/// <summary>
/// The standalone host's timer: on each occurrence of <c>Reports:Schedule</c> (six-field CRON, UTC, as the
/// Functions timer reads it) start the reports for the month just ended. A missed occurrence (host down) is not
/// made up here; the admin call runs any month on demand.
/// </summary>
internal sealed partial class MonthlyReportsSchedule(
    IOptions<ReportsOptions> options, ReportsApi reports, DurableTaskClient client, TimeProvider time, ILogger<MonthlyReportsSchedule> log)
    : BackgroundService
{
    /// <summary>The parsed schedule; throws on a malformed one, so a bad setting stops the host at start.</summary>
    public static CronExpression Parse(string schedule) => CronExpression.Parse(schedule, CronFormat.IncludeSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cron = Parse(options.Value.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = cron.GetNextOccurrence(time.GetUtcNow(), TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            LogNext(next.Value);
            // Task.Delay caps a single wait at about 49 days; a monthly schedule stays well inside it.
            await Task.Delay(next.Value - time.GetUtcNow() is { Ticks: > 0 } wait ? wait : TimeSpan.Zero, time, stoppingToken);
            try
            {
                await reports.StartScheduledAsync(client, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed start must not end the schedule; the next occurrence or the admin call can run it.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly reports next start at {At:u}")]
    partial void LogNext(DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Error, Message = "Monthly reports could not be started")]
    partial void LogFailed(Exception ex);
}
