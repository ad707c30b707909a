using Delegation.Core.Intake;

namespace Delegation.Core.Sops;

/// <summary>
/// Whether the practice's EHR sends insurance claims itself: SimplePractice, TherapyNotes and the like submit claims
/// from inside the EHR through their own clearinghouse connection, so a hire there has no clearinghouse of their own to
/// ask for at kickoff, nor a second login to hold.
/// </summary>
internal static class EhrClaims
{
    // Therapy EHRs whose US claims are created and submitted from inside the EHR; a practice can still name a separate
    // clearinghouse or billing service as its billing system, and then claims go there.
    static readonly string[] BuiltIn = ["SimplePractice", "TherapyNotes", "TheraNest", "Valant"];

    /// <summary>The EHR's name when it submits claims itself and the intake named no separate billing system; else null.</summary>
    /// <param name="systems">The systems the intake named; null for none.</param>
    public static string? BuiltInTo(PracticeSystems? systems) =>
        systems is { Ehr: { } ehr, Billing: null } && BuiltIn.Any(b => ehr.Contains(b, StringComparison.OrdinalIgnoreCase)) ? ehr : null;
}
