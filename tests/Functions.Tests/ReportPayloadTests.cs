using Delegation.Core.Ports;
using Delegation.Core.Reports;

namespace Delegation.Functions.Tests;

/// <summary>The monthly reports' payloads through the worker's serializer: each must come back unchanged.</summary>
public sealed class ReportPayloadTests
{
    [Fact]
    public void WorkerSerializer_RoundTripsEveryReportPayload_Unchanged()
    {
        var serializer = WorkerSerializer.Create();
        var summary = new ReportSummary("2026-11", 3, 2, 1, 2, ["abc", "def"]);
        object[] payloads =
        [
            new MonthlyReportsRequest("2026-11", 100, 4, "ops@example.com"),
            new MonthlyReportsRequest("2026-11", 100, 4, "ops@example.com", "token", summary),
            new PlanIdPageRequest("token", 100),
            new PlanIdPageRequest(null, 100),
            new DocumentPage(["abc", "def"], "def"),
            new ReportRequest("abc", "2026-11"),
            ReportOutcome.AlreadyDone,
            summary,
            new SummaryRequest(summary, "ops@example.com"),
        ];

        Assert.All(payloads, payload =>
        {
            var json = serializer.Serialize(payload, payload.GetType()).ToString();

            var back = serializer.Deserialize(new BinaryData(json).ToStream(), payload.GetType(), CancellationToken.None);

            Assert.Equal(json, serializer.Serialize(back, payload.GetType()).ToString());
        });
        // Records with lists compare by reference: check the contents that matter by value.
        var summaryBack = (ReportSummary)serializer.Deserialize(new BinaryData(serializer.Serialize(summary, typeof(ReportSummary)).ToString()).ToStream(), typeof(ReportSummary), CancellationToken.None)!;
        Assert.Equal(summary.Failed, summaryBack.Failed);
        Assert.Equal(summary.Reported, summaryBack.Reported);
        Assert.Equal(summary.FailedCount, summaryBack.FailedCount);
    }
}
