using Delegation.Core.Locale;
using Delegation.Core.Sops;

namespace Delegation.Core.Hiring;

/// <summary>
/// The billing area's access line, narrowed to the kinds of billing work the role takes: a biller who only
/// checks eligibility gets eligibility rights, not claims and payments, and credentialing needs the payers'
/// provider records and no client records at all.
/// </summary>
internal static class BillingAccess
{
    // The billing-system rights each kind of work needs, in the order a biller's day runs.
    static readonly (string Kind, string Us, string Elsewhere)[] Rights =
    [
        ("eligibility", "eligibility and benefits checks", "checking insurance cover"),
        ("claims", "creating and sending claims", "raising insurer invoices"),
        ("denials", "reworking and appealing denied claims", "reworking rejected insurer invoices"),
        ("payment-posting", "posting payments", "recording insurer payments"),
        ("statements", "client statements and the payments clients make", "client invoices, statements and the payments clients make"),
        ("superbills", "superbills", "receipts for clients' insurers"),
    ];

    /// <summary>The billing work of <paramref name="kinds"/>, in the country's words ("creating and sending claims", "superbills"),
    /// so a kit asks a candidate for the same work its access grants.</summary>
    public static IReadOnlyList<string> Work(Jurisdiction j, IReadOnlySet<string> kinds) =>
        [.. Rights.Where(r => kinds.Contains(r.Kind)).Select(r => j.Kind == JurisdictionKind.Hipaa ? r.Us : r.Elsewhere)];

    static readonly string[] ClaimKinds = ["claims", "denials", "payment-posting"];

    /// <summary>The access line for a role whose billing work is of <paramref name="c"/>'s kinds.</summary>
    public static string Line(AreaContext c)
    {
        var us = c.J.Kind == JurisdictionKind.Hipaa;
        // The claims SOP posts payments and reconciles the bank itself when no payment-posting task is handed over or kept:
        // the kit grants what that SOP's tools list says, not "claims only".
        var postsWithClaims = c.Kinds.Contains("claims") && !c.InPlan("payment-posting") && c.KeptKinds?.Contains("payment-posting") != true;
        var rights = Work(c.J, postsWithClaims ? new HashSet<string>(c.Kinds) { "payment-posting" } : c.Kinds);
        var credentialing = c.Kinds.Contains("credentialing") || c.Kinds.Contains("associate-credentialing")
            ? (us ? "CAQH and the payers' provider portals" : "the insurers' provider registration portals")
              + ": the practice's provider and credentialing records only, with no client records."
            : null;
        if (rights.Count == 0)
        {
            return credentialing is null ? "" : char.ToUpperInvariant(credentialing[0]) + credentialing[1..];
        }

        var insurer = c.Kinds.Overlaps(["eligibility", .. ClaimKinds]);
        var where = us
            // SimplePractice sends claims itself: the claims SOP asks for no clearinghouse, so neither does the kit.
            ? $"{c.Ehrs} billing module" + (insurer && EhrClaims.BuiltInTo(c.Systems) is null ? $" and your clearinghouse{AreaContext.Named(c.Systems?.Billing)}" : "")
            : insurer
                ? $"{c.Ehrs} billing module and the insurers' provider portals you work through"
                // The billing system the intake named is where invoices are raised: the SOP says so too, so no second system beside it.
                : c.Systems?.Billing is { } b ? MarkdownText.Escape(b) : $"{c.Ehrs} invoicing";
        var notes = c.Kinds.Overlaps(ClaimKinds) && us
            ? "no access to session notes beyond the diagnosis and service codes a claim carries"
            : c.Kinds.Contains("superbills") && us
                ? "no access to session notes beyond the codes a superbill carries"
                : "no access to session notes";
        var bank = insurer ? "" : " and no right to change bank details";
        // An invoicing system of its own (Xero) holds no session notes, so promising "no access" to them there says nothing.
        var own = !us && !insurer && c.Systems?.Billing is not null;
        // The SOP grants the same named role (Xero's Standard, not Invoice only), and reads replies in the mailbox the system replies to.
        var line = own
            ? (AccountingSoftware.InvoicingRole(c.Systems!.Billing) is { } role ? $"{where}: {role}, for {Lists.And(rights)} only, with no right to change bank details." : $"{where}: permission for {Lists.And(rights)} only, with no right to change bank details.")
                + $" The billing mailbox {where}'s invoice emails reply to: a login of their own, to read and answer clients' replies."
            : $"{where}: permission for {Lists.And(rights)} only, with {notes}{bank}.";
        // Invoices raised in a billing system of their own are raised from the diary: the SOP has the biller read it there,
        // and send the therapist the reports that name clients through the same system's secure messaging.
        if (own)
        {
            line += $" {c.Ehrs} diary: read-only access to appointments and attendance, so each invoice matches a session held, and its secure messaging, "
                + "to send the therapist the reports that name clients; no access to the clinical record itself (notes, letters, assessments).";
        }

        if (postsWithClaims)
        {
            line += " The bank feed or deposit report: read-only, to reconcile deposits with the payments they post.";
        }

        return credentialing is null ? line : $"{line} {char.ToUpperInvariant(credentialing[0])}{credentialing[1..]}";
    }
}
