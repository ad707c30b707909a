using System.Net;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// The plan email says meetings wait for the owner to register who they hired: it must carry the link that does it,
/// not leave it to the hire reminder a week later.
/// </summary>
public sealed class PlanEmailManageLinkTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    readonly StandaloneHost host = fixture.Host;

    [Fact]
    public async Task PlanEmail_CarriesTheOwnersManageLink_AndItRegistersAHire()
    {
        using var submitted = await host.Http.PostAsync("api/intake", Intakes.Json(Intakes.Realistic("Manage Link Counseling")));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var planId = (await submitted.ReadJsonAsync()).GetProperty("planId").GetString()!;
        var plan = await host.WaitForStatusAsync(planId, "Active");
        var email = await host.WaitForAsync(planId, "plan-1");

        Assert.Contains("Register who you hired, pause or resume: http://localhost:", email.TextBody, StringComparison.Ordinal);
        var manage = Outbox.LinkIn(email, $"plans/{planId}/manage?token=");
        Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(manage.ToString())}\"", email.HtmlBody, StringComparison.Ordinal);
        using (var page = await host.Http.GetAsync(manage.PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // The same token registers the hire: the link is the owner's, not a page that only looks right.
        var token = System.Web.HttpUtility.ParseQueryString(manage.Query)["token"]!;
        var role = plan.GetProperty("checkIns")[0].GetProperty("role").GetString()!;
        await host.RegisterAsync(planId, token, role);
    }
}
