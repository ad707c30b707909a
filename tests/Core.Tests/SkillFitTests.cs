using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

public sealed class SkillFitTests
{
    static readonly IReadOnlyList<RoleProfile> Roles = PlanningOptions.DefaultRoles();

    static decimal Fit(string name, TaskCategory category, SupportRole role, bool clientInfo = false) =>
        SkillFit.Of(Samples.Task(name: name, category: category, clientInfo: clientInfo), Roles.Single(r => r.Role == role));

    [Theory]
    [InlineData("Claims denials and appeals", TaskCategory.Billing, SupportRole.BillingSpecialist)]
    [InlineData("CAQH re-attestation", TaskCategory.Admin, SupportRole.BillingSpecialist)]
    [InlineData("Insurance eligibility checks", TaskCategory.Billing, SupportRole.BillingSpecialist)]
    [InlineData("Calls to payers", TaskCategory.Billing, SupportRole.BillingSpecialist)]
    [InlineData("Fix the booking widget", TaskCategory.Tech, SupportRole.TechProfessional)]
    [InlineData("Website updates", TaskCategory.Admin, SupportRole.TechProfessional)]
    [InlineData("Instagram posts", TaskCategory.Marketing, SupportRole.MarketingSupport)]
    [InlineData("Reply to Google reviews", TaskCategory.Admin, SupportRole.MarketingSupport)]
    public void SpecialistWork_FitsItsSpecialistBest(string name, TaskCategory category, SupportRole best)
    {
        Assert.Equal(1m, Fit(name, category, best));
        Assert.All(Roles.Where(r => r.Role != best), r => Assert.True(Fit(name, category, r.Role) < 1m, r.Role.ToString()));
    }

    [Theory]
    [InlineData("Scheduling appointments", TaskCategory.Admin)]
    [InlineData("Office supplies", TaskCategory.Admin)]
    [InlineData("Review intake paperwork", TaskCategory.Onboarding)]
    public void GeneralWork_FitsAVirtualAssistantFully(string name, TaskCategory category) =>
        Assert.Equal(1m, Fit(name, category, SupportRole.VirtualAssistant));

    [Fact]
    public void Rules_ComeBeforeFit()
    {
        Assert.Equal(0m, Fit("Website updates", TaskCategory.Tech, SupportRole.TechProfessional, clientInfo: true));
        Assert.Equal(0m, Fit("Therapy sessions", TaskCategory.Clinical, SupportRole.VirtualAssistant));
        Assert.Equal(1m, Fit("Therapy sessions", TaskCategory.Clinical, SupportRole.AssociateTherapist, clientInfo: true));
        Assert.Equal(0m, Fit("Scheduling", TaskCategory.Admin, SupportRole.AssociateTherapist));
    }
}
