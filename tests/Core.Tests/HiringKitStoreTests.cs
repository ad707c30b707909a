using System.Text;
using Delegation.Core.Email;
using Delegation.Core.Hiring;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

/// <summary>Kits stored beside the SOPs, one version per content, and linked from the plan email.</summary>
public sealed class HiringKitStoreTests : IDisposable
{
    const string PlanId = Samples.PlanId;
    readonly TempDirectory folder = new();
    readonly HiringKitStore store;

    public HiringKitStoreTests() => store = new HiringKitStore(new LocalFolderDocumentStore(folder.Path));

    public void Dispose() => folder.Dispose();

    static HiringBrief Brief(decimal hours) => new(
        new SupportLine(SupportRole.VirtualAssistant, hours, 35m, Math.Round(hours * 35m * RoleProfile.WeeksPerMonth, 2)),
        [new HiringTask(Samples.Task(name: "Scheduling", hours: hours, clientInfo: true), 1)],
        null);

    static Func<int, HiringKit> Render(decimal hours) => v => HiringKitWriter.Write(Samples.Practice, "USD", Brief(hours), v);

    [Fact]
    public async Task Save_SameKitTwice_WritesVersionOneOnce()
    {
        var first = await store.SaveAsync(PlanId, SupportRole.VirtualAssistant, Render(5m));
        var second = await store.SaveAsync(PlanId, SupportRole.VirtualAssistant, Render(5m));

        Assert.Equal((1, "Hiring kit: virtual assistant"), first);
        Assert.Equal(first, second);
        var kit = $"plans/{PlanId}/hiring/virtual-assistant";
        Assert.Equal([$"{kit}/latest.json", $"{kit}/v1.html", $"{kit}/v1.md"], folder.Files());
    }

    [Fact]
    public async Task Save_ChangedKit_AddsVersionTwo_AndServesIt()
    {
        await store.SaveAsync(PlanId, SupportRole.VirtualAssistant, Render(5m));

        var changed = await store.SaveAsync(PlanId, SupportRole.VirtualAssistant, Render(8m));
        var md = await store.GetLatestAsync(PlanId, SupportRole.VirtualAssistant, "md");
        var html = await store.GetLatestAsync(PlanId, SupportRole.VirtualAssistant, "html");

        Assert.Equal(2, changed.Version);
        Assert.Contains("version 2", Encoding.UTF8.GetString(md!.Content), StringComparison.Ordinal);
        Assert.Contains("About 8 h a week", Encoding.UTF8.GetString(md.Content), StringComparison.Ordinal);
        Assert.StartsWith("text/html", html!.ContentType, StringComparison.Ordinal);
        Assert.Contains($"plans/{PlanId}/hiring/virtual-assistant/v1.md", folder.Files());
    }

    [Fact]
    public async Task GetLatest_RoleWithoutAKit_IsNull()
    {
        await store.SaveAsync(PlanId, SupportRole.VirtualAssistant, Render(5m));

        Assert.Null(await store.GetLatestAsync(PlanId, SupportRole.BillingSpecialist, "html"));
    }

    [Theory]
    [InlineData("virtual-assistant", SupportRole.VirtualAssistant)]
    [InlineData("billing-specialist", SupportRole.BillingSpecialist)]
    [InlineData("marketing-support", SupportRole.MarketingSupport)]
    [InlineData("tech-professional", SupportRole.TechProfessional)]
    [InlineData("associate-therapist", SupportRole.AssociateTherapist)]
    public void Slug_RoundTrips(string slug, SupportRole role)
    {
        Assert.Equal(slug, HiringRoles.Slug(role));
        Assert.True(HiringRoles.TryParse(slug, out var parsed));
        Assert.Equal(role, parsed);
    }

    [Theory]
    [InlineData("VirtualAssistant")]
    [InlineData("Virtual-Assistant")]
    [InlineData("owner")]
    [InlineData("")]
    public void Slug_Unknown_IsRefused(string slug) => Assert.False(HiringRoles.TryParse(slug, out _));

    [Fact]
    public void PlanEmail_LinksEachKit_Absolutely()
    {
        var (plan, _) = Samples.ComposePlan(Samples.Intake());
        var kits = plan.SupportMix.Select(l => new HiringKitLink(l.Role, $"Hiring kit: {RoleTitles.Of(l.Role)}", $"/api/plans/{PlanId}/hiring/{HiringRoles.Slug(l.Role)}", 1)).ToList();

        var email = PlanEmailContent.Build(plan with { HiringKits = kits }, new Uri("https://delegation.example/"));

        var section = Assert.Single(email.Sections, s => s.Heading == "Hiring kits");
        Assert.Equal(kits.Select(k => $"https://delegation.example{k.Url}"), section.Items.Select(i => i.Url));
        Assert.DoesNotContain(PlanEmailContent.Build(plan, new Uri("https://delegation.example/")).Sections, s => s.Heading == "Hiring kits");
    }
}
