namespace Delegation.Core.Locale;

/// <summary>
/// What the law and the phone network of a practice's country mean for the words we write: which
/// agreement a helper signs before seeing client information, which privacy training to ask for,
/// and whom to call in a crisis. SOPs, hiring kits and emails all take their wording from here, so
/// a London practice is never told to sign a US BAA.
/// </summary>
public sealed record Jurisdiction(
    string Country,
    JurisdictionKind Kind,
    string Agreement,
    string AgreementShort,
    string PrivacyLaw,
    string PrivacyTraining,
    string EmergencyNumber,
    string CrisisLine)
{
    static readonly HashSet<string> EuAndEea =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ];

    /// <summary>
    /// What an associate therapist signs, in every country: they are part of the practice's workforce,
    /// not a vendor, so the plan, the SOP and the hiring kit all name this and never the vendor agreement.
    /// </summary>
    public const string WorkforceAgreement = "an employment or contractor agreement with confidentiality terms";

    /// <summary>
    /// What an employee signs instead of <see cref="Agreement"/>: under HIPAA an employee is workforce, not a business
    /// associate; under GDPR an employee is not a processor. Contractors and outside services sign the agreement.
    /// </summary>
    public string EmployeeAgreement => Kind switch
    {
        JurisdictionKind.Hipaa => "a confidentiality agreement as a member of the practice's workforce, with access set by role (an employee signs no BAA)",
        JurisdictionKind.UkGdpr or JurisdictionKind.EuGdpr => "the confidentiality clause of the employment contract, with access set by role (an employee is not a processor and signs no DPA)",
        _ => "the confidentiality clause of the employment contract, with access set by role",
    };

    /// <summary>What <paramref name="role"/> signs here: the workforce agreement for an associate, else the vendor agreement.</summary>
    /// <param name="role">The support role.</param>
    public string AgreementFor(Planning.SupportRole role) => role == Planning.SupportRole.AssociateTherapist ? WorkforceAgreement : Agreement;

    /// <summary>The wording for a practice in <paramref name="country"/> (ISO 3166-1 alpha-2).</summary>
    public static Jurisdiction Of(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        // Crisis lines carry no brackets: the SOPs quote them inside a bracketed aside ("(in danger now: …)").
        return country switch
        {
            "US" => new(country, JurisdictionKind.Hipaa,
                "a Business Associate Agreement (BAA) under HIPAA", "BAA", "HIPAA",
                "HIPAA privacy and security training",
                "911", "the 988 Suicide & Crisis Lifeline by calling or texting 988"),
            "GB" or "GG" or "JE" or "IM" => new(country, JurisdictionKind.UkGdpr,
                "a data processing agreement (DPA) under UK GDPR", "DPA", "UK GDPR",
                "UK GDPR and data protection training",
                "999", "NHS 111, option 2 for mental health, or Samaritans on 116 123"),
            "IE" => new(country, JurisdictionKind.EuGdpr,
                "a data processing agreement (DPA) under GDPR (Article 28)", "DPA", "GDPR",
                "GDPR and data protection training",
                "112 or 999", "Samaritans on 116 123"),
            "CA" => new(country, JurisdictionKind.Other,
                "a written confidentiality and data-processing agreement that meets your provincial privacy law and PIPEDA",
                "confidentiality agreement", "PIPEDA and your provincial privacy law",
                "privacy training covering PIPEDA and your provincial health privacy law",
                "911", "the 9-8-8 Suicide Crisis Helpline by calling or texting 988"),
            "AU" => new(country, JurisdictionKind.Other,
                "a written confidentiality and data-processing agreement that meets the Privacy Act 1988",
                "confidentiality agreement", "the Privacy Act 1988 (Australian Privacy Principles)",
                "privacy training covering the Australian Privacy Principles",
                "000", "Lifeline on 13 11 14"),
            "NZ" => new(country, JurisdictionKind.Other,
                "a written confidentiality and data-processing agreement that meets the Privacy Act 2020 and the Health Information Privacy Code",
                "confidentiality agreement", "the Privacy Act 2020 and the Health Information Privacy Code",
                "privacy training covering the Health Information Privacy Code",
                "111", "the 1737 helpline by calling or texting 1737"),
            _ when EuAndEea.Contains(country) => new(country, JurisdictionKind.EuGdpr,
                "a data processing agreement (DPA) under GDPR (Article 28)", "DPA", "GDPR",
                "GDPR and data protection training",
                "112", "your national crisis line, listed at findahelpline.com"),
            _ => new(country, JurisdictionKind.Other,
                "a written confidentiality and data-processing agreement that meets your local privacy law",
                "confidentiality agreement", "your local privacy law",
                "privacy and confidentiality training",
                "your local emergency number", "your local crisis line, listed at findahelpline.com"),
        };
    }
}

/// <summary>Which body of privacy law a practice works under.</summary>
public enum JurisdictionKind
{
    /// <summary>United States: HIPAA and a Business Associate Agreement.</summary>
    Hipaa,

    /// <summary>United Kingdom: UK GDPR and a data processing agreement.</summary>
    UkGdpr,

    /// <summary>EU and EEA: GDPR and an Article 28 data processing agreement.</summary>
    EuGdpr,

    /// <summary>Elsewhere: a written confidentiality and data-processing agreement under local law.</summary>
    Other,
}
