using Delegation.Core.Locale;

namespace Delegation.Core.Sops;

/// <summary>
/// Who publishes a therapist directory profile (Psychology Today and the like). The profile speaks for a
/// clinician to people looking for care, so the hire drafts and the therapist publishes from their own login.
/// The SOP and the hiring kit both say it with <see cref="Rule"/>, so the hire and the owner read one rule.
/// </summary>
internal static class DirectoryProfiles
{
    /// <summary>The rule, in the third person so it reads the same in the hire's SOP and the owner's kit.</summary>
    /// <param name="role">The hire's role title ("virtual assistant").</param>
    /// <param name="j">The practice's jurisdiction: a US clinician is licensed, elsewhere registered.</param>
    public static string Rule(string role, Jurisdiction j) =>
        $"A directory profile speaks for the therapist as a {(j.Kind == JurisdictionKind.Hipaa ? "licensed" : "registered")} clinician, "
        + $"so the {role} drafts every change and the therapist reviews it and publishes it from the therapist's own login; the {role} never signs in to the profile.";
}
