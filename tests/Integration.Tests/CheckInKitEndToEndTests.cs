using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;
using IcalCalendar = Ical.Net.Calendar;

namespace Delegation.Integration.Tests;

/// <summary>The documents a plan produces, fetched as the owner would: from the email in the outbox and the plan's URLs.</summary>
public sealed class CheckInKitEndToEndTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    const string Hostile = "<script>alert(1)</script>";
    readonly StandaloneHost host = fixture.Host;

    [Fact]
    public async Task Plan_EmailCarriesSopsAndCalendar_AndEveryDelegatedTaskHasAReachableSop()
    {
        var (planId, plan) = await PlanAsync(Intakes.Realistic("Calendar Check Counseling"));
        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        var phase1 = tasks.Where(t => t.GetProperty("phase") is { ValueKind: JsonValueKind.Number } p && p.GetInt32() == 1)
            .Select(t => $"SOP-{t.GetProperty("taskId").GetString()}.html").ToList();

        var email = Email(planId);

        Assert.False(string.IsNullOrWhiteSpace(email.TextBody));
        Assert.False(string.IsNullOrWhiteSpace(email.HtmlBody));
        var attachments = email.Attachments.OfType<MimePart>().ToList();
        Assert.NotEmpty(phase1);
        Assert.Equal(phase1.Order(StringComparer.Ordinal), attachments.Where(a => a.ContentType.MimeType == "text/html").Select(a => a.FileName).Order(StringComparer.Ordinal));
        var icsPart = Assert.Single(attachments, a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal("PUBLISH", icsPart.ContentType.Parameters["method"]);
        var attached = Decode(icsPart);
        var calendar = IcalCalendar.Load(attached)!;
        var checkIns = plan.GetProperty("checkIns").EnumerateArray().ToList();
        // Per role: a kickoff, four first-week check-ins, and the usual series; each at the intake's check-in time.
        Assert.Equal(checkIns.Count * 6, calendar.Events.Count);
        // The first role meets at the intake's check-in time; each next role an hour later, so none overlap.
        var hours = calendar.Events.Select(e => e.DtStart!.Time!.Value).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(0, checkIns.Count).Select(i => Delegation.Core.Intake.Preferences.DefaultCheckInTime.AddHours(i)), hours);
        Assert.All(calendar.Events, e => Assert.StartsWith(planId + "-", e.Uid, StringComparison.Ordinal));

        // Every delegated task has an SOP, and the plan's url for it serves it.
        var delegated = tasks.Where(t => t.GetProperty("role").ValueKind != JsonValueKind.Null).Select(t => t.GetProperty("taskId").GetString()).ToList();
        var sops = plan.GetProperty("sops").EnumerateArray().ToList();
        Assert.Equal(delegated.Order(StringComparer.Ordinal), sops.Select(s => s.GetProperty("taskId").GetString()).Order(StringComparer.Ordinal));
        foreach (var sop in sops)
        {
            using var response = await host.Http.GetAsync(sop.GetProperty("url").GetString()!.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("KPIs to review at check-ins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The plan's calendar url serves the same file the email attached.
        var url = plan.GetProperty("calendar").GetProperty("url").GetString()!;
        Assert.Equal($"/api/plans/{planId}/calendar.ics", url);
        using var ics = await host.Http.GetAsync(url.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        Assert.Equal(attached, await ics.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HostileTaskName_IsOnlyEncoded_InTheSopTheEmailAndTheCalendar()
    {
        var intake = Intakes.Realistic("Hostile Name Counseling");
        intake["tasks"]![1]!["name"] = Hostile; // the top-ranked task (insurance claims), so phase 1
        var (planId, plan) = await PlanAsync(intake);
        var task = plan.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("name").GetString() == Hostile);
        Assert.Equal(1, task.GetProperty("phase").GetInt32());

        var email = Email(planId);
        using var sop = await host.Http.GetAsync($"api/plans/{planId}/sops/{task.GetProperty("taskId").GetString()}");
        using var ics = await host.Http.GetAsync($"api/plans/{planId}/calendar.ics");

        var documents = new[] { email.HtmlBody!, await sop.Content.ReadAsStringAsync(), await ics.Content.ReadAsStringAsync() }
            .Concat(email.Attachments.OfType<MimePart>().Select(Decode));
        Assert.All(documents, d => Assert.DoesNotContain("<script", d, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("&lt;script&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", await sop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(IcalCalendar.Load(await ics.Content.ReadAsStringAsync())!.Events,
            e => e.Description!.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_NothingDelegated_AttachesOneRevisitEventOnTheDateTheEmailNames()
    {
        var intake = Intakes.Realistic("Zero Budget Counseling");
        intake["budget"] = new JsonObject { ["monthly"] = 0, ["currency"] = "USD" };
        var (planId, plan) = await PlanAsync(intake);

        var email = Email(planId);

        Assert.Empty(plan.GetProperty("checkIns").EnumerateArray());
        var icsPart = Assert.Single(email.Attachments.OfType<MimePart>(), a => a.ContentType.MimeType == "text/calendar");
        var only = Assert.Single(IcalCalendar.Load(Decode(icsPart))!.Events);
        Assert.Equal("Revisit your delegation budget", only.Summary);
        var named = DateOnly.FromDateTime(only.DtStart!.Value).ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Revisit your delegation budget on {named} (it is the one event in the attached calendar file)", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_UnknownOrMalformedPlan_Is404Problem()
    {
        foreach (var id in new[] { "0123456789abcdef0123456789abcdef", "ZZZ" })
        {
            using var response = await host.Http.GetAsync($"api/plans/{id}/calendar.ics");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    async Task<(string PlanId, JsonElement Plan)> PlanAsync(JsonObject intake)
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        return (planId, await host.WaitForStatusAsync(planId, "Active"));
    }

    /// <summary>The plan's email; its file name is its deterministic message id.</summary>
    MimeMessage Email(string planId) => MimeMessage.Load(Path.Combine(host.OutboxDir, $"{planId}-plan-1.eml"));

    static string Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
