using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Sops;

namespace Delegation.Core.Email;

/// <summary>
/// The plan email's closing line on who signs what before seeing client information. Only outside help signs the
/// country's agreement (a BAA in the US); an associate therapist is the practice's own workforce and signs an
/// employment or contractor agreement. A line telling everyone to sign a BAA beside "an associate signs no BAA"
/// contradicted itself.
/// </summary>
public static class AgreementLine
{
    /// <summary>The closing sentences for <paramref name="plan"/>, naming the roles it hands work to.</summary>
    /// <param name="plan">The plan the email is for.</param>
    public static string For(Plan plan)
    {
        var j = Jurisdiction.Of(plan.Practice.Country);
        var handed = plan.Tasks.Where(t => t.Role is not null).ToList();
        var outside = handed.Where(t => t.Role != SupportRole.AssociateTherapist).ToList();
        var touching = Titles(outside.Where(t => t.InvolvesClientInfo));
        var associate = handed.Any(t => t.Role == SupportRole.AssociateTherapist);
        var lines = new List<string>();
        if (touching.Count > 0)
        {
            lines.Add($"Before the {string.Join(" or the ", touching)} touches client information, have them complete {j.PrivacyTraining} and sign {j.Agreement} with you.");
        }
        else if (outside.Count > 0)
        {
            // Least privilege: help whose tasks need no client information gets no access to it.
            var all = Titles(outside);
            lines.Add($"None of the work this plan hands to the {string.Join(" or the ", all)} needs client information, so give {(all.Count == 1 ? "them no access" : "none of them access")} to your EHR or client records; "
                + $"if that changes, have them complete {j.PrivacyTraining} and sign {j.Agreement} with you first.");
        }
        else if (!associate)
        {
            // Who signs what depends on how they are taken on: a BAA (or DPA) is for contractors and services, never staff.
            lines.Add($"Before anyone you bring in touches client information, have them complete {j.PrivacyTraining}; a contractor or outside service signs {j.Agreement} with you, "
                + $"and an employee signs {j.EmployeeAgreement}.");
        }

        // The SOPs make some vendors sign before the work starts (the phone provider before the line carries client calls,
        // the e-fax provider before it receives a fax): the owner reads those blockers here, beside the hire's own, not
        // first in the hire's SOP on day one.
        var vendors = Vendors(outside);
        if (vendors.Count > 0)
        {
            lines.Add(vendors.Count == 1
                ? $"{Cap(vendors[0].When)}, also have {vendors[0].Vendor} sign its own {j.AgreementShort} with you (not every plan includes one): until it is signed, the SOP keeps {vendors[0].Carries} off it."
                : $"Also have {Lists.And(vendors.Select(v => $"{v.Vendor} ({v.When})"))} each sign their own {j.AgreementShort} with you (not every plan includes one): until then, the SOPs keep {Lists.And(vendors.Select(v => v.Carries))} off them.");
        }

        if (associate)
        {
            // In the "other" jurisdictions the short name is "confidentiality agreement", which the workforce agreement also is.
            var not = j.Kind == JurisdictionKind.Other ? "" : $" (not a {j.AgreementShort}, which is for outside services)";
            lines.Add($"Your associate therapist is part of your workforce: before any access they sign {Jurisdiction.WorkforceAgreement}{not} and complete {j.PrivacyTraining}.");
        }

        return string.Join(" ", lines);
    }

    // The vendor each SOP kind needs signed before its first use with clients, as the SOP's tools line says.
    static readonly (string Kind, string Vendor, string Carries)[] VendorBlockers =
        [("phone", "your phone provider", "client calls (and voicemails)"), ("documents", "your e-fax provider", "client faxes")];

    // Each with when it must be signed: before the first day when its task is in phase 1, else before its phase starts.
    static List<(string Vendor, string Carries, string When)> Vendors(IEnumerable<PlanTask> outside)
    {
        var phases = outside
            .GroupBy(t => SopLibrary.KindOf(new PracticeTask(t.TaskId, t.Name, t.Category, t.HoursPerWeek, 3, 3, true, t.InvolvesClientInfo, null, t.OneTimeHours)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(t => t.Phase ?? 1), StringComparer.Ordinal);
        return [.. VendorBlockers.Where(v => phases.ContainsKey(v.Kind))
            .Select(v => (v.Vendor, v.Carries, phases[v.Kind] <= 1 ? "before the first day" : $"before phase {phases[v.Kind]} starts"))
            .OrderBy(v => v.Item3 == "before the first day" ? 0 : 1)];
    }

    static string Cap(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    static List<string> Titles(IEnumerable<PlanTask> tasks) =>
        [.. tasks.Select(t => t.Role!.Value).Distinct().Order().Select(RoleTitles.Of)];
}
