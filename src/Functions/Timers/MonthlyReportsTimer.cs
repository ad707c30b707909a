using Delegation.Api;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Timers;

/// <summary>The monthly timer: starts the reports for the month just ended.</summary>
public sealed class MonthlyReportsTimer(ReportsApi api)
{
    /// <summary>Fires on the app setting <c>Reports:Schedule</c> (<c>Reports__Schedule</c>; six-field NCRONTAB, UTC).</summary>
    [Function(nameof(MonthlyReportsTimer))]
    public Task RunAsync(
        [TimerTrigger("%Reports:Schedule%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        api.StartScheduledAsync(client, cancellationToken);
}
