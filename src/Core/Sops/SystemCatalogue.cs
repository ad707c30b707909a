using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Delegation.Core.Intake;
using Delegation.Core.Locale;

namespace Delegation.Core.Sops;

/// <summary>
/// One system an SOP works in: how the owner names its vendor, what client information it holds (and so whether its
/// provider signs the country's agreement), and the access line a hiring kit gives for it.
/// </summary>
/// <param name="Key">The key a kind file lists in its <c>systems</c>.</param>
/// <param name="Vendor">The vendor as the owner reads it ("your phone provider (Dialpad)"), for the plan email's agreements.</param>
/// <param name="Holds">The client information it holds ("client calls and voicemails"); null when it holds none, so no agreement.</param>
/// <param name="Existing">The practice runs on it already (the EHR): the owner checks its agreement is in place rather than waiting for it.</param>
/// <param name="Access">The kit's access line for it, when no other line of the kit names it.</param>
/// <param name="Names">How a line names it: a kit line, or an SOP's own agreement line, that already names it is not repeated.</param>
/// <param name="Label">How an SOP names it to the hire ("the clearinghouse").</param>
/// <param name="WhenChosen">The SOP chooses the product first (the password manager): its agreement is due once it is chosen, not by a phase.</param>
/// <param name="Own">The name the intake gave this system ("Xero"), or null: a system the practice names is one it already
/// runs this work in, so its agreement is checked, never waited for.</param>
internal sealed record PracticeSystem(
    string Key,
    Func<Jurisdiction, PracticeSystems?, string> Vendor,
    string? Holds,
    bool Existing,
    Func<Jurisdiction, PracticeSystems?, string> Access,
    Func<PracticeSystems?, Regex> Names,
    Func<PracticeSystems?, string> Label,
    bool WhenChosen = false,
    Func<PracticeSystems?, string?>? Own = null)
{
    /// <summary>
    /// Whether the practice already runs on it: the EHR always, and a billing system, mailbox or phone line the intake named.
    /// Its provider's agreement is checked before the hire gets a login ("most include it in their terms"); an SOP whose every
    /// step runs in Xero cannot also keep client invoices off Xero until a DPA is signed.
    /// </summary>
    public bool InUse(PracticeSystems? systems) => Existing || Own?.Invoke(systems) is not null;
}

/// <summary>
/// The systems SOPs work in, as data. Each kind file declares the ones its steps and tools use (<c>systems = [...]</c>), and
/// the hiring kit's access checklist, the plan email's list of vendor agreements and the SOP's own agreement line are all
/// read from those declarations, so a phone line the intake SOP answers is never missing from the kit or the email.
/// </summary>
internal static class SystemCatalogue
{
    static string Named(string? name) => name is null ? "" : $" ({MarkdownText.Escape(name)})";

    static string Ehr(Jurisdiction j) => j.Kind == JurisdictionKind.Hipaa ? "EHR" : "practice-management system";

