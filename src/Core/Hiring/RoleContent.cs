using Delegation.Core.Locale;
using Delegation.Core.Planning;

namespace Delegation.Core.Hiring;

/// <summary>
/// What a kit says about a role as such: what the job is, what a candidate must bring, the questions every
/// candidate for it is asked. What depends on the tasks (systems, task questions) comes from <see cref="WorkAreas"/>.
/// Sentences here are about the therapist as "you" and the hire by their role.
/// </summary>
internal static class RoleContent
{
    /// <summary>What the job is, in one sentence, as the kit's job description opens.</summary>
    /// <param name="role">The role.</param>
    /// <param name="oneOff">The role only does one-off projects, so nothing reads as ongoing support.</param>
    public static string Summary(SupportRole role, bool oneOff = false) => role switch
    {
        SupportRole.TechProfessional when oneOff => "The tech professional does the one-off project work listed below, with administrator access only while a change needs it, and hands everything back at the end: there is no ongoing role.",
        SupportRole.VirtualAssistant => "The virtual assistant takes over the practice's day-to-day admin listed below, working in the practice's own accounts from a written SOP for each task.",
        SupportRole.BillingSpecialist => "The billing specialist takes over the billing work listed below, working in the practice's own systems from a written SOP for each task.",
        SupportRole.MarketingSupport => "The marketing support (a freelancer or a small agency) takes over the marketing work listed below, from a written SOP for each task and with every post or campaign in the practice's own accounts.",
        SupportRole.TechProfessional => "The tech professional does the set-up and support work listed below, with administrator access only while a change needs it.",
        SupportRole.AssociateTherapist => "The associate therapist sees clients of the practice for the hours below, under the practice's policies and in its EHR.",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    // The kinds whose work is all on the practice's website.
    static readonly HashSet<string> WebsiteKinds = new(["website", "website-move", "booking-widget"], StringComparer.Ordinal);

    /// <summary>The experience a candidate must bring for the work this plan gives the role (<paramref name="kinds"/>,
    /// as SOP kinds), named in <paramref name="ehr"/> when the intake gave the practice's EHR (escaped for Markdown).</summary>
    public static string Experience(SupportRole role, Jurisdiction j, IReadOnlySet<string> kinds, string? ehr) => role switch
    {
        SupportRole.VirtualAssistant => $"At least a year of admin work for a therapy, {Spelling.Counselling(j.Country)} or other mental-health practice, "
            + (ehr is null ? "in a practice-management system or EHR they can name." : $"ideally in {ehr}, or in a similar system they can name.")
            + VirtualAssistantBilling(j, kinds),
        SupportRole.BillingSpecialist => BillingExperience(j, kinds),
        SupportRole.MarketingSupport => $"Has marketed a therapy, {Spelling.Counselling(j.Country)} or other health practice, and can show the work.",
        // Website work alone asks for website experience: a web developer who never ran an EHR is the right hire for a site move.
        SupportRole.TechProfessional when kinds.Count > 0 && kinds.IsSubsetOf(WebsiteKinds) =>
            "Has built or moved websites for small businesses, ideally a therapy or other health practice: hosting, domains and DNS (including the email records), SSL certificates, contact and booking forms, and redirects.",
        SupportRole.TechProfessional => "Has supported the systems of a therapy or other health practice: its " + (ehr ?? (j.Kind == JurisdictionKind.Hipaa ? "EHR" : "practice-management system")) + ", email, devices, user accounts and permissions.",
        SupportRole.AssociateTherapist => "Clinical experience with the clients your practice sees, and a consultation group or (if pre-licensed) the named supervisor they work under.",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    // A VA who takes billing tasks needs the billing experience too: admin work alone does not teach claims or superbills.
    static string VirtualAssistantBilling(Jurisdiction j, IReadOnlySet<string> kinds) =>
        BillingAccess.Work(j, kinds) is { Count: > 0 } work
            ? $" Because this plan gives them billing work, they have also done that work for a health practice: {Lists.And(work)}."
            : "";

    // The billing work differs most by who pays: insurers (claims, posting, denials, benefits, panels) or the client.
    static string BillingExperience(Jurisdiction j, IReadOnlySet<string> kinds)
    {
        var us = j.Kind == JurisdictionKind.Hipaa;
        string[] insurer = ["claims", "payment-posting", "denials", "eligibility", "credentialing", "associate-credentialing"];
        if (!insurer.Any(kinds.Contains))
        {
            return us
                ? "At least a year of billing clients of a therapy or other health practice: statements, card payments and superbills, and calm conversations about money."
                : "At least a year of invoicing clients of a therapy or other health practice: raising invoices, matching bank transfers to them and chasing what is overdue, kindly.";
        }

        if (!us)
        {
            return "At least a year of invoicing insurers for therapy or other health services in your country, and of taking client payments.";
        }

        var parts = new List<string> { "psychotherapy codes (90791, 90834, 90837)", "behavioral-health carve-outs" };
        if (kinds.Contains("denials"))
        {
            parts.Add("denials and appeals");
        }

        if (kinds.Contains("credentialing") || kinds.Contains("associate-credentialing"))
        {
            parts.Add("payer enrollment and CAQH");
        }

        return $"At least a year of mental-health billing: {string.Join(", ", parts)}.";
    }

    /// <summary>An associate's licence, insurance and credentialing, in the practice's country's terms.</summary>
    public static IEnumerable<string> Clinician(Jurisdiction j)
    {
        // The rule itself is AssociateLicensing's, word for word as the plan and the SOP say it; the check is the owner's.
        yield return AssociateLicensing.Rule(j) + " " + j.Kind switch
        {
            JurisdictionKind.Hipaa => "Check the license on the state board's website before you make an offer, and for a pre-licensed associate the supervisor's name and license too.",
            JurisdictionKind.UkGdpr => "Check the registration on the body's public register before you make an offer, and for one in training the supervisor's name and registration too.",
            _ => "Check it on the regulator's public register before you make an offer, and for a pre-licensed associate the supervisor's name and license too.",
        };
        yield return j.Kind == JurisdictionKind.Hipaa
            ? "Their own malpractice (professional liability) insurance, or cover under your group policy; ask for the certificate."
            : "Their own professional indemnity insurance, or cover under your practice's policy; ask for the certificate.";
        yield return j.Kind == JurisdictionKind.Hipaa
            ? "If you take insurance: credentialing with each of your payers (and CAQH) often takes three to six months. Start it the day they accept, and book insured clients with them only once each payer confirms."
            : "If your clients claim through insurers: each insurer must recognize the associate before their sessions are covered, which can take months. Apply the day they accept.";
    }

    /// <summary>Questions for every candidate for the role, and for a VA the billing work it takes (<c>kinds</c>, as SOP kinds).</summary>
    /// <param name="role">The role interviewed for.</param>
    /// <param name="j">The practice's jurisdiction, for the emergency and crisis numbers.</param>
    /// <param name="kinds">The SOP kinds of the role's tasks.</param>
    /// <param name="clientContact">The role talks to clients or callers.</param>
    /// <param name="clientInfo">The role's tasks touch client information.</param>
    /// <param name="oneOff">The role only does one-off projects: no check-ins follow the kickoff, only a hand-over review.</param>
    public static IEnumerable<InterviewQuestion> Questions(SupportRole role, Jurisdiction j, IReadOnlySet<string> kinds, bool clientContact, bool clientInfo, bool oneOff = false)
    {
        if (role == SupportRole.AssociateTherapist)
        {
            yield break; // the clinical area carries the associate's questions
        }

        if (clientContact)
        {
            yield return new("A caller says they are not safe and are thinking of hurting themselves. What do you do?",
                $"Stays on the line and stays calm, does not counsel or promise anything, asks where the caller is right now, and if the caller is in immediate danger tells them to call {j.EmergencyNumber} (or calls the emergency line for the caller's location); gives them {j.CrisisLine}; then tells you straight away by phone, not by email or text, and writes down only what your crisis policy asks for.");
        }

        // A role that takes no calls is asked about the requests its own work meets: emails and payer contacts, not callers.
        if (clientInfo && clientContact)
        {
            yield return new("Someone calls asking whether their partner is a client of the practice. What do you say?",
                "That they can neither confirm nor deny whether anyone is a client, and offer general information about the practice instead. They pass nothing on to the caller and tell you about the call.");
        }
        else if (clientInfo)
        {
            yield return new("An email from someone you do not know asks for a client's billing details, or whether a person is a client of the practice. What do you do?",
                "Gives nothing out and does not reply with any detail: neither confirms nor denies that anyone is a client, shares client details only through the practice's own systems with those the SOP names (the client, the payer), and tells you about the request.");
        }

        // A VA asked only admin questions could be hired for claims they have never sent.
        if (role == SupportRole.VirtualAssistant && BillingAccess.Work(j, kinds) is { Count: > 0 } work)
        {
            yield return new($"This role includes {Lists.And(work)}. Where have you done this work for a health practice, in which system, and what went wrong once?",
                "Names the practice type and the system for each, describes one real error (a rejected claim, a wrong total) and how they caught and fixed it, and says plainly which of the work they have not done yet, so you can plan the training.");
        }

        switch (role)
        {
            case SupportRole.BillingSpecialist:
                break; // the billing area asks about the billing work this plan gives them, and only that
            case SupportRole.MarketingSupport:
                yield return new("Show me work you did for a health or therapy practice, and what came of it.",
                    "Concrete samples, a measured result (inquiries or bookings, not only reach), and what they did differently because the client was a health practice.");
                break;
            // A failure on a Friday evening is about systems clients use (the website, booking, telehealth); a one-off
            // roll-out such as a password manager gets its own questions from the systems area instead.
            case SupportRole.TechProfessional when kinds.Overlaps(["website", "booking-widget", "tech-troubleshooting", "telehealth", "ehr-accounts"]):
                yield return new("Something you set up stops working on a Friday evening. What happens next?",
                    "Says how you reach them and how quickly they answer, what you can do yourself in the meantime (such as a phone number on the booking page), and that they write up afterwards what broke and why.");
                break;
            case SupportRole.TechProfessional:
                break;
            default:
                yield return new("Tell me about a time you found a mistake in your own work after it had gone out.",
                    "Told the person affected promptly, fixed it, and changed how they work so it does not happen again, without blaming anyone.");
                break;
        }

        // A one-off project has no check-ins to bring a list to: differences are raised before acting, and end up in the hand-over note.
        yield return oneOff
            ? new("How would you work from a written SOP for a one-off project?",
                "Reads it before starting and agrees a written plan with you first; where the SOP and your practice differ, asks you before doing it another way, never after; and puts every difference in the hand-over note, so the next person starts from what is true.")
            : new("How would you take over a task from a written SOP?",
                "Reads it before starting, does the task alongside you once, then on their own; notes every place the SOP and your practice differ and brings the list to the first check-in instead of quietly doing it another way.");
    }
}
