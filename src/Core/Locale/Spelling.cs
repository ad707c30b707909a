namespace Delegation.Core.Locale;

/// <summary>Words whose spelling differs by country: a US owner reads US spelling, everyone else the British one.</summary>
public static class Spelling
{
    /// <summary>"counseling" for a US practice, "counselling" elsewhere (Canada and the Commonwealth spell it so).</summary>
    /// <param name="country">ISO 3166-1 alpha-2.</param>
    public static string Counselling(string? country) => IsUs(country) ? "counseling" : "counselling";

    /// <summary>"aging" (as in an aging report) for a US practice, "ageing" elsewhere.</summary>
    /// <param name="country">ISO 3166-1 alpha-2.</param>
    public static string Ageing(string? country) => IsUs(country) ? "aging" : "ageing";

    /// <summary>"license" (the noun) for a US practice, "licence" elsewhere.</summary>
    /// <param name="country">ISO 3166-1 alpha-2.</param>
    public static string Licence(string? country) => IsUs(country) ? "license" : "licence";

    static bool IsUs(string? country) => string.Equals(country, "US", StringComparison.OrdinalIgnoreCase);
}
