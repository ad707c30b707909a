using System.Text.Json;
using Delegation.Core.Plans;
using Delegation.Core.Ports;

namespace Delegation.Core.Reports;

/// <summary>Monthly reports in storage: <c>reports/{yyyy-MM}/{planId}.json</c> and <c>.html</c>, each written once.</summary>
public sealed class ReportStore(IDocumentStore documents)
{
    /// <summary>Storage path of a report.</summary>
    public static string PathOf(string month, string planId, string extension) => $"reports/{month}/{planId}.{extension}";

    /// <summary>Writes both copies if absent and returns what is stored: an earlier run's report wins, so a rerun changes nothing.</summary>
    public async Task<(MonthlyReport Report, string Html)> CreateOnceAsync(MonthlyReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var jsonPath = PathOf(report.Month, report.PlanId, "json");
        // JSON first: it is the marker. The HTML is derived from whichever JSON is stored, so both always agree.
        await documents.TryCreateAsync(jsonPath, JsonSerializer.SerializeToUtf8Bytes(report, PlanJson.Options), "application/json", cancellationToken);
        var stored = await GetAsync(report.PlanId, report.Month, cancellationToken)
            ?? throw new InvalidOperationException($"Report {jsonPath} vanished after it was written.");
        var html = ReportWriter.Html(stored);
        await documents.TryCreateAsync(PathOf(report.Month, report.PlanId, "html"), System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", cancellationToken);
        return (stored, html);
    }

    /// <summary>The stored report, or null.</summary>
    public async Task<MonthlyReport?> GetAsync(string planId, string month, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync(PathOf(month, planId, "json"), cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<MonthlyReport>(doc.Content, PlanJson.Options);
    }

    /// <summary>The stored document (json or html), or null.</summary>
    public Task<StoredDocument?> GetDocumentAsync(string planId, string month, string extension, CancellationToken cancellationToken = default) =>
        documents.GetAsync(PathOf(month, planId, extension), cancellationToken);
}
