using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;

namespace Delegation.Integration.Tests;

/// <summary>The owner updates a running plan, on the embedded engine.</summary>
public sealed class PlanUpdateEndToEndTests : PlanUpdateFlowTests
{
    /// <inheritdoc />
    protected override Dictionary<string, string> Backend => [];
}

/// <summary>
/// The owner updates a running plan with the link from their plan email, on each backend: a hire is registered first,
/// so the rollout has state to keep, then a larger budget comes in as version 2.
/// </summary>
public abstract partial class PlanUpdateFlowTests : IAsyncLifetime
{
    StandaloneHost host = null!;

    /// <summary>The host under test; started per test.</summary>
    protected StandaloneHost Host => host;

    /// <summary>The settings that choose the backend (none: the embedded engine and a local folder).</summary>
    protected abstract Dictionary<string, string> Backend { get; }

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>(Backend)
        {
            ["Workflow__TimeScale"] = "50000",
            ["Workflow__HireReminderDelay"] = "2.00:00:00",
        };
        host = await StandaloneHost.StartAsync(settings);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Update_MoreBudget_HandsOverMore_KeepsTheHire_RaisesSequence_AndSendsOneEmail()
    {
        var (planId, token, intake) = await PlanWithHireAsync();
        var before = await host.WaitForStatusAsync(planId, "Active");
        var welcome = await host.WaitForAsync(planId, "hired-VirtualAssistant-delegate");
        var uids = Uids(Calendar(welcome));
        Assert.NotEmpty(uids);

        // The update form starts from the current intake: sent back with a larger budget.
        using (var current = await host.Http.GetAsync($"api/plans/{planId}/intake?token={Uri.EscapeDataString(token)}"))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
            var form = JsonNode.Parse(await current.Content.ReadAsStringAsync())!.AsObject();
            Assert.Equal(intake["budget"]!["monthly"]!.GetValue<int>(), form["budget"]!["monthly"]!.GetValue<decimal>());
            form["budget"]!["monthly"] = 4000;
            intake = form;
        }

