using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Sops;

namespace Delegation.Core.Hiring;

/// <summary>
/// The owner's own short steps for a hire's EHR user, when the plan keeps "EHR user accounts and permissions" with
/// them. The access checklist says what each EHR line allows; without these steps an owner who rated that task low
/// (round 13: 2/5) is left to turn those lines into roles alone. The steps are the EHR-accounts SOP's own, for one
/// person, so the kit asks nothing that SOP would not. A plan that hands the task to a hire writes no steps here: that
/// hire's SOP has them.
/// </summary>
internal static class EhrUserSetUp
{
    /// <summary>The kit's item (its heading and its steps), or null when the role gets no EHR user or the plan hands the task over.</summary>
    /// <param name="practice">The practice, for its EHR's name.</param>
    /// <param name="role">The role the kit is for.</param>
    /// <param name="j">The practice's jurisdiction, for the agreement a hire signs and the word for the EHR.</param>
    /// <param name="access">The kit's access checklist lines, to find the EHR's.</param>
    /// <param name="keptTasks">The tasks the plan keeps with the therapist; null for none.</param>
    public static (string When, string What)? For(Practice practice, Planning.SupportRole role, Jurisdiction j, IReadOnlyList<string> access, IReadOnlyList<PracticeTask>? keptTasks)
    {
        var kept = keptTasks?.FirstOrDefault(t => SopLibrary.KindOf(t) == "ehr-accounts");
        var ehrs = new AreaContext(j, new HashSet<string>(StringComparer.Ordinal), practice.Systems).Ehrs;
        if (kept is null || !access.Any(l => l.StartsWith(ehrs, StringComparison.Ordinal)))
        {
            return null;
        }

        var system = practice.Systems?.Ehr is { } named ? MarkdownText.Escape(named) : null;
        var ehr = system ?? (j.Kind == JurisdictionKind.Hipaa ? "the EHR" : "the practice-management system");
        var task = MarkdownText.Escape(kept.Name);
        var noun = system ?? (j.Kind == JurisdictionKind.Hipaa ? "EHR" : "practice-management system");
        return ($"Their {noun} user, which you set up (this plan keeps “{task}” with you)",
            $"Four short steps, once {Agreement(role, j)} is signed: (1) signed in to {ehr} as its administrator, add a user in their name with their own email address, never a shared login; "
            + $"(2) give it the narrowest ready-made role in {ehr} that allows the {noun} lines of the access checklist above, and switch off any permission those lines rule out; "
            + "(3) require multi-factor authentication for the user, so they turn it on at their first sign-in, as the kickoff has them do while you watch; "
            + "(4) when they first sign in with you, check together that what those lines rule out is out of reach, and note the user, its role, the date and your approval in your access list. "
            // Some limits (booking only into the associate's openings, say) are finer than an EHR's roles: the SOP holds them.
            + $"Where the roles in {ehr} cannot draw a line the checklist draws, the narrowest role that allows the work is the limit {ehr} enforces, and the rest is a rule of the SOP that you check at each check-in. "
            + $"If you later hand “{task}” to a hire who has {j.PrivacyTraining} and has signed {j.Agreement}, they take these steps over under an administrator user of their own, never yours.");
    }

    // The agreement the hire signs before any client record: an associate is workforce, every other hire a vendor.
    static string Agreement(Planning.SupportRole role, Jurisdiction j) => role == Planning.SupportRole.AssociateTherapist ? "their employment or contractor agreement" : "their " + j.AgreementShort;
}
