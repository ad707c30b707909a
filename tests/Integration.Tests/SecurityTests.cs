using System.Net;
using System.Text.RegularExpressions;
using Delegation.Core.Security;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>Owner controls refuse links that are missing, forged or not the owner's; every HTML page carries the security headers.</summary>
public sealed partial class SecurityTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    readonly StandaloneHost host = fixture.Host;

    [Fact]
    public async Task ControlRoutes_MissingForgedForeignOrExpiredToken_AreRefusedAndChangeNothing()
    {
        var planId = await StartActivePlanAsync("Control Keys Practice");
        var key = await host.SigningKeyAsync();
        var valid = await HostLinks.TokenAsync(key, planId, LinkTokens.Owner, TimeSpan.FromDays(1));
        var refused = new Dictionary<string, (string? Token, HttpStatusCode Status)>
        {
            ["missing"] = (null, HttpStatusCode.Forbidden),
            ["empty"] = ("", HttpStatusCode.Forbidden),
            ["one character changed"] = (valid[..^2] + (valid[^2] == 'A' ? 'B' : 'A') + valid[^1], HttpStatusCode.Forbidden),
            ["signed with another key"] = (await HostLinks.TokenAsync([.. key.Select(b => (byte)~b)], planId, LinkTokens.Owner, TimeSpan.FromDays(1)), HttpStatusCode.Forbidden),
            ["another plan's owner"] = (await HostLinks.TokenAsync(key, new string('a', 32), LinkTokens.Owner, TimeSpan.FromDays(1)), HttpStatusCode.Forbidden),
            ["a check-in link"] = (await HostLinks.TokenAsync(key, planId, LinkTokens.CheckIn("VirtualAssistant-1"), TimeSpan.FromDays(1)), HttpStatusCode.Forbidden),
            ["expired"] = (await HostLinks.TokenAsync(key, planId, LinkTokens.Owner, TimeSpan.FromMinutes(-1)), HttpStatusCode.Gone),
        };

        foreach (var (what, (token, status)) in refused)
        {
            var q = token is null ? "" : "?token=" + Uri.EscapeDataString(token);
            foreach (var path in new[]
            {
                $"api/plans/{planId}/pause{q}", $"api/plans/{planId}/resume{q}", $"api/plans/{planId}/cancel{q}", $"api/plans/{planId}/delegates{q}",
                $"plans/{planId}/manage/pause{q}", $"plans/{planId}/manage/cancel{q}", $"plans/{planId}/manage/delegates{q}",
            })
            {
                using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["role"] = "VirtualAssistant", ["name"] = "Sam", ["email"] = "sam@example.com" });
                using var response = await host.Http.PostAsync(path, body);
                Assert.True(status == response.StatusCode, $"{what} on {path}: {(int)response.StatusCode}");
            }

            using var page = await host.Http.GetAsync($"plans/{planId}/manage{q}");
            Assert.True(status == page.StatusCode, $"{what} on the manage page: {(int)page.StatusCode}");

            // The update routes take the same owner link, checked before the intake is read.
            using var current = await host.Http.GetAsync($"api/plans/{planId}/intake{q}");
            Assert.True(status == current.StatusCode, $"{what} on GET intake: {(int)current.StatusCode}");
            using var update = await host.Http.PutAsync($"api/plans/{planId}/intake{q}", Intakes.Json(Intakes.Realistic("Another Practice")));
            Assert.True(status == update.StatusCode, $"{what} on PUT intake: {(int)update.StatusCode}");
        }

        var plan = await host.WaitForStatusAsync(planId, "Active");
        Assert.All(plan.GetProperty("checkIns").EnumerateArray(), c => Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("delegate").ValueKind));

        // The same call with the genuine link does act: the refusals above were about the link.
        using var paused = await host.Http.PostAsync($"api/plans/{planId}/pause?token={Uri.EscapeDataString(valid)}", null);
        Assert.Equal(HttpStatusCode.Accepted, paused.StatusCode);
        await host.WaitForStatusAsync(planId, "Paused");
    }

    [Fact]
    public async Task HtmlPages_IncludingErrorPages_CarryCspNosniffAndReferrerPolicy()
    {
        var planId = await StartActivePlanAsync("Header Check Practice");
        var key = await host.SigningKeyAsync();
        var owner = Uri.EscapeDataString(await HostLinks.TokenAsync(key, planId, LinkTokens.Owner, TimeSpan.FromDays(1)));
        var closedCheckIn = await HostLinks.TokenAsync(key, planId, LinkTokens.CheckIn("VirtualAssistant-9"), TimeSpan.FromDays(1));
        HttpContent Form(string name) => new FormUrlEncodedContent(new Dictionary<string, string> { ["role"] = "VirtualAssistant", ["name"] = name, ["email"] = "sam@example.com" });

        var pages = new (HttpMethod Method, string Path, Func<HttpContent>? Body, HttpStatusCode Status)[]
        {
            (HttpMethod.Get, "", null, HttpStatusCode.OK),
            (HttpMethod.Get, $"plans/{planId}", null, HttpStatusCode.OK),
            (HttpMethod.Get, "plans/not-a-plan", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, $"plans/{planId}/manage?token={owner}", null, HttpStatusCode.OK),
            (HttpMethod.Get, $"plans/{planId}/manage?token=forged.token", null, HttpStatusCode.Forbidden),
            (HttpMethod.Get, $"checkins/{closedCheckIn}", null, HttpStatusCode.Gone),
            (HttpMethod.Get, "checkins/forged.token", null, HttpStatusCode.Forbidden),
            (HttpMethod.Post, "checkins/forged.token", () => Form("x"), HttpStatusCode.Forbidden),
            (HttpMethod.Post, $"plans/{planId}/manage/pause?token=forged.token", null, HttpStatusCode.Forbidden),
            (HttpMethod.Post, $"plans/{planId}/manage/delete?token={owner}", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, $"plans/{planId}/manage/delegates?token={owner}", () => Form(""), HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"plans/{planId}/manage/delegates?token={owner}", () => Form("Sam"), HttpStatusCode.OK),
            (HttpMethod.Get, "no/such/page", null, HttpStatusCode.NotFound),
        };

        foreach (var (method, path, body, status) in pages)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body?.Invoke() };
            using var response = await host.Http.SendAsync(request);
            var label = $"{method} /{path}";
            Assert.True(status == response.StatusCode, $"{label}: {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            var scriptSrc = csp.Split(';').Select(d => d.Trim()).SingleOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal))
                ?? csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("default-src ", StringComparison.Ordinal));
            Assert.DoesNotContain("'unsafe-inline'", scriptSrc, StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-eval'", scriptSrc, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Contains(Assert.Single(response.Headers.GetValues("Referrer-Policy")), new[] { "no-referrer", "same-origin", "strict-origin-when-cross-origin" });

            // The CSP would block inline script; the pages must not need any (no script body, no on* handlers).
            var html = await response.Content.ReadAsStringAsync();
            Assert.False(InlineScript().IsMatch(html), $"{label} has an inline script");
            Assert.False(EventHandler().IsMatch(html), $"{label} has an inline event handler");
        }
    }

    async Task<string> StartActivePlanAsync(string practice)
    {
        using var accepted = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic(practice)));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var planId = (await accepted.ReadJsonAsync()).GetProperty("planId").GetString()!;
        await host.WaitForStatusAsync(planId, "Active");
        return planId;
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