        using (var accepted = await PutAsync(planId, token, intake))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            Assert.Equal(2, (await accepted.ReadJsonAsync()).GetProperty("version").GetInt32());
        }

        var email = await host.WaitForAsync(planId, "planupdate-2");
        var after = await WaitForVersionAsync(planId, 2);

        // More budget, more handed over; what phase 1 handed over stays in phase 1, and the hire stays registered.
        int Delegated(JsonElement plan) => plan.GetProperty("tasks").EnumerateArray().Count(t => t.GetProperty("role").ValueKind == JsonValueKind.String);
        Assert.True(Delegated(after) > Delegated(before), $"{Delegated(after)} tasks handed over now, {Delegated(before)} before");
        foreach (var task in before.GetProperty("tasks").EnumerateArray().Where(t => t.GetProperty("phase") is { ValueKind: JsonValueKind.Number } p && p.GetInt32() == 1))
        {
            var now = after.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("taskId").GetString() == task.GetProperty("taskId").GetString());
            Assert.Equal(1, now.GetProperty("phase").GetInt32());
        }

        Assert.All(after.GetProperty("tasks").EnumerateArray().Where(t => t.GetProperty("phase") is { ValueKind: JsonValueKind.Number } p && p.GetInt32() == 1),
            t => Assert.Contains(before.GetProperty("tasks").EnumerateArray(), b => b.GetProperty("taskId").GetString() == t.GetProperty("taskId").GetString()
                && b.GetProperty("phase") is { ValueKind: JsonValueKind.Number } p && p.GetInt32() == 1));
        var rollout = after.GetProperty("rollout");
        Assert.Equal(1, rollout.GetProperty("currentPhase").GetInt32());
        Assert.Contains(after.GetProperty("checkIns").EnumerateArray(), c => c.GetProperty("delegate").GetString() == "Jo Park");

        // An SOP whose content did not change keeps version 1; one that did is version 2 with a v2 document.
        var sopsBefore = before.GetProperty("sops").EnumerateArray().ToDictionary(s => s.GetProperty("taskId").GetString()!, s => s.GetProperty("version").GetInt32());
        var sopsAfter = after.GetProperty("sops").EnumerateArray().ToDictionary(s => s.GetProperty("taskId").GetString()!, s => s.GetProperty("version").GetInt32());
        Assert.All(sopsBefore.Keys.Where(sopsAfter.ContainsKey), id => Assert.InRange(sopsAfter[id], 1, 2));
        foreach (var (id, version) in sopsAfter)
        {
            var markdown = await (await host.Http.GetAsync($"api/plans/{planId}/sops/{id}?format=md")).Content.ReadAsStringAsync();
            Assert.Contains($"· version {version}*", markdown, StringComparison.Ordinal);
        }

        // The owner's one email starts with what changed, and each line is the versions list's.
        var versions = await (await host.Http.GetAsync($"api/plans/{planId}/versions")).ReadJsonAsync();
        Assert.Equal([1, 2], versions.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var summary = versions.GetProperty("versions")[1].GetProperty("summary").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Contains(summary, l => l.StartsWith("Monthly cost: ", StringComparison.Ordinal));
        var text = email.TextBody ?? "";
        Assert.StartsWith("Your updated delegation plan for ", email.Subject, StringComparison.Ordinal);
        var intro = text.IndexOf("What changed from version 1:", StringComparison.Ordinal);
        Assert.True(intro > 0 && intro < 200, text);
        Assert.All(summary, l => Assert.Contains("- " + l, text, StringComparison.Ordinal));
        Assert.Single(host.MessagesFor(planId), m => m.StartsWith("planupdate-2", StringComparison.Ordinal));

        // The plan's calendar now holds the hire's series: the same events (UIDs), a SEQUENCE above the copy they imported.
        var ics = await (await host.Http.GetAsync($"api/plans/{planId}/calendar.ics")).Content.ReadAsStringAsync();
        Assert.Subset(Uids(ics).ToHashSet(), uids.ToHashSet());
        Assert.Contains("SEQUENCE:0", Calendar(welcome), StringComparison.Ordinal);
        Assert.Matches(new Regex(@"SEQUENCE:[1-9]"), ics);
        Assert.DoesNotContain("SEQUENCE:0", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_TheSameIntakeTwice_IsOneVersion_AndAChangedHireGetsTheirSopsWithoutThePlanId()
    {
        var (planId, token, intake) = await PlanWithHireAsync();
        intake["tasks"]!.AsArray().Add(Intakes.Task("Voicemail", "admin", 1, 4, 2, true, true));
        intake["budget"]!["monthly"] = 4000;

        using (var first = await PutAsync(planId, token, intake))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        // Sent again while it runs: the same workflow, 202 again; a different update meanwhile is refused.
        using (var again = await PutAsync(planId, token, intake))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        }

        var other = intake.DeepClone().AsObject();
        other["budget"]!["monthly"] = 3900;
        using (var racing = await PutAsync(planId, token, other))
        {
            Assert.Equal(HttpStatusCode.Conflict, racing.StatusCode);
            Assert.Equal("An update is already running", (await racing.ReadJsonAsync()).GetProperty("title").GetString());
        }

        await host.WaitForAsync(planId, "planupdate-2");
        await WaitForVersionAsync(planId, 2);

        // Sent once it is done: nothing to make, 200 with the version it already is.
        using (var done = await PutAsync(planId, token, intake))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            var body = await done.ReadJsonAsync();
            Assert.Equal(2, body.GetProperty("version").GetInt32());
            Assert.True(body.GetProperty("unchanged").GetBoolean());
        }

        var versions = await (await host.Http.GetAsync($"api/plans/{planId}/versions")).ReadJsonAsync();
        Assert.Equal(2, versions.GetProperty("versions").GetArrayLength());
        Assert.Single(host.MessagesFor(planId), m => m.StartsWith("planupdate-2", StringComparison.Ordinal));
        Assert.DoesNotContain(host.MessagesFor(planId), m => m.StartsWith("planupdate-3", StringComparison.Ordinal));

        // The hire's work changed ("Voicemail" is new to them): their email names it, and nothing in it names the plan.
        var hire = await host.WaitForAsync(planId, "planupdate-v2-VirtualAssistant");
        Assert.Equal("jo@example.com", hire.To.Mailboxes.Single().Address);
        Assert.Contains("Voicemail", hire.TextBody, StringComparison.Ordinal);
        var raw = await File.ReadAllTextAsync(Path.Combine(host.OutboxDir, $"{planId}-planupdate-v2-VirtualAssistant.eml"));
        Assert.DoesNotContain(planId, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(planId, string.Concat(hire.Attachments.OfType<MimePart>().Select(PlanSteps.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_Refused_BadIntake400NamingTheField_BadToken403_Paused409_AndNothingStarts()
    {
        var (planId, token, intake) = await PlanWithHireAsync();

        var bad = intake.DeepClone().AsObject();
        bad["budget"]!["monthly"] = -5;
        using (var invalid = await PutAsync(planId, token, bad))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.True((await invalid.ReadJsonAsync()).GetProperty("errors").TryGetProperty("budget.monthly", out _));
        }

        using (var forged = await PutAsync(planId, token[..^4] + "AAAA", intake))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        using (var reading = await host.Http.GetAsync($"api/plans/{planId}/intake?token=nope"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, reading.StatusCode);
        }

        using (var paused = await host.Http.PostAsync($"api/plans/{planId}/pause?token={Uri.EscapeDataString(token)}", Intakes.Json(new JsonObject())))
        {
            Assert.Equal(HttpStatusCode.Accepted, paused.StatusCode);
        }

        intake["budget"]!["monthly"] = 4000;
        using (var refused = await PutAsync(planId, token, intake))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("This plan is paused", (await refused.ReadJsonAsync()).GetProperty("title").GetString());
        }

        var versions = await (await host.Http.GetAsync($"api/plans/{planId}/versions")).ReadJsonAsync();
        Assert.Equal(1, versions.GetProperty("current").GetInt32());
        Assert.DoesNotContain(host.MessagesFor(planId), m => m.StartsWith("planupdate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManagePage_LinksTheUpdateForm_AndOpeningItChangesNothing()
    {
        var (planId, token, _) = await PlanWithHireAsync();

        var manage = await (await host.Http.GetAsync($"plans/{planId}/manage?token={Uri.EscapeDataString(token)}")).Content.ReadAsStringAsync();
        var link = Regex.Match(manage, "href=\"(/\\?update=[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.StartsWith($"/?update={planId}&token=", link, StringComparison.Ordinal);

        // The form page and the intake it loads: GETs, twice over, and the plan is still version 1 with no update email.
        for (var i = 0; i < 2; i++)
        {
            using var page = await host.Http.GetAsync(link.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            using var current = await host.Http.GetAsync($"api/plans/{planId}/intake?token={Uri.EscapeDataString(token)}");
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }

        Assert.Equal(1, (await host.WaitForStatusAsync(planId, "Active")).GetProperty("version").GetInt32());
        Assert.DoesNotContain(host.MessagesFor(planId), m => m.StartsWith("planupdate", StringComparison.Ordinal));
    }

    /// <summary>A plan with a small budget, its assistant registered: its id, the owner's token and the intake it was made from.</summary>
    /// <param name="hire">False to leave the role open: a rollout with no hire has no check-ins to miss while a host is down.</param>
    protected async Task<(string PlanId, string Token, JsonObject Intake)> PlanWithHireAsync(bool hire = true)
    {
        var intake = Intakes.Realistic("Plan Update Practice " + Guid.NewGuid().ToString("N")[..6]);
        // Within this budget only the assistant is engaged: the inbox in phase 1, scheduling in phase 2.
        intake["budget"]!["monthly"] = 900;
        intake["tasks"] = new JsonArray
        {
            Intakes.Task("Scheduling appointments", "admin", 3, 4, 3, true, true),
            Intakes.Task("Inbox", "admin", 2, 4, 2, true, false),
            Intakes.Task("Instagram posts", "marketing", 2, 3, 2, false, false),
            Intakes.Task("Website updates", "tech", 1, 4, 1, false, false),
            Intakes.Task("Therapy sessions", "clinical", 25, 2, 5, false, true),
        };
        intake["preferences"]!["startWith"] = 1;
        var planId = await host.SubmitAsync(intake);
        var made = await host.WaitForStatusAsync(planId, "Active");
        Assert.Equal("VirtualAssistant", Assert.Single(made.GetProperty("supportMix").EnumerateArray()).GetProperty("role").GetString());
        var plan = await host.WaitForAsync(planId, "plan-1");
        var token = PlanSteps.OwnerToken(plan);
        if (!hire)
        {
            return (planId, token, intake);
        }

        await host.RegisterAsync(planId, token);
        await host.WaitForAsync(planId, "hired-VirtualAssistant-delegate");
        return (planId, token, intake);
    }

    protected Task<HttpResponseMessage> PutAsync(string planId, string token, JsonNode intake) =>
        host.Http.PutAsync($"api/plans/{planId}/intake?token={Uri.EscapeDataString(token)}", Intakes.Json(intake));

    protected async Task<JsonElement> WaitForVersionAsync(string planId, int version)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(180);
        while (true)
        {
            var plan = await host.WaitForStatusAsync(planId, "Active");
            if (plan.GetProperty("version").GetInt32() == version || DateTime.UtcNow > deadline)
            {
                Assert.Equal(version, plan.GetProperty("version").GetInt32());
                return plan;
            }

            await Task.Delay(200);
        }
    }

    static string Calendar(MimeMessage message) =>
        PlanSteps.Text(Assert.Single(message.Attachments.OfType<MimePart>(), a => a.FileName == "check-ins.ics"));

    static List<string> Uids(string ics) => [.. UidLine().Matches(ics).Select(m => m.Groups[1].Value.Trim())];

    [GeneratedRegex(@"^UID:(.+)$", RegexOptions.Multiline)]
    private static partial Regex UidLine();
}
