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

    /// <summary>The title as a noun phrase, its article from the word: "an associate therapist", "a billing specialist", and "marketing support" (a kind of help, not a person).</summary>
    public static string WithArticle(SupportRole role) => role switch
    {
        SupportRole.MarketingSupport => Of(role),
        _ => ("aeiou".Contains(Of(role)[0], StringComparison.Ordinal) ? "an " : "a ") + Of(role),
    };
}
