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

        // The SOPs keep client information off every outside system until its provider has signed (the phone line before it
        // carries client calls, the e-fax before it receives a fax): the owner reads each of those blockers here, beside the
        // hire's own, not first in the hire's SOP on day one. The list is what the plan's SOPs declare they use (SystemCatalogue).
        var systems = Vendors(plan, j, outside);
        // The systems the practice already runs (the EHR, a billing system the intake named) given to the same roles are one check.
        foreach (var existing in systems.Where(v => v.System.InUse(plan.Practice.Systems)).GroupBy(v => string.Join(" or the ", v.Roles), StringComparer.Ordinal))
        {
            var names = existing.Select(v => v.System.Vendor(j, plan.Practice.Systems)).ToList();
            lines.Add(names.Count == 1
                ? $"Check that {names[0]} has a signed {j.AgreementShort} with you (most include one in their terms) before you give the {existing.Key} a login to it."
                : $"Check that {Lists.And(names)} each have a signed {j.AgreementShort} with you (most include one in their terms) before you give the {existing.Key} a login to them.");
        }

        var vendors = systems.Where(v => !v.System.InUse(plan.Practice.Systems)).ToList();
        if (vendors.Count == 1)
        {
            var v = vendors[0];
            lines.Add($"{Cap(When(v.Phase))}, also have {v.System.Vendor(j, plan.Practice.Systems)} sign its own {j.AgreementShort} with you (not every plan includes one): until it is signed, the SOP keeps {v.System.Holds} off it.");
        }
        else if (vendors.Count > 1)
        {
            // Grouped by when each is needed, earliest first, so the owner reads what to sign before the first day first.
            var byWhen = vendors.GroupBy(v => v.Phase).OrderBy(g => g.Key)
                .Select(g => $"{When(g.Key)}, {Lists.And(g.Select(v => v.System.Vendor(j, plan.Practice.Systems)))}");
            lines.Add($"Also have each of these sign its own {j.AgreementShort} with you (not every plan includes one): {string.Join("; ", byWhen)}. Until each has signed, the SOPs keep client information off it.");
        }

        if (associate)
        {
            // In the "other" jurisdictions the short name is "confidentiality agreement", which the workforce agreement also is.
            var not = j.Kind == JurisdictionKind.Other ? "" : $" (not a {j.AgreementShort}, which is for outside services)";
            lines.Add($"Your associate therapist is part of your workforce: before any access they sign {Jurisdiction.WorkforceAgreement}{not} and complete {j.PrivacyTraining}.");
        }

        return string.Join(" ", lines);
    }

    // Each system that the SOPs of the outside roles' tasks declare and that holds client information, with the earliest
    // phase whose task uses it: before the first day when that is phase 1, else before that phase starts.
    static List<(PracticeSystem System, int Phase, List<string> Roles)> Vendors(Plan plan, Jurisdiction j, IReadOnlyList<PlanTask> outside)
    {
        var handed = plan.Tasks.Where(t => t.Role is not null).Select(Practice).ToList();
        var delegated = handed.Select(SopLibrary.KindOf).ToHashSet(StringComparer.Ordinal);
        return [.. outside
            .SelectMany(t => SopLibrary.SystemsOf(Practice(t), t.Role!.Value, j, delegated, plan.Practice.Systems).Select(s => (Key: s, Phase: t.Phase ?? 1, Task: t)))
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (System: SystemCatalogue.Of(g.Key), Phase: g.Min(s => s.Phase), Roles: Titles(g.Select(s => s.Task))))
            .Select(s => s.System.WhenChosen ? (s.System, Phase: int.MaxValue, s.Roles) : s)
            .Where(s => s.System.Holds is not null)
            .OrderBy(s => s.Phase)];
    }

    static PracticeTask Practice(PlanTask t) => new(t.TaskId, t.Name, t.Category, t.HoursPerWeek, 3, 3, true, t.InvolvesClientInfo, null, t.OneTimeHours);

    // A product the SOP has the hire choose with you (the password manager) signs once chosen, before anything goes in it.
    static string When(int phase) => phase switch
    {
        <= 1 => "before the first day",
        int.MaxValue => "once you choose it",
        _ => $"before phase {phase} starts",
    };

    static string Cap(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    static List<string> Titles(IEnumerable<PlanTask> tasks) =>
        [.. tasks.Select(t => t.Role!.Value).Distinct().Order().Select(RoleTitles.Of)];
}
