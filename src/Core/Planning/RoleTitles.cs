namespace Delegation.Core.Planning;

/// <summary>How roles are named to people.</summary>
public static class RoleTitles
{
    /// <summary>The human title of <paramref name="role"/>.</summary>
    public static string Of(SupportRole role) => role switch
    {
        SupportRole.VirtualAssistant => "virtual assistant",
        SupportRole.BillingSpecialist => "billing specialist",
        SupportRole.MarketingSupport => "marketing support",
        SupportRole.TechProfessional => "tech professional",
        SupportRole.AssociateTherapist => "associate therapist",
        _ => role.ToString(),
    };
}
