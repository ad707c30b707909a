using Delegation.Core.Plans;
using Delegation.Core.Reports;

namespace Delegation.Core.Tests;

public sealed class ReportWriterTests
{
    static MonthlyReport Report(string practice = "Calm Harbor Counseling", string nextStep = "Keep going.") => new(
        Samples.PlanId, "2026-04", practice, PlanStatus.Active,
        new DateTimeOffset(2026, 4, 16, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), 2.14m,
        new HoursReclaimed(8.6m, 4.3m, 4m), new SpendAgainstBudget(379.17m, 1200m, "USD", true),
        new Reports.CheckInTally(2, 1, 1), new StressTrend([4, 2], "easing"), 1, 2, nextStep, new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Html_HostileStrings_AreTextAndTheOnlyActiveElementIsTheChart()
    {
        var document = Html.Parse(ReportWriter.Html(Report("<script>alert(1)</script> Practice", "Hand over <img src=x onerror=alert(1)>")));

        Assert.Equal(["<svg>"], Html.ActiveContent(document));
        Assert.Contains("<script>alert(1)</script> Practice", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_HoldsEveryFigure()
    {
        var text = Html.Parse(ReportWriter.Html(Report())).Body!.TextContent;

        Assert.Contains("4.3 h confirmed at check-ins, of 8.6 h planned", text, StringComparison.Ordinal);
        Assert.Contains("$379.17 of a $1,200.00 monthly budget", text, StringComparison.Ordinal);
        Assert.Contains("2 held (1 on track), 1 missed", text, StringComparison.Ordinal);
        Assert.Contains("4 → 2 (easing)", text, StringComparison.Ordinal);
        Assert.Contains("phase 1 of 2", text, StringComparison.Ordinal);
        Assert.Contains("started on 16 April", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_IsSvgWithBarsAndTheStressLine_AndNoScriptOrExternalReference()
    {
        var document = Html.Parse(ReportChart.Svg(Report()));
        var svg = document.QuerySelector("svg")!;

        Assert.Equal(4, svg.QuerySelectorAll("rect").Length);
        Assert.Equal(2, svg.QuerySelectorAll("circle").Length);
        Assert.Single(svg.QuerySelectorAll("polyline"));
        Assert.Empty(svg.QuerySelectorAll("script, image, use, a, foreignObject"));
        Assert.DoesNotContain(svg.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.Contains("href", StringComparison.Ordinal));
    }

    [Fact]
    public void Email_IdIsOnePerPlanAndMonth()
    {
        var (plan, _) = Samples.ComposePlan(Samples.Intake());

        var message = ReportWriter.Email(Report(), plan, ReportWriter.Html(Report()));

        Assert.Equal($"{Samples.PlanId}-report-2026-04", message.MessageId);
        Assert.Equal(plan.Practice.Email, message.To.Email);
        Assert.Contains("April 2026", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ListsCountsAndFailedPlanIds()
    {
        var message = ReportWriter.Summary(new ReportSummary("2026-04", 12, 11, 3, 2, ["badplan1", "badplan2"]), [], "ops@example.com");

        Assert.Equal("reports-2026-04-summary", message.MessageId);
        Assert.Contains("Practices reported: 12", message.Text, StringComparison.Ordinal);
        Assert.Contains("Report emails sent by this run: 11", message.Text, StringComparison.Ordinal);
        Assert.Contains("- badplan1", message.Text, StringComparison.Ordinal);
        Assert.Contains("- badplan2", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_MoreFailuresThanKeptIds_SaysHowManyAreListed()
    {
        var ids = Enumerable.Range(0, ReportSummary.MaxFailedIds + 10).Select(i => $"plan{i}").ToList();
        var summary = ReportSummary.Empty("2026-04").Add(0, 0, 0, ids);

        var message = ReportWriter.Summary(summary, [], "ops@example.com");

        Assert.Equal(ReportSummary.MaxFailedIds + 10, summary.FailedCount);
        Assert.Equal(ReportSummary.MaxFailedIds, summary.Failed.Count);
        Assert.Contains($"Report failures: {ReportSummary.MaxFailedIds + 10} (the first {ReportSummary.MaxFailedIds} listed)", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"- plan{ReportSummary.MaxFailedIds}", message.Text, StringComparison.Ordinal);
    }
}
