using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// Monthly reports on the standalone host (embedded default), run through the admin call. Past months are
/// populated with copies of a real plan whose start and cancellation dates are moved: the host reads them
/// from its document folder exactly as it reads the plans it made itself.
/// </summary>
public sealed class MonthlyReportsTests : IAsyncLifetime
{
    const string Key = "test-admin-key-0123456789";
    static readonly string CurrentMonth = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    StandaloneHost host = null!;
    string realPlanId = null!;

    public async Task InitializeAsync()
    {
        host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["Admin__Key"] = Key,
            ["Reports__SummaryEmail"] = "operator@example.com",
            // Pages of two: runs with three or more plans cross a continue-as-new boundary.
            ["Reports__BatchSize"] = "2",
        });
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic("Harbor <script>alert(1)</script> & Co")));
        realPlanId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        await host.WaitForStatusAsync(realPlanId, "Active");
        await WaitForFileAsync(Path.Combine(host.BlobsDir, "plans", realPlanId, "rollout.json"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AdminReports_EmptyMonth_WritesNoReportAndTheSummarySaysZero()
    {
        var summary = await RunMonthAsync("2020-01");

        Assert.Equal(0, summary.GetProperty("reported").GetInt32());
        Assert.Equal(0, summary.GetProperty("emailsSent").GetInt32());
        Assert.False(Directory.Exists(Path.Combine(host.BlobsDir, "reports", "2020-01")));
        var mail = await host.WaitForAsync("reports", "2020-01-summary");
        Assert.Contains("Practices reported: 0", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("operator@example.com", mail.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task AdminReports_PlanStartedThisMonth_ReportsFromItsStart_StoredEmailedAndServed()
    {
        var summary = await RunMonthAsync(CurrentMonth);

        Assert.Equal(1, summary.GetProperty("reported").GetInt32());
        var mail = await host.WaitForAsync(realPlanId, $"report-{CurrentMonth}");
        Assert.Equal("ana@example.com", mail.To.Mailboxes.Single().Address);

        var report = await (await host.Http.GetAsync($"api/plans/{realPlanId}/reports/{CurrentMonth}")).ReadJsonAsync();
        var plan = await host.WaitForStatusAsync(realPlanId, "Active");
        Assert.Equal(plan.GetProperty("createdAt").GetDateTimeOffset(), report.GetProperty("activeFrom").GetDateTimeOffset());
        Assert.InRange(report.GetProperty("weeksActive").GetDecimal(), 0m, 4.43m);
        Assert.True(report.GetProperty("hours").GetProperty("plannedPerWeek").GetDecimal() > 0);
        Assert.Equal("Active", report.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(report.GetProperty("nextStep").GetString()));

        // Nobody is hired yet: nothing is spent, and every role under way says so.
        Assert.Equal(0m, report.GetProperty("spend").GetProperty("spend").GetDecimal());
        Assert.All(report.GetProperty("spend").GetProperty("roles").EnumerateArray(), r => Assert.False(r.GetProperty("hired").GetBoolean()));
        Assert.Equal("RegisterHire", report.GetProperty("nextAction").GetString());
        Assert.Contains("not hired yet", mail.TextBody, StringComparison.Ordinal);

        // The stored page keeps the chart and holds no owner link; the hostile practice name is only text.
        using var html = await host.Http.GetAsync($"api/plans/{realPlanId}/reports/{CurrentMonth}?format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        var body = await html.Content.ReadAsStringAsync();
        Assert.Contains("<svg", body, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);

        // The email shows the figures as a table (no SVG, which most mail clients drop) and links the next step.
        var emailed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(mail.HtmlBody!);
        Assert.Empty(emailed.QuerySelectorAll("svg"));
        Assert.Contains(emailed.QuerySelectorAll("th"), th => th.TextContent == "Spend");
        Assert.DoesNotContain("<script", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        var next = Assert.Single(emailed.QuerySelectorAll("a"));
        Assert.Equal("Register your hire", next.TextContent);
        using (var manage = await host.Http.GetAsync(next.GetAttribute("href")))
        {
            Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        }

        // The operator's summary reads every practice's status from storage: the real plan waits for its hire.
        var summaryMail = await host.WaitForAsync("reports", $"{CurrentMonth}-summary");
        var csvPart = summaryMail.Attachments.OfType<MimeKit.MimePart>().Single(p => p.FileName == $"practices-{CurrentMonth}.csv");
        using var csvBytes = new MemoryStream();
        await csvPart.Content!.DecodeToAsync(csvBytes);
        var rows = System.Text.Encoding.UTF8.GetString(csvBytes.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(rows, r => r.StartsWith($"{realPlanId},", StringComparison.Ordinal) && r.Contains(",ana@example.com,Hiring,", StringComparison.Ordinal));
        Assert.Matches(@"Where every practice stands: .*waiting for a hire: \d+", summaryMail.TextBody);
    }

    [Fact]
    public async Task AdminReports_BeforeAndAfterAHire_SpendStartsOnTheHireDate()
    {
        // Before: the month's report links to the manage page, where the owner registers the hire.
        await RunMonthAsync(CurrentMonth);
        var before = await host.WaitForAsync(realPlanId, $"report-{CurrentMonth}");
        var link = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(before.HtmlBody!).QuerySelector("a")!.GetAttribute("href")!;
        var token = new Uri(link).Query.Split("token=")[1];
        var role = JsonNode.Parse(await File.ReadAllTextAsync(RolloutPath(realPlanId)))!["roles"]![0]!["role"]!.GetValue<string>();
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["role"] = role, ["name"] = "Sam Lee", ["email"] = "sam@example.com" }))
        using (var registered = await host.Http.PostAsync($"plans/{realPlanId}/manage/delegates?token={token}", form))
        {
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        var hiredAt = await WaitForHireAsync(realPlanId, role);

        // After: a copy of the plan, running since last month, is costed for the role from the hire's day only.
        var month = ReportMonthOf(hiredAt);
        var copy = await SeedAsync(new DateTimeOffset(hiredAt.Year, hiredAt.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-1), keepHistory: true);
        await RunMonthAsync(month);

        var report = await (await host.Http.GetAsync($"api/plans/{copy}/reports/{month}")).ReadJsonAsync();
        var roles = report.GetProperty("spend").GetProperty("roles").EnumerateArray().ToList();
        var hired = Assert.Single(roles, r => r.GetProperty("hired").GetBoolean());
        Assert.Equal(role, hired.GetProperty("role").GetString());
        Assert.Equal(hiredAt, hired.GetProperty("hiredAt").GetDateTimeOffset());
        var days = DateTime.DaysInMonth(hiredAt.Year, hiredAt.Month) - hiredAt.Day + 1;
        Assert.Equal(days, hired.GetProperty("days").GetDecimal());
        var monthly = hired.GetProperty("monthlyCost").GetDecimal();
        Assert.Equal(Math.Round(monthly * days / DateTime.DaysInMonth(hiredAt.Year, hiredAt.Month), 2, MidpointRounding.AwayFromZero), hired.GetProperty("spend").GetDecimal());
        Assert.Equal(roles.Sum(r => r.GetProperty("spend").GetDecimal()), report.GetProperty("spend").GetProperty("spend").GetDecimal());
        var after = await host.WaitForAsync(copy, $"report-{month}");
        Assert.Contains($"of the month's {DateTime.DaysInMonth(hiredAt.Year, hiredAt.Month)} days", after.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReports_CancelledPlans_OnlyThoseCancelledDuringTheMonthAreReported()
    {
        var before = await SeedAsync(new(2025, 8, 1, 9, 0, 0, TimeSpan.Zero), cancelledAt: new(2025, 9, 20, 9, 0, 0, TimeSpan.Zero));
        var during = await SeedAsync(new(2025, 8, 1, 9, 0, 0, TimeSpan.Zero), cancelledAt: new(2025, 10, 10, 9, 0, 0, TimeSpan.Zero));
        var midMonth = await SeedAsync(new(2025, 10, 15, 0, 0, 0, TimeSpan.Zero));

        var summary = await RunMonthAsync("2025-10");

        Assert.Equal(2, summary.GetProperty("reported").GetInt32());
        Assert.Equal(2, summary.GetProperty("emailsSent").GetInt32());
        Assert.Empty(summary.GetProperty("failed").EnumerateArray());
        Assert.False(File.Exists(ReportPath("2025-10", before, "json")));
        Assert.Empty(host.MessagesFor(before));
        using (var missing = await host.Http.GetAsync($"api/plans/{before}/reports/2025-10"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        var cancelled = await (await host.Http.GetAsync($"api/plans/{during}/reports/2025-10")).ReadJsonAsync();
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 9, 0, 0, TimeSpan.Zero), cancelled.GetProperty("activeUntil").GetDateTimeOffset());
        await host.WaitForAsync(during, "report-2025-10");

        var started = await (await host.Http.GetAsync($"api/plans/{midMonth}/reports/2025-10")).ReadJsonAsync();
        Assert.Equal(2.43m, started.GetProperty("weeksActive").GetDecimal()); // 17 of October's 31 days
        await host.WaitForAsync(midMonth, "report-2025-10");
    }

    [Fact]
    public async Task AdminReports_SameMonthAgain_SendsAndWritesNothingNew()
    {
        var planId = await SeedAsync(new(2025, 12, 3, 0, 0, 0, TimeSpan.Zero));
        var first = await RunMonthAsync("2025-12");
        Assert.Equal(1, first.GetProperty("emailsSent").GetInt32());
        await host.WaitForAsync("reports", "2025-12-summary");
        var outbox = Snapshot(host.OutboxDir);
        var reports = Snapshot(Path.Combine(host.BlobsDir, "reports", "2025-12"));

        var second = await RunMonthAsync("2025-12");

        Assert.Equal(1, second.GetProperty("reported").GetInt32());
        Assert.Equal(0, second.GetProperty("emailsSent").GetInt32());
        Assert.Equal(outbox, Snapshot(host.OutboxDir));
        Assert.Equal(reports, Snapshot(Path.Combine(host.BlobsDir, "reports", "2025-12")));
        Assert.Equal(["report-2025-12"], host.MessagesFor(planId));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Forbidden)]
    [InlineData(Key + "x", HttpStatusCode.Forbidden)]
    public async Task AdminReports_MissingOrWrongKey_IsRefusedAndStartsNothing(string? key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/reports?month=2021-03");
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var status = await AdminGetAsync("api/admin/reports/2021-03");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("11-2026")]
    [InlineData("2999-01")]
    public async Task AdminReports_InvalidMonth_Is400NamingMonth(string month)
    {
        using var response = await AdminPostAsync($"api/admin/reports?month={Uri.EscapeDataString(month)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("month", out _));
    }

    async Task<JsonElement> RunMonthAsync(string month)
    {
        using (var start = await AdminPostAsync($"api/admin/reports?month={month}"))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
            Assert.Equal($"reports-{month}", (await start.ReadJsonAsync()).GetProperty("instanceId").GetString());
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var status = await AdminGetAsync($"api/admin/reports/{month}");
            last = await status.Content.ReadAsStringAsync();
            if (status.StatusCode == HttpStatusCode.OK)
            {
                var run = JsonDocument.Parse(last).RootElement;
                Assert.NotEqual("Failed", run.GetProperty("status").GetString());
                if (run.GetProperty("status").GetString() == "Completed")
                {
                    return run.GetProperty("summary").Clone();
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Reports {month} did not complete. Last answer: {last}\nHost log:\n{host.Log}");
    }

    /// <summary>A copy of the real plan and its rollout under a new id, started (and cancelled) when given.</summary>
    async Task<string> SeedAsync(DateTimeOffset createdAt, DateTimeOffset? cancelledAt = null, bool keepHistory = false)
    {
        var planId = Guid.NewGuid().ToString("N");
        var folder = Directory.CreateDirectory(Path.Combine(host.BlobsDir, "plans", planId)).FullName;
        var plan = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(host.BlobsDir, "plans", realPlanId, "plan.json")))!;
        plan["planId"] = planId;
        plan["createdAt"] = createdAt;
        var rollout = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(host.BlobsDir, "plans", realPlanId, "rollout.json")))!;
        rollout["planId"] = planId;
        if (!keepHistory)
        {
            rollout["history"] = new JsonArray();
        }

        if (cancelledAt is not null)
        {
            rollout["status"] = "Cancelled";
            rollout["cancelledAt"] = cancelledAt;
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "plan.json"), plan.ToJsonString());
        await File.WriteAllTextAsync(Path.Combine(folder, "rollout.json"), rollout.ToJsonString());
        return planId;
    }

    string RolloutPath(string planId) => Path.Combine(host.BlobsDir, "plans", planId, "rollout.json");

    static string ReportMonthOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The hire date the rollout published for <paramref name="role"/>, once its snapshot shows it.</summary>
    async Task<DateTimeOffset> WaitForHireAsync(string planId, string role)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var roles = JsonNode.Parse(await File.ReadAllTextAsync(RolloutPath(planId)))!["roles"]!.AsArray();
                if (roles.FirstOrDefault(r => r!["role"]!.GetValue<string>() == role)?["hiredAt"] is { } at)
                {
                    return at.GetValue<DateTimeOffset>().ToUniversalTime();
                }
            }
            catch (Exception e) when (e is JsonException or IOException)
            {
                // The host may be rewriting the snapshot; read it again.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No hire date for {role} in {planId}'s rollout.\nHost log:\n{host.Log}");
    }

    string ReportPath(string month, string planId, string extension) => Path.Combine(host.BlobsDir, "reports", month, $"{planId}.{extension}");

    Task<HttpResponseMessage> AdminPostAsync(string path) => AdminSendAsync(HttpMethod.Post, path);

    Task<HttpResponseMessage> AdminGetAsync(string path) => AdminSendAsync(HttpMethod.Get, path);

    async Task<HttpResponseMessage> AdminSendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", Key);
        return await host.Http.SendAsync(request);
    }

    // Names, sizes and write times: any new or rewritten file changes it.
    static List<string> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder).Order(StringComparer.Ordinal)
                .Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}").ToList()
            : [];

    static async Task WaitForFileAsync(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!File.Exists(path) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(File.Exists(path), $"{path} never appeared.");
    }
}
