using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Reports;

namespace Delegation.Core.Tests;

public sealed class ReportWriterTests
{
    static readonly Uri Manage = new("https://app.example.com/plans/p1/manage?token=abc.def");

    static MonthlyReport Report(string practice = "Calm Harbor Counseling", string nextStep = "Keep going.") => new(
        Samples.PlanId, "2026-04", practice, PlanStatus.Active,
        new DateTimeOffset(2026, 4, 16, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), 2.14m,
        new HoursReclaimed(8.6m, 4.3m, 4m, 150m, 645m),
        new SpendAgainstBudget(278.05m, 1200m, "USD", true,
        [
            new RoleSpend(SupportRole.VirtualAssistant, true, new DateTimeOffset(2026, 4, 20, 14, 30, 0, TimeSpan.Zero), 758.33m, 11m, 278.05m),
            new RoleSpend(SupportRole.BillingSpecialist, false, null, 975m, 0m, 0m),
        ]),
        new Reports.CheckInTally(2, 1, 1), new StressTrend([4, 2], "easing"), 1, 2, nextStep, new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    // A month with no check-in at all: nothing recorded stress, nothing was held or missed.
    static MonthlyReport Quiet() => Report() with { CheckIns = new Reports.CheckInTally(0, 0, 0), Stress = new StressTrend([], "too few check-ins"), Hours = new HoursReclaimed(8.6m, 0m, 4m, 150m, 0m) };

    static Dictionary<string, string> Rows(string html) =>
        Html.Parse(html).QuerySelectorAll("tr").Where(tr => tr.Children.Any(c => c.LocalName == "th"))
            .ToDictionary(tr => tr.Children.Single(c => c.LocalName == "th").TextContent.Trim(), tr => tr.Children.Single(c => c.LocalName == "td").TextContent.Trim());

    [Fact]
    public void Html_HostileStrings_AreTextAndTheOnlyActiveElementIsTheChart()
    {
        var document = Html.Parse(ReportWriter.Html(Report("<script>alert(1)</script> Practice", "Hand over <img src=x onerror=alert(1)>")));

        Assert.Equal(["<svg>"], Html.ActiveContent(document));
        Assert.Contains("<script>alert(1)</script> Practice", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailHtml_HasNoSvg_HostileStringsAreText_AndTheNextStepIsALink()
    {
        var document = Html.Parse(ReportWriter.EmailHtml(Report("<script>alert(1)</script> Practice", "Hand over <img src=x onerror=alert(1)>"), "Dr. Ana <b>Ruiz</b>", Manage));

        Assert.Empty(Html.ActiveContent(document));
        Assert.Contains("<img src=x onerror=alert(1)>", document.Body!.TextContent, StringComparison.Ordinal);
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal(Manage.AbsoluteUri, link.GetAttribute("href"));
        Assert.Equal("Open your plan's manage page", link.TextContent);
        Assert.Contains("Dear Ana,", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailHtml_FiguresAreATableOfEveryFigure()
    {
        var rows = Rows(ReportWriter.EmailHtml(Report(), "Ana Ruiz", Manage));

        Assert.Equal("4.3 h, counting the weeks your check-ins found on track, of 8.6 h planned since each hire was registered (4 h a week)", rows["Hours handed over"]);
        Assert.Equal("$645.00 if you fill the 4.3 h with sessions at your $150.00 fee", rows["What those hours are worth"]);
        Assert.Equal("$278.05 of a $1,200.00 monthly budget", rows["Spend"]);
        Assert.Equal("$278.05 (hired April 20, 2026: 11 of the month's 30 days at $758.33 a month)", rows["Virtual assistant"]);
        Assert.Equal("not hired yet, so it costs nothing this month (it will cost $975.00 a month once hired)", rows["Billing specialist"]);
        Assert.Equal("2 held (1 on track), 1 missed", rows["Check-ins"]);
        Assert.Equal("4 → 2 (easing)", rows["Stress (1–5)"]);
        Assert.Equal("phase 1 of 2, active", rows["Where you are"]);
    }

    [Fact]
    public void Text_HasTheSameRows_AndTheLinksAddress()
    {
        var text = ReportWriter.Text(Report(), "Ana Ruiz", Manage);

        foreach (var (label, value) in Rows(ReportWriter.EmailHtml(Report(), "Ana Ruiz", Manage)))
        {
            Assert.Contains($"{label}: {value}\n", text, StringComparison.Ordinal);
        }

        Assert.Contains($"Open your plan's manage page: {Manage.AbsoluteUri}", text, StringComparison.Ordinal);
        Assert.StartsWith("Calm Harbor Counseling: your delegation month, April 2026\n\nDear Ana,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_WithNoCheckIn_HaveNoStressCheckInOrWorthRow()
    {
        var rows = Rows(ReportWriter.EmailHtml(Quiet(), "Ana Ruiz", Manage));

        Assert.DoesNotContain("Stress (1–5)", rows.Keys);
        Assert.DoesNotContain("Check-ins", rows.Keys);
        Assert.DoesNotContain("What those hours are worth", rows.Keys);
        Assert.DoesNotContain("none recorded", ReportWriter.Text(Quiet(), "Ana Ruiz", Manage), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Figures_NobodyHired_SaySoInsteadOfASpend()
    {
        var report = Report() with
        {
            Spend = new SpendAgainstBudget(0m, 1200m, "USD", true, [new RoleSpend(SupportRole.VirtualAssistant, false, null, 758.33m, 0m, 0m)]),
        };

        var rows = Rows(ReportWriter.EmailHtml(report, "Ana Ruiz", Manage));

        Assert.Equal("nothing yet: no hire is registered (monthly budget $1,200.00)", rows["Spend"]);
        Assert.Equal("none yet: work is handed over from the day you register your virtual assistant (4 h a week then)", rows["Hours handed over"]);
        Assert.StartsWith("not hired yet", rows["Virtual assistant"], StringComparison.Ordinal);
        var text = ReportWriter.Text(report, "Ana Ruiz", Manage);
        Assert.Contains("Nothing is handed over yet: work leaves your desk from the day you register your virtual assistant (your plan started on April 16, 2026).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gave back", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_AreWrittenTheCountrysWay()
    {
        var us = Html.Parse(ReportWriter.EmailHtml(Report(), "Ana Ruiz", Manage)).Body!.TextContent;
        var uk = Html.Parse(ReportWriter.EmailHtml(Report() with { Country = "GB" }, "Ana Ruiz", Manage)).Body!.TextContent;

        Assert.Contains("your plan started on April 16, 2026", us, StringComparison.Ordinal);
        Assert.Contains("your plan started on 16 April 2026", uk, StringComparison.Ordinal);
        Assert.Contains("(hired 20 April 2026:", uk, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WebPage_KeepsTheChartAndTheTable_ButNoLink()
    {
        var html = ReportWriter.Html(Report());
        var document = Html.Parse(html);

        Assert.NotNull(document.QuerySelector("svg"));
        Assert.Equal(Rows(ReportWriter.EmailHtml(Report(), "Ana Ruiz", Manage)), Rows(html));
        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.DoesNotContain("token", html, StringComparison.Ordinal);
        Assert.Contains("The link to act on it is in your monthly email.", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailHtml_CancelledPlan_HasNoLink()
    {
        var cancelled = Report() with { Status = PlanStatus.Cancelled, NextAction = ReportAction.None };

        Assert.Empty(Html.Parse(ReportWriter.EmailHtml(cancelled, "Ana Ruiz", Manage)).QuerySelectorAll("a"));
        Assert.DoesNotContain(Manage.AbsoluteUri, ReportWriter.Text(cancelled, "Ana Ruiz", Manage), StringComparison.Ordinal);
        Assert.DoesNotContain("The link to act on it", ReportWriter.Html(cancelled), StringComparison.Ordinal);
    }

    [Fact]
    public void StoredReportFromBeforeHireDates_ReadsWithDefaults_AndStillRenders()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Report(), PlanJson.Options))!.AsObject();
        json.Remove("nextAction");
        json.Remove("country");
        json["spend"]!.AsObject().Remove("roles");
        json["hours"]!.AsObject().Remove("sessionFee");
        json["hours"]!.AsObject().Remove("confirmedWorth");

        var old = System.Text.Json.JsonSerializer.Deserialize<MonthlyReport>(json.ToJsonString(), PlanJson.Options)!;
        var rows = Rows(ReportWriter.EmailHtml(old, "Ana Ruiz", Manage));

        Assert.Equal((ReportAction.ManagePlan, "US"), (old.NextAction, old.Country));
        Assert.Equal("$278.05 of a $1,200.00 monthly budget", rows["Spend"]);
        Assert.DoesNotContain("What those hours are worth", rows.Keys);
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
    public void Email_IdIsOnePerPlanAndMonth_AndItsPartsAreTheEmailsNotTheWebPage()
    {
        var (plan, _) = Samples.ComposePlan(Samples.Intake());

        var message = ReportWriter.Email(Report(), plan, Manage);

        Assert.Equal($"{Samples.PlanId}-report-2026-04", message.MessageId);
        Assert.Equal(plan.Practice.Email, message.To.Email);
        Assert.Contains("April 2026", message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", message.Html, StringComparison.Ordinal);
        Assert.Contains(Manage.AbsoluteUri, message.Text, StringComparison.Ordinal);
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
