using System.Text.Json.Serialization;

namespace Delegation.Core.Planning;

/// <summary>The kinds of support a practice can delegate to, as the guide names them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupportRole>))]
public enum SupportRole
{
    /// <summary>First line of support: scheduling, inbox, client communication, onboarding.</summary>
    VirtualAssistant,
    /// <summary>Client payments and insurance claims.</summary>
    BillingSpecialist,
    /// <summary>Content, social media, newsletters.</summary>
    MarketingSupport,
    /// <summary>Website, troubleshooting, system set-up.</summary>
    TechProfessional,
    /// <summary>Another clinician to share the client load; the only role that may take clinical work.</summary>
    AssociateTherapist,
}
