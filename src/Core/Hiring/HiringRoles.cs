using Delegation.Core.Planning;

namespace Delegation.Core.Hiring;

/// <summary>
/// The slug each role has in a hiring kit's URL (<c>/api/plans/{planId}/hiring/{slug}</c>) and its storage folder.
/// Slugs are written out, not derived from the enum's name, so renaming a member never breaks a link already emailed.
/// </summary>
public static class HiringRoles
{
    static readonly Dictionary<SupportRole, string> Slugs = new()
    {
        [SupportRole.VirtualAssistant] = "virtual-assistant",
        [SupportRole.BillingSpecialist] = "billing-specialist",
        [SupportRole.MarketingSupport] = "marketing-support",
        [SupportRole.TechProfessional] = "tech-professional",
        [SupportRole.AssociateTherapist] = "associate-therapist",
    };

    static readonly Dictionary<string, SupportRole> Roles = Slugs.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The slug of <paramref name="role"/>, such as <c>billing-specialist</c>.</summary>
    /// <param name="role">The role.</param>
    public static string Slug(SupportRole role) => Slugs[role];

    /// <summary>The role a slug names; false for anything else (case matters: a URL has one spelling).</summary>
    /// <param name="slug">The slug from the URL.</param>
    /// <param name="role">The role, when the slug is known.</param>
    public static bool TryParse(string? slug, out SupportRole role) => Roles.TryGetValue(slug ?? "", out role);
}
