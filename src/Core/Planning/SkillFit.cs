using System.Text.RegularExpressions;
using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// Which role does a kind of task best. A $35 VA can submit a clean claim, but denials, appeals and
/// credentialing go better with a billing specialist who knows payer rules and deadlines, and a booking
/// widget goes better with someone who builds websites. The matcher weighs a task's value by the fit of
/// the role it goes to, so the better-fitting role wins whenever the budget allows it.
/// </summary>
public static partial class SkillFit
{
    /// <summary>The fit of a role that can do the work but is not the one who does it best.</summary>
    public const decimal Capable = 0.6m;

    static readonly Specialty[] Specialties =
    [
        new("payer work", SupportRole.BillingSpecialist, Capable,
            "denials, appeals, eligibility checks, credentialing and payer calls go faster and recover more with someone who works payer rules and deadlines every day",
            PayerWork()),
        new("claims", SupportRole.BillingSpecialist, 0.9m,
            "a billing specialist knows coding and payer rules, so claims and superbills go out right the first time",
            Claims()),
        new("tech", SupportRole.TechProfessional, 0.5m,
            "website, booking and systems work needs someone who sets up and secures these tools for a living",
            Tech()),
        new("marketing", SupportRole.MarketingSupport, 0.8m,
            "marketing support plans content and measures what brings inquiries, not only posts it",
            Marketing()),
    ];

    /// <summary>
    /// The fit of <paramref name="role"/> for <paramref name="task"/>: 1 for the role that does it best, less for one
    /// that can do it, 0 for one that may not take it (client information without privacy training, clinical work
    /// outside an associate therapist, an associate therapist outside clinical work).
    /// </summary>
    public static decimal Of(PracticeTask task, RoleProfile role)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(role);
        var clinical = task.Category == TaskCategory.Clinical;
        if (clinical != (role.Role == SupportRole.AssociateTherapist) || task.InvolvesClientInfo && !role.HipaaTrained)
        {
            return 0;
        }

        if (clinical)
        {
            return role.Categories.Contains(TaskCategory.Clinical) ? 1 : 0;
        }

        var specialty = SpecialtyOf(task);
        if (specialty is null)
        {
            return role.Categories.Contains(task.Category) ? 1 : 0;
        }

        if (role.Role == specialty.Best)
        {
            return 1;
        }

        return role.Categories.Contains(task.Category) ? specialty.OthersFit : 0;
    }

    /// <summary>The kind of specialist work <paramref name="task"/> is, by its name; null for general work.</summary>
    public static Specialty? SpecialtyOf(PracticeTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Category == TaskCategory.Clinical ? null : Specialties.FirstOrDefault(s => s.Pattern.IsMatch(task.Name));
    }

    [GeneratedRegex(@"\b(denial|denied|appeal|re-?submi|rejected claim|eligibilit|benefits? (check|verif)|verif\w* (insurance|benefits|coverage)|insurance verif|credential|caqh|re-?attest|payer|insurer call|insurance call|prior auth|pre-?auth|authori[sz]ation|a/r\b|accounts receivable|aging report|underpa|era\b|eob)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayerWork();

    [GeneratedRegex(@"\b(claim|clearinghouse|cms-?1500|coding|billing|superbill|insurance)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Claims();

    [GeneratedRegex(@"\b(website|web ?site|web page|landing page|booking widget|widget|wordpress|squarespace|wix|domain|dns|wi-?fi|router|network (issue|problem|set-?up)|printer|laptop|computer|device|it support|tech support|troubleshoot|google workspace|microsoft 365|office 365|email set-?up|set up email|mailbox set|ehr (set-?up|migration|permissions|accounts)|user accounts|permissions|crm|password manager|backup|software|telehealth set-?up|zoom set-?up|integration|automation|zapier)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tech();

    [GeneratedRegex(@"\b(social|instagram|facebook|linkedin|tiktok|newsletter|blog|seo|ads?\b|advertis|psychology today|directory|directories|google business|(online|google|yelp) reviews?|reviews? (replies|responses)|(reply|respond) to reviews|content|marketing|podcast|referral outreach)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marketing();
}

/// <summary>A kind of specialist work, the role that does it best and why.</summary>
/// <param name="Name">What the work is called in a sentence.</param>
/// <param name="Best">The role that does it best.</param>
/// <param name="OthersFit">The fit of any other role that may take the task's category.</param>
/// <param name="Why">Why the best role fits, as the rest of a sentence.</param>
/// <param name="Pattern">Words in a task's name that mark it as this work.</param>
public sealed record Specialty(string Name, SupportRole Best, decimal OthersFit, string Why, Regex Pattern);
