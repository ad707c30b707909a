using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;

namespace Delegation.Integration.Tests;

/// <summary>
/// App:BaseUrl as an operator meets it: a host reachable from other machines refuses to email links to
/// localhost, and with a public address set, every link in every email starts with it.
/// </summary>
public sealed partial class PublicBaseUrlTests
{
    // A path below the root, so a link joined as "/plans/…" instead of "plans/…" would lose it and fail.
    const string BaseUrl = "https://plans.delegation.example/practice/";

    static readonly Dictionary<string, string> ProductionOnAllInterfaces = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Standalone__Host"] = "*",
        // These tests are about links; email goes to the outbox they read, which such a host must be told to accept.
        ["Email__AllowOutbox"] = "true",
    };

    [Fact]
    public async Task StandaloneHost_ProductionOnAllInterfacesWithoutBaseUrl_ExitsNonZeroNamingTheSetting()
    {
        var (exitCode, log) = await StandaloneHost.RunUntilExitAsync(ProductionOnAllInterfaces, TimeSpan.FromSeconds(60));

        Assert.True(exitCode is not null, $"The host was still running after 60 s:\n{log}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("App:BaseUrl is not set", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandaloneHost_ProductionOnAllInterfacesWithLoopbackBaseUrl_ExitsNonZeroNamingTheSetting()
    {
        var settings = new Dictionary<string, string>(ProductionOnAllInterfaces) { ["App__BaseUrl"] = "http://127.0.0.1:7071/" };

        var (exitCode, log) = await StandaloneHost.RunUntilExitAsync(settings, TimeSpan.FromSeconds(60));

        Assert.True(exitCode is not null, $"The host was still running after 60 s:\n{log}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("App:BaseUrl is http://127.0.0.1:7071/, a loopback address", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAndNoticeEmails_FromAProductionHostWithPublicBaseUrl_LinkOnlyUnderTheBaseUrl()
    {
        await using var host = await StandaloneHost.StartAsync(new Dictionary<string, string>(ProductionOnAllInterfaces)
        {
            ["App__BaseUrl"] = BaseUrl,
            // The first hire reminder (a notice with the manage link) a few seconds after the plan.
            ["Workflow__TimeScale"] = "50000",
            ["Workflow__HireReminderDelay"] = "2.00:00:00",
        });

        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var planId = (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
        var plan = await host.WaitForStatusAsync(planId, "Active");
        var role = plan.GetProperty("supportMix")[0].GetProperty("role").GetString();
        var planEmail = await host.WaitForAsync(planId, "plan-1");
        var notice = await host.WaitForAsync(planId, $"hire-{role}-1");

        foreach (var message in new[] { planEmail, notice })
        {
            var links = LinksIn(message);
            Assert.NotEmpty(links);
            Assert.All(links, link =>
            {
                Assert.True(Uri.TryCreate(link, UriKind.Absolute, out _), $"{message.Subject}: {link} is not absolute");
                Assert.StartsWith(BaseUrl, link, StringComparison.Ordinal);
            });
        }

        Assert.Contains(BaseUrl + $"plans/{planId}", LinksIn(planEmail));
        Assert.Contains(LinksIn(notice), l => l.StartsWith(BaseUrl + $"plans/{planId}/manage?token=", StringComparison.Ordinal));
    }

    /// <summary>Every href and src of every HTML part (attachments too), and every address or root path in every text part.</summary>
    static List<string> LinksIn(MimeMessage message)
    {
        var parser = new HtmlParser();
        var links = new List<string>();
        foreach (var part in message.BodyParts.OfType<TextPart>())
        {
            if (part.IsHtml)
            {
                using var document = parser.ParseDocument(part.Text);
                links.AddRange(document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!));
                links.AddRange(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            }
            else if (part.IsPlain)
            {
                links.AddRange(TextLinks().Matches(part.Text).Select(m => m.Value));
            }
        }

        return links;
    }

    // A scheme (http:, mailto:, …) or a path from the root, at the start of a word.
    [GeneratedRegex(@"(?<!\S)(?:[a-z][a-z0-9+.-]*://\S+|/[^\s/]\S*)", RegexOptions.IgnoreCase)]
    private static partial Regex TextLinks();
}