    static Regex Words(string pattern, string? own = null) =>
        new(@"(?<![\p{L}\p{N}])(" + pattern + (own is null ? "" : "|" + Regex.Escape(MarkdownText.Escape(own))) + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Every system, by key.</summary>
    public static readonly FrozenDictionary<string, PracticeSystem> All = new PracticeSystem[]
    {
        new("ehr", (j, s) => $"your {Ehr(j)}{Named(s?.Ehr)}", "client records", Existing: true,
            (j, s) => $"{(s?.Ehr is { } e ? Possessive.Of(MarkdownText.Escape(e)) : $"Your {Ehr(j)}'s")} records: a named user in the narrowest role the SOPs name, with no access to session notes.",
            s => Words("EHR|practice-management system", s?.Ehr),
            s => s?.Ehr is { } e ? MarkdownText.Escape(e) : "the EHR"),
        new("phone", (_, s) => $"your phone provider{Named(s?.Phone)}", "client calls and voicemails", false,
            (j, s) => $"The practice phone line or VoIP system{Named(s?.Phone)}: a user or extension of their own that answers calls and voicemail, without administrator rights to the phone account. The phone provider holds client calls and voicemails, so it signs {j.Agreement} with you before the line carries them.",
            s => Words("phone line|VoIP", s?.Phone),
            s => "the practice phone line" + Named(s?.Phone), Own: s => s?.Phone),
        new("mailbox", (_, s) => $"your email provider{Named(s?.Email)}", "client emails and inquiries", false,
            (j, s) => $"The practice inbox or inquiries mailbox{Named(s?.Email)}: delegated or shared-mailbox access under their own login, never your password. The email provider holds client emails and inquiries, so it signs {j.Agreement} with you before they go through it.",
            s => Words("inbox|mailbox", s?.Email),
            s => "the practice mailbox" + Named(s?.Email), Own: s => s?.Email),
        new("efax", (_, _) => "your e-fax provider", "client faxes", false,
            (j, _) => $"The practice's e-fax service (you name it at kickoff): a login of their own to the fax inbox; the provider holds client faxes, so it signs {j.Agreement} with you before it receives any.",
            _ => Words("e-fax"),
            _ => "the e-fax service"),
        new("storage", (_, _) => "your document storage provider (such as Google Drive, OneDrive or Dropbox Business)", "client documents", false,
            (j, _) => $"The practice's document storage (you name it at kickoff): the administrative folders only; it holds client documents only once its provider has signed {j.Agreement} with you.",
            _ => Words("document storage"),
            _ => "the practice document storage"),
        new("scheduler", (j, _) => $"any scheduler you use beside your {Ehr(j)}", "client names and booking times", false,
            (j, s) => $"A separate scheduler, only if you use one beside {(s?.Ehr is { } e ? MarkdownText.Escape(e) : $"your {Ehr(j)}")} and its provider has signed {j.Agreement} with you (many general schedulers do not): the booking slots their SOPs name only.",
            _ => Words("separate scheduler"),
            _ => "any separate scheduler"),
        new("clearinghouse", (_, s) => $"your clearinghouse{Named(s?.Billing)}", "clients' insurance details and claims", false,
            (j, s) => $"The clearinghouse{Named(s?.Billing)}: a user of their own under the practice's account, without administrator rights. It holds clients' insurance details and claims, so it signs {j.Agreement} with you before the first check or claim goes through it.",
            s => Words("clearinghouse", s?.Billing),
            s => "the clearinghouse" + Named(s?.Billing)),
        new("billing", (_, s) => s?.Billing is { } b ? $"your billing system ({MarkdownText.Escape(b)})" : "your billing system", "client invoices and payments", false,
            (j, s) => $"The billing system{Named(s?.Billing)}: a user of their own with the invoicing role the SOP names; it holds client invoices, so its provider's {j.AgreementShort} with you is in place before they use it.",
            s => Words("billing system", s?.Billing),
            s => "the billing system" + Named(s?.Billing), Own: s => s?.Billing),
        new("password-manager", (_, _) => "your password manager's vendor", "any client information kept in its vaults", false,
            (j, _) => $"The password manager's business plan, in the practice's name: an account of their own with only the vaults their work needs; no client information goes in a vault unless its vendor has signed {j.Agreement} with you.",
            _ => Words("password manager"),
            _ => "the password manager", WhenChosen: true),
        new("telehealth", (_, _) => "your video platform for online sessions", "online sessions", false,
            (j, _) => $"The telehealth platform: an admin or support role to manage rooms, not to join sessions; it carries sessions, so its provider signs {j.Agreement} with you before the first online session.",
            _ => Words("telehealth platform|video platform"),
            _ => "the telehealth platform"),
    }.ToFrozenDictionary(s => s.Key, StringComparer.Ordinal);

    /// <summary>The system with <paramref name="key"/>; a kind file naming an unknown key is a defect, caught when it loads.</summary>
    public static PracticeSystem Of(string key) =>
        All.TryGetValue(key, out var system) ? system : throw new InvalidOperationException($"No system '{key}' in the catalogue.");
}
