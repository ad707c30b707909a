using Delegation.Core.Intake;

namespace Delegation.Core.Sops;

/// <summary>The parts of an SOP that depend on the kind of task.</summary>
internal sealed record SopContent(
    string Frequency,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Slas,
    IReadOnlyList<string> Done,
    IReadOnlyList<string> Kpis);

/// <summary>Step-by-step content per task category: a first draft the therapist adjusts.</summary>
internal static class SopLibrary
{
    public static SopContent For(TaskCategory category) => category switch
    {
        TaskCategory.Admin => new(
            "Every working day, in a fixed block (for example 9:00–10:00), plus whenever a request arrives that cannot wait.",
            [
                "Open the practice's shared inbox or scheduling system with your own login.",
                "Handle new requests in the order they arrived, using the practice's saved reply templates.",
                "Book, move or cancel appointments only within the availability the therapist has published.",
                "File any paperwork in the agreed folder, named by date and type, never on a personal device.",
                "Flag anything clinical, urgent or unusual to the therapist through the agreed channel; do not answer it yourself.",
                "Before you finish, note what you did and anything pending in the shared task log.",
            ],
            ["Reply to routine requests within one business day.", "Flag urgent items to the therapist within two hours."],
            ["Every request has an answer or a flagged owner.", "The task log says what was done and what is pending."],
            ["Requests handled per week", "Median time to first reply", "Items escalated to the therapist"]),
        TaskCategory.Billing => new(
            "Claims and payments twice a week; a full reconciliation at month end for the financial report.",
            [
                "Sign in to the billing system or clearinghouse with your own account.",
                "Check the week's completed sessions against submitted claims and invoices.",
                "Submit new claims with the correct codes the therapist has approved; never change a diagnosis or code yourself.",
                "Post payments received and match them to sessions.",
                "Work denials: correct and resubmit, or list them for the therapist if a clinical decision is needed.",
                "Prepare the monthly financial report: billed, collected, outstanding, denied.",
            ],
            ["Submit claims within three business days of the session.", "Work each denial within five business days.", "Monthly report by the 5th of the month."],
            ["No completed session is left unbilled.", "Every denial is resubmitted or on the therapist's list.", "The monthly report is delivered."],
            ["Days from session to claim", "Denial rate", "Outstanding balance over 60 days", "Collected vs billed"]),
        TaskCategory.Marketing => new(
            "A planned calendar: posts and newsletters prepared a week ahead, published on set days.",
            [
                "Keep a content calendar for the month, agreed with the therapist at the first check-in.",
                "Draft posts, articles or newsletters from the therapist's topics and voice guide.",
                "Send drafts for approval; publish nothing about the therapist's views without approval.",
                "Schedule approved content on the practice's accounts.",
                "Never mention, tag, answer or message clients; move any message from a client or prospective client to the practice inbox.",
                "Record results (reach, sign-ups, enquiries) in the shared sheet.",
            ],
            ["Drafts ready five working days before publishing.", "Comments and messages checked twice a week."],
            ["The week's content is published as planned.", "Results are recorded."],
            ["Posts published vs planned", "Newsletter open rate", "Enquiries that mention the content"]),
        TaskCategory.Tech => new(
            "A monthly maintenance window, plus fixes on request within the agreed response time.",
            [
                "Keep a list of the practice's systems, who has access, and where the settings are documented.",
                "Apply updates to the website and tools in the monthly window; back up first.",
                "Fix reported problems and write down what was done.",
                "Set up new tools with least-privilege accounts and multi-factor authentication.",
                "Never open or export client records to fix a problem; work with test data or the vendor's support.",
                "Report changes and open issues at each check-in.",
            ],
            ["Acknowledge a reported problem within one business day.", "Website downtime fixed within four hours."],
            ["Updates applied and backed up.", "Every change is written down."],
            ["Open issues", "Website uptime", "Time to fix reported problems"]),
        TaskCategory.Onboarding => new(
            "Whenever a new client books, and a weekly sweep for anything incomplete.",
            [
                "When a new client books, send the intake packet from the practice's secure portal, never as an email attachment.",
                "Check the next business day that forms came back complete; send one friendly reminder through the portal if not.",
                "Set up the client profile in the EHR with the information the forms provide.",
                "Send the first-session details (address or telehealth link, what to expect) from the practice's templates.",
                "Flag anything clinical in the forms to the therapist; do not interpret it.",
                "Record in the task log which onboarding steps are done for each new booking (no clinical detail).",
            ],
            ["Intake packet out within one business day of booking.", "Profile ready two business days before the first session."],
            ["Forms complete and profile set up before the first session.", "The therapist knows of anything flagged."],
            ["Days from booking to complete forms", "First sessions with incomplete paperwork"]),
        _ => new(
            "As agreed with the therapist; reviewed at every check-in.",
            [
                "Agree the scope and boundaries with the therapist before starting.",
                "Follow the practice's policies for confidentiality and documentation.",
                "Record what was done and raise questions at the check-in.",
            ],
            ["As agreed at the first check-in."],
            ["The agreed work is done and recorded."],
            ["Work completed vs agreed"]),
    };
}
