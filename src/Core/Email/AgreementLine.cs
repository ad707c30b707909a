using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

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

        if (associate)
        {
            // In the "other" jurisdictions the short name is "confidentiality agreement", which the workforce agreement also is.
            var not = j.Kind == JurisdictionKind.Other ? "" : $" (not a {j.AgreementShort}, which is for outside services)";
            lines.Add($"Your associate therapist is part of your workforce: before any access they sign {Jurisdiction.WorkforceAgreement}{not} and complete {j.PrivacyTraining}.");
        }

        return string.Join(" ", lines);
    }

    static List<string> Titles(IEnumerable<PlanTask> tasks) =>
        [.. tasks.Select(t => t.Role!.Value).Distinct().Order().Select(RoleTitles.Of)];
}
