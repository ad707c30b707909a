using Delegation.Core.Intake;
using Delegation.Core.Locale;

namespace Delegation.Core.Sops;

/// <summary>
/// The one channel a delegate uses to hand the therapist anything that names a client (a callback request,
/// a flagged message, a weekly report): an SOP that forbids email, text and chat must say what to use instead.
/// </summary>
internal static class SecureMessaging
{
    /// <summary>"the secure messaging in SimplePractice" when the intake named the EHR, else the system the
    /// country's practices call it by; escaped for Markdown.</summary>
    /// <param name="systems">The systems the intake named; null for none.</param>
    /// <param name="jurisdiction">The practice's jurisdiction: a US practice says EHR.</param>
    public static string Of(PracticeSystems? systems, Jurisdiction jurisdiction) => systems?.Ehr is { } ehr
        ? $"the secure messaging in {MarkdownText.Escape(ehr)}"
        : jurisdiction.Kind == JurisdictionKind.Hipaa
            ? "the secure messaging in the practice's EHR"
            : "the secure messaging in the practice-management system";
}
