using System.Text.RegularExpressions;
using Delegation.Core.Intake;
using Delegation.Core.Locale;

namespace Delegation.Core.Hiring;

/// <summary>An interview question and what a good answer sounds like.</summary>
internal sealed record InterviewQuestion(string Question, string GoodAnswer);

/// <summary>
/// A kind of work a task belongs to, recognised from its name: which system it needs access to, with the
/// narrowest permission that does the job, and what to ask a candidate about it. A kit lists only the areas
/// its role's tasks fall in, so it never asks a marketing hire about claim denials.
/// </summary>
internal sealed record WorkArea(
    string Key,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<TaskCategory> Categories,
    Func<Jurisdiction, string> Access,
    Func<Jurisdiction, IReadOnlyList<InterviewQuestion>> Questions,
    bool ClientContact = false)
{
    readonly Regex[] patterns = [.. Keywords.Select(k =>
        // A keyword starts a word ("claim" finds "Claims", not "reclaim"); it may be a stem ("schedul").
        new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(k), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];

    /// <summary>Whether <paramref name="task"/> falls in this area: by a word of its name, else by its category alone
    /// when the area claims the whole category (clinical work).</summary>
    public bool Covers(PracticeTask task) =>
        (Categories.Count == 0 || Categories.Contains(task.Category)) && (Keywords.Count == 0 || patterns.Any(p => p.IsMatch(task.Name)));
}

/// <summary>The areas a kit knows. A task in none of them gets a line of its own in the access checklist, to settle at kickoff.</summary>
internal static class WorkAreas
{
    static readonly TaskCategory[] Any = [];

    public static readonly IReadOnlyList<WorkArea> All =
    [
        new("scheduling", ["schedul", "appointment", "booking", "calendar", "remind", "cancellation", "no-show", "consult"], Any,
            _ => "Your EHR's scheduling calendar: a scheduler or front-desk role that books, moves and cancels appointments and sends reminders, with no access to session notes.",
            j =>
            [
                new("A client calls to cancel for the third time this month and asks for the same slot next week. What do you do?",
                    "Applies your cancellation policy as written (fee or no fee is your call, not theirs), offers the slot if it is free, and notes the pattern for you without commenting on it to the client. They do not ask why the client keeps cancelling."),
            ],
            ClientContact: true),
        new("phone", ["phone", "call", "voicemail", "front desk", "front-desk", "reception"], Any,
            _ => "The practice phone line or VoIP system: a user or extension of their own that answers calls and voicemail, without administrator rights to the phone account.",
            _ => [], ClientContact: true),
        new("inbox", ["email", "e-mail", "inbox", "enquir", "inquir", "message", "correspondence"], Any,
            _ => "The practice inbox: delegated or shared-mailbox access under their own login, never your password; your personal mailbox stays yours.",
            _ => [], ClientContact: true),
        new("intake", ["intake", "paperwork", "consent", "forms", "onboard", "new client"], Any,
            _ => "Your EHR's client portal and intake forms: sends forms and sees whether they are complete, with no access to session notes.",
            _ =>
            [
                new("A new client has not returned their intake forms two days before the first session. What do you do?",
                    "Sends one reminder through the client portal (not by plain email), tells you the day before if the forms are still missing, and does not cancel the session on their own."),
            ],
            ClientContact: true),
        new("billing", ["claim", "billing", "bill", "invoice", "denial", "denied", "eligib", "benefit", "superbill", "payment", "statement", "collect", "insurance", "authori", "copay", "balance", "credential", "caqh", "payer"], Any,
            j => j.Kind == JurisdictionKind.Hipaa
                ? "Your EHR's billing module and your clearinghouse: billing permissions only (claims, payments, statements), with no access to session notes beyond the diagnosis and service codes a claim carries."
                : "Your EHR's billing module and the insurers' provider portals you invoice through: billing permissions only (invoices, payments, statements), with no access to session notes.",
            j => j.Kind == JurisdictionKind.Hipaa
                ?
                [
                    new("A claim comes back denied with CO-16. How do you work it?",
                        "CO-16 means the claim lacks information or has a billing error. They read the remark codes (the RARC, such as N290 or M76) to find what is missing, fix it in the EHR, and send a corrected claim (frequency code 7) or a new one as that payer wants, inside its timely-filing limit. Then they fix the cause, such as a missing NPI or a wrong address in your EHR set-up, so the next claim does not come back the same way."),
                    new("How do you check a new client's benefits before the first session?",
                        "Runs an eligibility check through the clearinghouse or payer portal (or calls the payer) and records: whether coverage is active, whether mental-health benefits are carved out to another payer, the copay or coinsurance, how much of the deductible is met, whether prior authorization is needed, and whether telehealth is covered. They note the call reference and tell the client their cost before the session."),
                    new("How do you keep track of claims that have not been paid?",
                        "Works an ageing report every week, follows up anything unpaid after 30 days with the payer, logs each call's reference number, and knows each payer's timely-filing deadline so nothing ages past it."),
                ]
                :
                [
                    new("An insurer rejects a session invoice for missing details. What do you do?",
                        "Finds out exactly what the insurer needs (a membership or authorization number, your registration number, the number of sessions authorized), corrects the invoice and sends it again, and tells you if the client's authorization has run out before more sessions are booked."),
                    new("How do you keep track of invoices that have not been paid?",
                        "Works a list of unpaid invoices every week, follows up anything unpaid after 30 days with the insurer or the client, notes each contact, and knows each insurer's deadline for late invoices so nothing passes it."),
                ]),
        new("bookkeeping", ["bookkeep", "payroll", "expense", "accounting", "accounts payable", "accounts receivable", "reconcil", "tax", "contractor"], Any,
            _ => "Your accounting software (QuickBooks, Xero or similar): a bookkeeper or accountant user who records and reconciles, with no right to send payments or change bank details; you approve before money moves.",
            _ =>
            [
                new("A contractor emails new bank details and asks you to use them for this month's payment. What do you do?",
                    "Treats it as a possible fraud: does not change anything from the email, confirms the change with the contractor by phone on the number already on file, and has you approve before the next payment goes out."),
            ]),
        new("social", ["social", "instagram", "facebook", "linkedin", "tiktok", "posts", "posting", "content", "blog", "newsletter", "mailing list", "marketing", "reviews", "review repl", "google business", "directory", "psychology today", "ads", "advert"], Any,
            _ => "The practice's social media, email-marketing and listing accounts: added as an editor or manager under their own login, a role that cannot remove you from the account; for a listing with a single login, such as a therapist directory profile, they draft the change and you make it.",
            j =>
            [
                new("Someone comments on a practice post, or leaves a review, saying you helped them through a hard time. How do you reply?",
                    $"Never confirms or hints that the person is or was a client, even to thank them: that would disclose a client relationship, which {j.PrivacyLaw} and your professional code forbid. They reply, if at all, with a general line about the practice, or leave it for you to decide."),
                new("What would you not post for a therapy practice?",
                    "Client stories, testimonials or photos of anyone who could be a client; promises of results; anything that reads as advice to one person. They check health claims with you before posting."),
                new("How would you tell whether this work is bringing in clients?",
                    "Names a measure tied to inquiries, such as consultation requests per month by where the person found you, rather than likes or followers, and says how they would track it without collecting client information."),
            ]),
        new("website", ["website", "web site", "site", "seo", "widget", "landing page", "domain", "hosting"], Any,
            _ => "The website's editor and hosting (WordPress, Squarespace or similar): a named editor account for content, with administrator rights only while a change needs them.",
            _ =>
            [
                new("What do you need from me before you change the website?",
                    "An account of their own (not your password), a backup or restore point taken before the change, an agreed time when a short outage would not lose an inquiry, and a written note afterwards of what changed."),
            ]),
        new("systems", ["ehr", "emr", "user account", "permission", "crm", "set-up", "setup", "set up", "system", "software", "device", "computer", "laptop", "wifi", "wi-fi", "router", "troubleshoot", "printer", "backup", "security", "it support", "tech support"], Any,
            _ => "The admin console of each system or device they set up or repair: an administrator account of their own for the work, or a remote-support session you start and watch; downgraded or removed when the work is done.",
            j =>
            [
                new("How would you set up a new staff member's access to our systems?",
                    "A named account for each person in each system, multi-factor authentication on from the first login, the narrowest role that does the job, a written list of what was granted, and the same list used to remove it all on the person's last day."),
                new("A laptop used for telehealth sessions is running slowly. How do you work on it?",
                    $"Works in a remote session you start (or with you present), does not open, copy or move any client file, checks that the disk is encrypted and updates are installed, and tells you if anything on it should not be there under {j.PrivacyLaw}."),
            ]),
        new("clinical", [], [TaskCategory.Clinical],
            _ => "Your EHR's clinical records: a clinician account that sees only the associate's own clients, with no billing or practice-administrator rights.",
            j =>
            [
                new("A client tells you they have been thinking about ending their life. Walk me through the next hour.",
                    $"Assesses risk directly (plan, means, intent, protective factors), builds a safety plan with the client, knows when to call {j.EmergencyNumber} and gives the client {j.CrisisLine}, documents it the same day, and tells you the same day. They name the consultation they would seek."),
                new("When do you write your notes, and what goes in them?",
                    "Within a day of the session, in the EHR, with what a payer or a board would look for: presenting concern, interventions, response, risk, and the plan. Nothing about a client outside the EHR."),
                new("Tell me about a client you referred on, and why.",
                    "Describes a concrete case where the need was outside their competence or capacity, how they made the referral warm, and what they did to close the work well. A candidate who has never referred anyone on is a risk."),
            ]),
    ];

    /// <summary>The areas <paramref name="task"/> falls in; empty when none fits.</summary>
    /// <remarks>Clinical work is the clinical area only: an associate's "intake assessment" is a session, not intake paperwork.</remarks>
    public static IReadOnlyList<WorkArea> Of(PracticeTask task) =>
        [.. All.Where(a => a.Covers(task) && (task.Category == TaskCategory.Clinical) == a.Categories.Contains(TaskCategory.Clinical))];
}
