using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;

namespace Delegation.Integration.Tests;

/// <summary>Hiring kits as the owner reaches them: from the links in the plan email, served by the standalone host.</summary>
public sealed partial class HiringKitEndToEndTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    readonly StandaloneHost host = fixture.Host;

    [Fact]
    public async Task PlanEmail_LinksAKitPerRole_ServedAsHtml_AndAsMarkdown()
    {
        var (planId, plan) = await PlanAsync();
        var roles = plan.GetProperty("supportMix").EnumerateArray().Select(l => l.GetProperty("role").GetString()).ToList();
        var kits = plan.GetProperty("hiringKits").EnumerateArray().ToList();
        Assert.Equal(roles, kits.Select(k => k.GetProperty("role").GetString()));

        var email = MimeMessage.Load(Path.Combine(host.OutboxDir, $"{planId}-plan-1.eml"));
        var links = KitLinks().Matches(email.TextBody ?? "").Select(m => new Uri(m.Value)).ToList();
        Assert.Equal(kits.Select(k => k.GetProperty("url").GetString()), links.Select(l => l.AbsolutePath));
        Assert.All(links, l => Assert.Contains(l.AbsoluteUri, email.HtmlBody, StringComparison.Ordinal));

        var stored = Files(planId);
        foreach (var link in links)
        {
            using var html = await host.Http.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
            var page = await html.Content.ReadAsStringAsync();
            Assert.Contains("<h2>Access checklist</h2>", page, StringComparison.Ordinal);
            Assert.Contains("Calm Harbor Counseling", page, StringComparison.Ordinal);

            using var md = await host.Http.GetAsync(link + "?format=md");
            Assert.Equal(HttpStatusCode.OK, md.StatusCode);
            Assert.Equal("text/markdown", md.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("# Hiring kit: ", await md.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A GET reads: nothing stored is added or changed by serving the kits.
        Assert.NotEmpty(stored);
        Assert.Equal(stored, Files(planId));
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("VirtualAssistant")]
    [InlineData("associate-therapist")] // a real role, but this plan does not share its client load
    public async Task Kit_UnknownRoleOrRoleNotInThePlan_Is404ProblemDetails(string role)
    {
        var (planId, _) = await PlanAsync();

        using var response = await host.Http.GetAsync($"api/plans/{planId}/hiring/{role}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Kit_HostileTaskName_IsEncodedInHtml_AndEscapedInMarkdown()
    {
        var intake = Intakes.Realistic("Hostile Kit Counseling");
        intake["tasks"]![1]!["name"] = "<script>alert(1)</script>"; // insurance claims: the billing work
        var (planId, plan) = await PlanAsync(intake);
        var role = plan.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("name").GetString()!.StartsWith('<')).GetProperty("role").GetString();
        var kit = plan.GetProperty("hiringKits").EnumerateArray().Single(k => k.GetProperty("role").GetString() == role).GetProperty("url").GetString()!;

        var html = await host.Http.GetStringAsync(kit.TrimStart('/'));
        var md = await host.Http.GetStringAsync(kit.TrimStart('/') + "?format=md");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(@"\<script\>alert\(1\)\<\/script\>", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kit_UnknownFormat_Is404()
    {
        var (planId, _) = await PlanAsync();

        using var response = await host.Http.GetAsync($"api/plans/{planId}/hiring/virtual-assistant?format=pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The realistic intake; the same body is the same plan, so the tests of this class share one.</summary>
    async Task<(string PlanId, JsonElement Plan)> PlanAsync(System.Text.Json.Nodes.JsonObject? intake = null)
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake ?? Intakes.Realistic()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        return (planId, await host.WaitForStatusAsync(planId, "Active"));
    }

    /// <summary>The plan's stored kits with their write times (the rollout writes elsewhere meanwhile).</summary>
    Dictionary<string, DateTime> Files(string planId) =>
        Directory.GetFiles(Path.Combine(host.BlobsDir, "plans", planId, "hiring"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    [GeneratedRegex(@"http://localhost:\d+/api/plans/\w+/hiring/[a-z-]+")]
    private static partial Regex KitLinks();
}
