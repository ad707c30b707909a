using System.Text.RegularExpressions;
using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Sops;

namespace Delegation.Core.Hiring;

/// <summary>An interview question and what a good answer sounds like.</summary>
internal sealed record InterviewQuestion(string Question, string GoodAnswer);

/// <summary>A question a kit asks only when the role takes work of one of <see cref="Kinds"/> (SOP kinds) in this plan.</summary>
/// <param name="Kinds">The SOP kinds whose work the question is about.</param>
/// <param name="For">The question for the role's work in the area (its country, kinds and the plan's facts, as the SOPs read them);
/// null where it does not apply.</param>
internal sealed record AreaQuestion(IReadOnlyList<string> Kinds, Func<AreaContext, InterviewQuestion?> For);

/// <summary>What an access line is written for: the country, the kinds of work the role takes in the area, and the practice's systems.</summary>
/// <param name="J">The practice's jurisdiction.</param>
/// <param name="Kinds">The SOP kinds of the role's tasks in the area.</param>
/// <param name="Systems">The systems the intake named; null for none.</param>
/// <param name="Accounting">The accounting software the therapist named, in the systems or a task's name; null for none.</param>
/// <param name="Role">The hire's role title, for a rule the kit and the SOP state alike.</param>
/// <param name="KeptNames">The names of the tasks the plan keeps with the therapist, so no access is granted for a part of a
/// kind's work the plan keeps (see <see cref="KeptWork"/>); null for none.</param>
/// <param name="PlanKinds">The SOP kinds any role of the plan takes, so a scenario sends work only to an SOP the plan wrote; null for the role's own.</param>
/// <param name="KeptKinds">The SOP kinds of the tasks the plan keeps with the therapist; null for none.</param>
internal sealed record AreaContext(Jurisdiction J, IReadOnlySet<string> Kinds, PracticeSystems? Systems, string? Accounting = null, string Role = "hire",
    IReadOnlyList<string>? KeptNames = null, IReadOnlySet<string>? PlanKinds = null, IReadOnlySet<string>? KeptKinds = null)
{
    /// <summary>Whether some role of the plan takes work of <paramref name="kind"/> (and so the plan has its SOP).</summary>
    public bool InPlan(string kind) => (PlanKinds ?? Kinds).Contains(kind);

    /// <summary>"SimplePractice's" (or "TherapyNotes'") when the intake named the EHR, else "your EHR's" (US) or "your practice-management system's".</summary>
    public string Ehrs => Systems?.Ehr is { } ehr
        ? Possessive.Of(MarkdownText.Escape(ehr))
        : J.Kind == JurisdictionKind.Hipaa ? "Your EHR's" : "Your practice-management system's";

    /// <summary>" (Dialpad)" for a system the intake named, else "".</summary>
    public static string Named(string? system) => system is null ? "" : $" ({MarkdownText.Escape(system)})";
}

