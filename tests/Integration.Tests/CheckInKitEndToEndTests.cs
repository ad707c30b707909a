using System.Net;
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
    public async Task Plan_EmailCarriesSops_NoCalendarBeforeAHire_ThenRegisteringSendsThatRolesCalendar()
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
        // Nobody is hired yet: no dated meeting, so no calendar attached or served, and the plan's JSON dates nothing.
        Assert.DoesNotContain(attachments, a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("calendar").ValueKind);
        var checkIns = plan.GetProperty("checkIns").EnumerateArray().ToList();
        Assert.All(checkIns, c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("kickoff").ValueKind);
            Assert.Contains("after you register who you hired", c.GetProperty("starts").GetString(), StringComparison.Ordinal);
        });
        using (var none = await host.Http.GetAsync($"api/plans/{planId}/calendar.ics"))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        }

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

        // Registering the hire dates that role's series and emails the owner its kickoff and calendar.
        var role = checkIns[0].GetProperty("role").GetString()!;
        var owner = await HostLinks.TokenAsync(await host.SigningKeyAsync(), planId, Delegation.Core.Security.LinkTokens.Owner, TimeSpan.FromDays(1));
        await host.RegisterAsync(planId, owner, role);

        var hired = await host.WaitForAsync(planId, $"hired-{role}");
        Assert.Contains("Your kickoff is on ", hired.TextBody, StringComparison.Ordinal);
        Assert.Contains("(America/", hired.TextBody, StringComparison.Ordinal);
        var icsPart = Assert.Single(hired.Attachments.OfType<MimePart>(), a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal("PUBLISH", icsPart.ContentType.Parameters["method"]);
        var calendar = IcalCalendar.Load(PlanSteps.Text(icsPart))!;
        // That role only, at its own hour: a kickoff, four first-week check-ins and the usual series; one-off work, a kickoff and one hand-over review.
        Assert.Equal(checkIns[0].GetProperty("cadence").GetString() == "UntilHandOver" ? 2 : 6, calendar.Events.Count);
        Assert.Single(calendar.Events.Select(e => e.DtStart!.Time!.Value).Distinct());
        // One plan's events share one prefix, its alias: the hire imports the same events, so no UID holds the plan id.
        Assert.Single(calendar.Events.Select(e => e.Uid!.Split('-')[0]).Distinct());
        Assert.All(calendar.Events, e => Assert.DoesNotContain(planId, e.Uid!, StringComparison.Ordinal));
        Assert.Contains(calendar.Events, e => e.Uid!.EndsWith("-kickoff@delegation", StringComparison.Ordinal));

        // The hire gets a welcome: the practice, the kickoff, whom to ask, the first SOPs, and no check-in link.
        var welcome = await host.WaitForAsync(planId, $"hired-{role}-delegate");
        Assert.Equal("jo@example.com", welcome.To.Mailboxes.Single().Address);
        Assert.Contains("Calendar Check Counseling", welcome.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("/checkins/", welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(welcome.Attachments.OfType<MimePart>(), a => a.FileName?.StartsWith("SOP-", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task HostileTaskName_IsOnlyEncoded_InTheSopAndTheEmail()
    {
        var intake = Intakes.Realistic("Hostile Name Counseling");
        intake["tasks"]![1]!["name"] = Hostile; // the top-ranked task (insurance claims), so phase 1
        var (planId, plan) = await PlanAsync(intake);
        var task = plan.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("name").GetString() == Hostile);
        Assert.Equal(1, task.GetProperty("phase").GetInt32());

        var email = Email(planId);
        using var sop = await host.Http.GetAsync($"api/plans/{planId}/sops/{task.GetProperty("taskId").GetString()}");

        var documents = new[] { email.HtmlBody!, await sop.Content.ReadAsStringAsync() }
            .Concat(email.Attachments.OfType<MimePart>().Select(PlanSteps.Text));
        Assert.All(documents, d => Assert.DoesNotContain("<script", d, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("&lt;script&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", await sop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_EveryTaskClinical_RevisitEventIsAboutListingTheAdmin_AndTheEmailLinksTheForm()
    {
        var intake = Intakes.Realistic("Clinical Only Counseling");
        intake["budget"] = new JsonObject { ["monthly"] = 500, ["currency"] = "USD" };
        intake["tasks"] = new JsonArray
        {
            Intakes.Task("Therapy sessions", "clinical", 25, 2, 5, false, true),
            Intakes.Task("Progress notes", "clinical", 5, 4, 3, true, true),
        };
        var (planId, plan) = await PlanAsync(intake);

        var email = Email(planId);

        Assert.Empty(plan.GetProperty("checkIns").EnumerateArray());
        var icsPart = Assert.Single(email.Attachments.OfType<MimePart>(), a => a.ContentType.MimeType == "text/calendar");
        var only = Assert.Single(IcalCalendar.Load(PlanSteps.Text(icsPart))!.Events);
        Assert.Equal(Delegation.Core.Email.ClinicalOnly.RevisitTitle, only.Summary);
        // Within two weeks of the plan, timed and with an alarm: the admin to list is there now.
        Assert.True(only.DtStart!.HasTime);
        Assert.Single(only.Alarms);
        Assert.InRange((DateOnly.FromDateTime(only.DtStart.Value).DayNumber - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber), 6, 14);
        Assert.Contains("Your $500.00 a month is unspent. The admin around your sessions usually can be handed over", email.TextBody, StringComparison.Ordinal);
        // The page reads the same from the plan the API serves.
        Assert.True(plan.GetProperty("clinicalOnly").GetBoolean());
        Assert.StartsWith("Your $500.00 a month is unspent", plan.GetProperty("unspentNote").GetString(), StringComparison.Ordinal);
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
        var only = Assert.Single(IcalCalendar.Load(PlanSteps.Text(icsPart))!.Events, e => e.Summary == "Revisit your delegation budget");
        // On the owner's check-in weekday, written the US way for this US practice.
        var day = DateOnly.FromDateTime(only.DtStart!.Value);
        Assert.Equal(intake["preferences"]!["checkInDay"]!.GetValue<string>(), day.DayOfWeek.ToString(), ignoreCase: true);
        var named = Delegation.Core.Locale.DateWords.Full(day, "US");
        // At the owner's check-in time, with an alarm, and the email says both.
        var time = only.DtStart.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(intake["preferences"]!["checkInTime"]?.GetValue<string>() ?? "08:30", time);
        Assert.Single(only.Alarms);
        // The form gave no time, so the email calls 08:30 the default, not "your check-in time".
        var whose = intake["preferences"]!["checkInTime"] is null ? $"; the form gave no time, so it is at {time}: move it if another time suits." : ".";
        Assert.Contains($"Revisit your delegation budget on {named} at {time}, about ", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Until then, note each week how many hours each admin task takes you", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"you can look sooner. The attached calendar file holds it, with a reminder 30 minutes before, and a 10-minute slot, with an alert, to note the past week's hours each {day.DayOfWeek} from", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($" to {Delegation.Core.Locale.DateWords.DayMonth(day.AddDays(-7), "US")}{whose}", email.TextBody, StringComparison.Ordinal);
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
}
