namespace Delegation.Core.Locale;

/// <summary>
/// What the law asks of a practice before someone it employs starts, by country: a US kit names Form I-9 and the
/// W-4, a UK one the right-to-work check, so neither owner is handed the other's paperwork.
/// </summary>
public static class StarterPaperwork
{
    /// <summary>One sentence for the hiring kit's "before the kickoff" step of a role the practice may employ.</summary>
    /// <param name="country">ISO 3166-1 alpha-2.</param>
    public static string Of(string? country) => country?.ToUpperInvariant() switch
    {
        // I-9 section 1 is due by the first day of work and section 2 within three business days of it (USCIS).
        null or "US" => "If you employ them rather than contract them, they complete section 1 of Form I-9 by their first day and you check their documents for section 2 within three business days of it; they also give you a W-4 for payroll. A contractor gives you a W-9 instead.",
        "GB" or "GG" or "JE" or "IM" => "If you employ them rather than contract them, do the right-to-work check before their first day and keep the copy, and get their P45 or a starter checklist for payroll.",
        _ => "If you employ them rather than contract them, complete the checks and tax forms your country's employment law asks for before their first day.",
    };
}