/// <summary>
/// A system area of the practice a role's work needs access to, with the narrowest permission that does the job,
/// and what to ask a candidate about the work. Tasks fall in an area by their SOP kind (<see cref="SopLibrary.SubjectOf"/>),
/// so a kit talks about the same work its SOPs describe; only a task no SOP kind recognises falls back to the
/// area's <see cref="Keywords"/>, for its access line alone. A kit asks an area's question only when the role takes
/// work of that question's kinds, so a VA who books sessions is never asked about claim denials.
/// </summary>
internal sealed record WorkArea(
    string Key,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<TaskCategory> Categories,
    Func<AreaContext, string> Access,
    IReadOnlyList<AreaQuestion> Questions,
    bool ClientContact = false)
{
    readonly Regex[] patterns = [.. Keywords.Select(k =>
        // A keyword starts a word ("claim" finds "Claims", not "reclaim"); it may be a stem ("schedul").
        new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(k), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];

    /// <summary>Whether <paramref name="task"/> falls in this area: by its SOP kind, by the whole category when the
    /// area claims one (clinical work), else, for a task of no known kind, by a word of its name.</summary>
    public bool Covers(PracticeTask task)
    {
        if (Categories.Count > 0)
        {
            return Categories.Contains(task.Category);
        }

        var subject = SopLibrary.SubjectOf(task);
        return subject == SopLibrary.Starter ? patterns.Any(p => p.IsMatch(task.Name)) : Kinds.Contains(subject);
    }

    /// <summary>The questions for a role whose tasks in this area are of <c>c.Kinds</c>.</summary>
    public IEnumerable<InterviewQuestion> QuestionsFor(AreaContext c) =>
        Questions.Where(q => q.Kinds.Any(c.Kinds.Contains)).Select(q => q.For(c)).OfType<InterviewQuestion>();
}

/// <summary>The areas a kit knows. A task in none of them gets a line of its own in the access checklist, to settle at kickoff.</summary>
internal static class WorkAreas
{
    static readonly TaskCategory[] Any = [];

    // Who the role chases for an unpaid invoice, as its SOPs say: the denials SOP the insurer, the statements SOP the client;
    // the claims SOP alone chases nobody and lists what is unpaid for you.
    static string UnpaidFollowUp(IReadOnlySet<string> kinds)
    {
        var whom = new List<string>();
        if (kinds.Contains("denials"))
        {
            whom.Add("the insurer");
        }

        if (kinds.Contains("statements"))
        {
            whom.Add("the client, kindly and in writing");
        }

        return whom.Count == 0
            ? "lists anything unpaid after 30 days for you without chasing the insurer on their own"
            : $"follows up anything unpaid after 30 days with {string.Join(" or ", whom)}, notes each contact";
    }

    // Directory profiles get no login at all: the SOP and this line both state DirectoryProfiles.Rule.
    static string SocialAccess(AreaContext c)
    {
        var directories = c.Kinds.Contains("directory-profiles");
        var directory = directories ? $"Therapist directory profiles: no login. {DirectoryProfiles.Rule(c.Role, c.J)}" : "";
        return c.Kinds.Any(k => k != "directory-profiles")
            ? "The practice's social media, email-marketing and listing accounts: added as an editor or manager under their own login, a role that cannot remove you from the account." + (directories ? " " + directory : "")
            : directory;
    }

    // Each right follows an SOP that uses it: only the records-requests SOP prepares releases, and filing only uploads.
    static string IntakeAccess(AreaContext c)
    {
        var records = c.Kinds.Contains("records-requests");
        if (!records && !c.Kinds.Contains("documents"))
        {
            return $"{c.Ehrs} client portal and intake forms: sends forms and sees whether they are complete, with no access to session notes.";
        }

        var forms = records || c.Kinds.Contains("intake-paperwork");
        var rights = new List<string>();
        if (forms)
        {
            rights.Add("sends forms");
        }

        rights.Add("uploads documents to a client's record");
        if (records)
        {
            rights.Add("prepares releases for you to approve");
        }

        // The filing SOP opens the e-fax inbox every day, and asks for the provider's agreement first: the kit grants the same.
        var fax = c.Kinds.Contains("documents")
            ? $" The practice's e-fax service (you name it at kickoff): a login of their own to the fax inbox; the provider holds client faxes, so it signs {c.J.Agreement} with you before it receives any."
            : "";
        return $"{c.Ehrs} {(forms ? "client portal and client documents" : "client documents")}: {Lists.And(rights)}, with no access to session notes.{fax}";
    }

    // The claims SOP's own facts: where rejections show (the EHR that sends claims, or a clearinghouse), what the claim is
    // checked against (the eligibility SOP's benefits check, or the insurance record), and that a gap goes to the therapist,
    // never to the client, unless the plan has an eligibility SOP to send it back to. Rejections are fixed when the SOP
    // fixes them, at the next claims run (twice a week), never "the same day": a hire of a few hours is not in every day.
    static InterviewQuestion ClaimRejection(AreaContext c)
    {
        var ehr = EhrClaims.BuiltInTo(c.Systems) is { } own ? MarkdownText.Escape(own) : null;
        var question = ehr is null
            ? "The clearinghouse rejects a batch of claims for an invalid member ID. What do you do?"
            : $"{ehr} shows a batch of claims as rejected for an invalid member ID. What do you do?";
        var against = c.InPlan("eligibility")
            ? "the benefits check the eligibility SOP recorded in the client's insurance record"
            : $"the client's insurance record in {(c.Systems?.Ehr is { } named ? MarkdownText.Escape(named) : "the EHR")}";
        var gap = c.InPlan("eligibility")
            ? "and sends any client whose plan looks changed back for a new benefits check before that claim goes again"
            : $"and, if the insurance on file looks out of date, holds that claim and tells you through {SecureMessaging.Of(c.Systems, c.J)} rather than asking the client for a new card";
        return new(question,
            $"Knows a rejection never reached the payer, so it is not a denial: checks the member ID and date of birth against {against}, corrects them{(ehr is null ? " in the EHR" : "")} and resends them at the next claims run, as the claims SOP says, {gap}.");
    }

    static InterviewQuestion? UsOnly(Jurisdiction j, InterviewQuestion q) => j.Kind == JurisdictionKind.Hipaa ? q : null;

    static InterviewQuestion? OutsideUs(Jurisdiction j, InterviewQuestion q) => j.Kind == JurisdictionKind.Hipaa ? null : q;

    public static readonly IReadOnlyList<WorkArea> All =
    [
        new("scheduling", ["scheduling", "reminders", "consultations", "booking-widget", "phone"], ["schedul", "appointment", "booking", "calendar", "remind", "cancellation", "no-show", "consult"], Any,
            // Consultation booking alone books the consultation slots and nothing else: the SOP and the plan keep booking sessions with you.
            c => c.Kinds.All(k => k == "consultations")
                // Online booking is not presumed: without it the hire books the consultation slots by hand, as the SOP says.
                ? c.InPlan("associate-caseload")
                    // Shared new clients: the SOP has the hire book a first session into the associate's openings for a client the
                    // therapist assigned, so someone books it and the benefits check that a booked first session starts has its trigger.
                    ? $"{c.Ehrs} calendar: the booking link for your consultation slots if you use online booking, otherwise the right to book those slots, the right to book a first session into the associate's openings for a client you assigned to the associate, and read-only for the rest to see who booked: no right to move or cancel client sessions or book any other, and no access to session notes."
                    : $"{c.Ehrs} calendar: the booking link for your consultation slots if you use online booking, otherwise the right to book those slots only, and read-only for the rest to see who booked: no right to book, move or cancel client sessions, and no access to session notes."
                // The phone SOP books what callers ask for on the call: the calendar right for that, and for consultation slots if the role books them.
                : c.Kinds.Contains("phone") && c.Kinds.All(k => k is "phone" or "consultations")
                    ? $"{c.Ehrs} calendar: a scheduler role that books, moves and cancels the sessions callers ask for, in the openings you publish{(c.Kinds.Contains("consultations") ? " (and your consultation slots)" : "")}, with no access to session notes."
                    : $"{c.Ehrs} scheduling calendar: a scheduler or front-desk role that books, moves and cancels appointments and sends reminders, with no access to session notes.",
            [
                new(["scheduling", "reminders", "phone"], _ => new("A client calls to cancel for the third time this month and asks for the same slot next week. What do you do?",
                    "Applies your cancellation policy as written (fee or no fee is your call, not theirs), offers the slot if it is free, and notes the pattern for you without commenting on it to the client. They do not ask why the client keeps cancelling.")),
                new(["consultations"], _ => new("Someone asks for a free consultation and starts telling you why they want therapy. What do you do?",
                    "Thanks them, gently says the therapist will talk about that in the consultation, and takes only what booking needs (name, contact, times, how they pay); they check fit against your written criteria, never against symptoms.")),
            ],
            ClientContact: true),
        new("phone", ["phone", "reminders"], ["phone", "call", "voicemail", "front desk", "front-desk", "reception"], Any,
            // The secure messaging the phone SOP passes callbacks through has a line of its own (HiringKitWriter), opened with
            // the role's first SOP that hands the therapist anything naming a client.
            c => $"The practice phone line or VoIP system{AreaContext.Named(c.Systems?.Phone)}: a user or extension of their own that answers calls and voicemail, without administrator rights to the phone account. The phone provider holds client calls and voicemails, so it signs {c.J.Agreement} with you before the line carries them.",
            [], ClientContact: true),
        new("inbox", ["inbox", "consultations", "client-follow-ups"], ["email", "e-mail", "inbox", "enquir", "inquir", "message", "correspondence"], Any,
            // Consultation booking alone needs the inquiries, not the practice's email: the SOP asks for a separate inquiries mailbox first.
            c => c.Kinds.All(k => k == "consultations")
                ? $"A separate inquiries mailbox{AreaContext.Named(c.Systems?.Email)} that the website form and directory profiles send to, under their own login; if inquiries still reach the practice inbox, delegated access to it under their own login (it opens the whole inbox, so they answer consultation inquiries only), never your password; your personal mailbox stays yours."
                : $"The practice inbox{AreaContext.Named(c.Systems?.Email)}: delegated or shared-mailbox access under their own login, never your password; your personal mailbox stays yours.",
            [], ClientContact: true),
        new("intake", ["intake-paperwork", "records-requests", "documents"], ["intake", "paperwork", "consent", "forms", "onboard", "new client"], Any,
            IntakeAccess,
            [
                new(["intake-paperwork"], _ => new("A new client has not returned their intake forms two days before the first session. What do you do?",
                    "Sends one reminder through the client portal (not by plain email), tells you the day before if the forms are still missing, and does not cancel the session on their own.")),
                new(["records-requests"], c => new("A letter arrives asking for a client's records. What do you do before anything is sent?",
                    $"Logs it with its due date, verifies who is asking and that the request is valid under {c.J.PrivacyLaw}, sends subpoenas or anything about a minor straight to you, and prepares a draft release for you to approve; nothing leaves until you sign.")),
            ],
            ClientContact: true),
        new("billing", ["claims", "payment-posting", "denials", "eligibility", "superbills", "statements", "credentialing", "associate-credentialing"], ["claim", "billing", "bill", "invoice", "denial", "denied", "eligib", "benefit", "superbill", "payment", "statement", "collect", "insurance", "authori", "copay", "balance", "credential", "caqh", "payer"], Any,
            BillingAccess.Line,
            [
                new(["denials"], c => UsOnly(c.J, new("A claim comes back denied with CO-16. How do you work it?",
                    "CO-16 means the claim lacks information or has a billing error. They read the remark codes (the RARC, such as N290 or M76) to find what is missing, fix it in the EHR, and send a corrected claim (frequency code 7) or a new one as that payer wants, inside its timely-filing limit. Then they fix the cause, such as a missing NPI or a wrong address in your EHR set-up, so the next claim does not come back the same way."))),
                new(["claims"], c => UsOnly(c.J, ClaimRejection(c))),
                new(["payment-posting"], c => UsOnly(c.J, new("An ERA pays less than you expected for a session. What do you post?",
                    "Posts exactly what the ERA says: the payment, each adjustment with its group and CARC code (a CO-45 contractual write-down is not a denial), and the PR amount as the client's share; then lists the session for you if the amount is below your contracted rate."))),
                new(["eligibility"], c => c.J.Kind == JurisdictionKind.Hipaa
                    ? new("How do you check a new client's benefits before the first session?",
                        "Runs an eligibility check through the clearinghouse or payer portal (or calls the payer) and records: whether coverage is active, whether mental-health benefits are carved out to another payer, the copay or coinsurance, how much of the deductible is met, whether prior authorization is needed, and whether telehealth is covered. They note the call reference and tell the client their cost before the session.")
                    : new("How do you check a new client's insurance cover before the first session?",
                        "Checks with the insurer the client names, using the membership number and authorization code: that the policy is active, that you are a recognized provider for it, how many sessions are authorized and at what fee, and any excess the client pays; they tell the client before the session.")),
                // Only the denials SOP chases payers; the claims SOP lists unpaid claims and leaves the follow-up to it or to you.
                new(["claims", "denials"], c => UsOnly(c.J, new("How do you keep track of claims that have not been paid?",
                    $"Works an {Spelling.Ageing(c.J.Country)} report every week, "
                    + (c.Kinds.Contains("denials")
                        ? "follows up anything unpaid after 30 days with the payer, logs each call's reference number, "
                        : "lists every claim unpaid after 30 days and every denial with its reason code for the next step the claims SOP names, without chasing the payer or appealing on their own (you decide what to appeal), ")
                    + "and knows each payer's timely-filing deadline so nothing ages past it."))),
                new(["claims", "denials"], c => OutsideUs(c.J, new("An insurer rejects a session invoice for missing details. What do you do?",
                    "Finds out exactly what the insurer needs (a membership or authorization number, your registration number, the number of sessions authorized), corrects the invoice and sends it again, and tells you if the client's authorization has run out before more sessions are booked."))),
                // A role that chases client invoices follows the statements SOP's one clock: days past the due date.
                new(["claims", "denials", "statements"], c => OutsideUs(c.J, new("How do you keep track of invoices that have not been paid?",
                    c.Kinds.Contains("statements")
                        ? "Works a list of unpaid invoices twice a week, matches bank transfers to invoices, counts every invoice's age in days past its due date, sends the reminders at 7 and 21 days past due, notes each contact, and brings you a list each week of anything 30 days past due for a decision."
                        : "Works a list of unpaid invoices every week, matches bank transfers to invoices, " + UnpaidFollowUp(c.Kinds) + ", and brings you anything at 60 days for a decision."))),
                new(["statements", "superbills"], _ => new("A client disputes a charge and is upset on the phone. What do you do?",
                    "Listens, explains the charge from the statement, keeps to money and never to clinical matters, and brings anything that needs a decision on fees (waiving a charge, a payment plan) to you rather than promising it.")),
                new(["credentialing", "associate-credentialing"], c => new("How do you keep a credentialing application moving?",
                    "Keeps a tracker with each payer's status, contact and next follow-up date, follows up every open application weekly and logs who said what" + (c.J.Kind == JurisdictionKind.Hipaa && c.Kinds.Contains("credentialing") ? ", and keeps the CAQH profile re-attested every 120 days" : "") + "; they never sign a contract for you.")),
            ]),
        new("bookkeeping", ["bookkeeping", "payroll", "taxes"], ["bookkeep", "payroll", "expense", "accounting", "accounts payable", "accounts receivable", "reconcil", "tax", "contractor"], Any,
            BookkeepingAccess.Line,
            [
                // "Someone the practice pays": a payroll role whose plan keeps contractor invoices pays staff, not contractors.
                new(["bookkeeping", "payroll"], _ => new("Someone the practice pays emails new bank details and asks you to use them for this month's payment. What do you do?",
                    "Treats it as a possible fraud: does not change anything from the email, confirms the change with that person by phone on the number already on file, and has you approve before the next payment goes out.")),
                // Each kind the role takes is tested on its own skill, as its SOP runs it: the bank-details question tests neither.
                new(["payroll"], _ => new("A timesheet for this pay run shows more hours than were agreed, or an associate's pay does not match the sessions they held. What do you do?",
                    "Checks it against the agreed rate, hours and dates (and an associate's pay against the per-clinician totals you send), pays nothing they cannot explain, and brings the difference to you with the figures before the run; you approve every run before any money moves.")),
                new(["bookkeeping"], _ => new("At month end a bank account does not reconcile to its statement, and one payment matches no receipt. What do you do?",
                    "Finds the difference before closing the month, never forces a balance or guesses a category, asks you about the payment they cannot place and chases its receipt; they never record a client's name in the books.")),
                new(["taxes"], _ => new("Your accountant needs documents for a tax deadline in three weeks and some receipts are missing. What do you do?",
                    "Lists exactly what is missing for you the same day, sends the accountant what is ready through their portal, and keeps the deadline in view; they never file, pay or sign anything for you.")),
            ]),
        new("licensing", ["licence-renewals"], ["licens", "licenc", "renewal", "continuing education", "ceu", "cpd"], Any,
            // A plan that keeps CE tracking keeps the certificates too: the SOP passes them to you.
            c => $"The renewals calendar and a restricted folder for {(KeptWork.Any(c.KeptNames, KeptWork.Ce) ? "" : "CE certificates and ")}renewal documents: edit access. Licensing-board and insurer portals stay under your own login: they prepare each renewal, you sign in, attest and pay.",
            []),
        new("social", ["social-media", "newsletters", "google-business", "directory-profiles", "paid-ads", "blog-posts"], ["social", "instagram", "facebook", "linkedin", "tiktok", "posts", "posting", "content", "blog", "newsletter", "mailing list", "marketing", "reviews", "review repl", "google business", "directory", "psychology today", "ads", "advert"], Any,
            SocialAccess,
            [
                new(["social-media", "google-business"], c => new("Someone comments on a practice post, or leaves a review, saying you helped them through a hard time. How do you reply?",
                    $"Never confirms or hints that the person is or was a client, even to thank them: that would disclose a client relationship, which {c.J.PrivacyLaw} and your professional code forbid. They reply, if at all, with a general line about the practice, or leave it for you to decide.")),
                new(["social-media", "blog-posts", "newsletters", "paid-ads"], _ => new("What would you not post for a therapy practice?",
                    "Client stories, testimonials or photos of anyone who could be a client; promises of results; anything that reads as advice to one person. They check health claims with you before posting.")),
                new(["social-media", "newsletters", "google-business", "directory-profiles", "paid-ads", "blog-posts"], _ => new("How would you tell whether this work is bringing in clients?",
                    "Names a measure tied to inquiries, such as consultation requests per month by where the person found you, rather than likes or followers, and says how they would track it without collecting client information.")),
            ]),
        new("website", ["website", "website-move", "booking-widget", "blog-posts"], ["website", "web site", "site", "seo", "widget", "landing page", "domain", "hosting"], Any,
            // A host move works in the old host, the new host and the domain's DNS: the kit grants what the move SOP's tools list.
            c => (c.Kinds.Any(k => k != "website-move")
                    ? $"The website's editor and hosting{(c.Systems?.Website is { } w ? AreaContext.Named(w) : " (you name it at kickoff)")}: a named editor account for content, with administrator rights only while a change needs them."
                    : "")
                + (c.Kinds.Contains("website-move")
                    ? (c.Kinds.Any(k => k != "website-move") ? " " : "")
                        + $"For the move: the old host{(c.Systems?.Website is { } old ? AreaContext.Named(old) : "")}, the new host and the domain registrar or DNS provider (you name them at kickoff): a named, temporary login of their own on each, with the least access the move needs. You keep the registrar's owner login and its recovery email, and each of their logins ends at the hand-over."
                    : ""),
            [
                new(["website", "website-move", "booking-widget"], _ => new("What do you need from me before you change the website?",
                    "An account of their own (not your password), a backup or restore point taken before the change, an agreed time when a short outage would not lose an inquiry, and a written note afterwards of what changed.")),
            ]),
        new("systems", ["ehr-accounts", "tech-troubleshooting", "telehealth", "crm", "password-manager"], ["ehr", "emr", "user account", "permission", "crm", "set-up", "setup", "set up", "system", "software", "device", "computer", "laptop", "wifi", "wi-fi", "router", "troubleshoot", "printer", "backup", "security", "it support", "tech support"], Any,
            _ => "The admin console of each system or device they set up or repair: an administrator account of their own for the work, or a remote-support session you start and watch; downgraded or removed when the work is done.",
            [
                new(["ehr-accounts", "crm"], _ => new("How would you set up a new staff member's access to our systems?",
                    "A named account for each person in each system, multi-factor authentication on from the first login, the narrowest role that does the job, a written list of what was granted, and the same list used to remove it all on the person's last day.")),
                new(["password-manager"], _ => new("How would you lay out our password manager's vaults, and what happens on the day someone leaves?",
                    "One shared vault per role holding only the logins that role's work needs, and a private vault for you alone (bank, EHR administrator, tax and licensing portals); multi-factor authentication enforced for every member. On a leaver's last day you remove them, every password in the vaults they could see is changed (EHR, email and bank first), and the audit log is checked.")),
                new(["password-manager"], _ => new("If you, or I, lose access to the password manager, how is the account recovered?",
                    "Recovery is set up before any login moves: you hold the top administrator role and a recovery kit kept offline, and they say how the chosen product recovers a member and an administrator. They never keep your master password or a copy of the recovery kit, and their own administrator account is removed or reduced at the hand-over.")),
                new(["tech-troubleshooting", "telehealth"], c => new("A laptop used for telehealth sessions is running slowly. How do you work on it?",
                    $"Works in a remote session you start (or with you present), does not open, copy or move any client file, checks that the disk is encrypted and updates are installed, and tells you if anything on it should not be there under {c.J.PrivacyLaw}.")),
            ]),
        new("clinical", ["associate-caseload"], [], [TaskCategory.Clinical],
            c => $"{c.Ehrs} clinical records: a clinician account that sees only the associate's own clients, with no billing or practice-administrator rights.",
            [
                new(["associate-caseload"], c => new("A client tells you they have been thinking about ending their life. Walk me through the next hour.",
                    $"Assesses risk directly (plan, means, intent, protective factors), builds a safety plan with the client, knows when to call {c.J.EmergencyNumber} and gives the client {c.J.CrisisLine}, documents it the same day, and tells you the same day. They name the consultation they would seek.")),
                new(["associate-caseload"], _ => new("When do you write your notes, and what goes in them?",
                    "Within a day of the session, in the EHR, with what a payer or a board would look for: presenting concern, interventions, response, risk, and the plan. Nothing about a client outside the EHR.")),
                new(["associate-caseload"], _ => new("Tell me about a client you referred on, and why.",
                    "Describes a concrete case where the need was outside their competence or capacity, how they made the referral warm, and what they did to close the work well. A candidate who has never referred anyone on is a risk.")),
            ]),
    ];

    /// <summary>The areas <paramref name="task"/> falls in; empty when none fits.</summary>
    /// <remarks>Clinical work is the clinical area only: an associate's "intake assessment" is a session, not intake paperwork.</remarks>
    public static IReadOnlyList<WorkArea> Of(PracticeTask task) =>
        [.. All.Where(a => a.Covers(task) && (task.Category == TaskCategory.Clinical) == a.Categories.Contains(TaskCategory.Clinical))];

    /// <summary>The SOP kinds of the tasks in <paramref name="tasks"/>, as a kit asks about them.</summary>
    public static IReadOnlySet<string> KindsOf(IEnumerable<PracticeTask> tasks) =>
        tasks.Select(t => t.Category == TaskCategory.Clinical ? "associate-caseload" : SopLibrary.SubjectOf(t)).ToHashSet(StringComparer.Ordinal);
}
