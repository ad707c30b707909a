using System.Net;
using System.Text.Json;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>The README's run command, driven over HTTP: in-memory engine, local folder, .eml outbox.</summary>
public sealed class EmbeddedEndToEndTests : IAsyncLifetime
{
    StandaloneHost host = null!;

    public async Task InitializeAsync() => host = await StandaloneHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Intake_RealisticPractice_BecomesActivePlanWithSopsCheckInsAndOneEmail()
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var planId = body.GetProperty("planId").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", planId);
        Assert.Equal($"/api/plans/{planId}", response.Headers.Location?.ToString());
        Assert.Equal($"/api/plans/{planId}", body.GetProperty("statusUrl").GetString());
        Assert.DoesNotContain("runtime/webhooks", body.ToString(), StringComparison.OrdinalIgnoreCase);

        var plan = await host.WaitForStatusAsync(planId, "Active");
        PlanAssertions.IsCompleteActivePlan(plan, planId);

        var email = PlanAssertions.SingleEmailTo(host.OutboxDir, "ana@example.com");
        var phase1Count = plan.GetProperty("tasks").EnumerateArray().Count(t => t.GetProperty("phase").ValueKind == JsonValueKind.Number && t.GetProperty("phase").GetInt32() == 1);
        Assert.Equal(phase1Count, email.Attachments.Count(a => a.ContentType.MimeType == "text/html"));
        Assert.Contains("Calm Harbor Counseling", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SopUrl_InPlan_ServesHtmlAndMarkdown()
    {
        var planId = await SubmitAsync(Intakes.Realistic());
        var plan = await host.WaitForStatusAsync(planId, "Active");
        var sop = plan.GetProperty("sops").EnumerateArray().First();
        var url = sop.GetProperty("url").GetString()!.TrimStart('/');

        using var html = await host.Http.GetAsync(url);
        using var markdown = await host.Http.GetAsync(url + "?format=md");

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Step by step", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# SOP:", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_SubmittedTwiceAndConcurrently_YieldsOnePlanAndOneEmail()
    {
        var intake = Intakes.Realistic().ToJsonString();

        var first = await SubmitAsync(intake);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SubmitAsync(intake)));
        await host.WaitForStatusAsync(first, "Active");
        var again = await SubmitAsync(intake);

        Assert.All(concurrent, id => Assert.Equal(first, id));
        Assert.Equal(first, again);
        PlanAssertions.SingleEmailTo(host.OutboxDir, "ana@example.com");
    }

    [Fact]
    public async Task Intake_WithDifferentIdempotencyKeys_YieldsDistinctPlans()
    {
        var a = await SubmitAsync(Intakes.Realistic().ToJsonString(), idempotencyKey: "form-load-1");
        var b = await SubmitAsync(Intakes.Realistic().ToJsonString(), idempotencyKey: "form-load-2");
        var aAgain = await SubmitAsync(Intakes.Realistic().ToJsonString(), idempotencyKey: "form-load-1");

        Assert.NotEqual(a, b);
        Assert.Equal(a, aAgain);
    }

    [Fact]
    public async Task GetPlan_UnknownOrMalformedId_Is404Problem()
    {
        foreach (var id in new[] { "0123456789abcdef0123456789abcdef", "..%2F..%2Fsystem", "ZZZ" })
        {
            using var response = await host.Http.GetAsync($"api/plans/{id}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    async Task<string> SubmitAsync(System.Text.Json.Nodes.JsonNode intake) => await SubmitAsync(intake.ToJsonString());

    async Task<string> SubmitAsync(string intake, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/intake") { Content = Intakes.Json(intake) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
    }
}
