using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// What the rollout emails say only about an associate therapist: a clinician, so their start is about the licence,
/// credentialing with each insurer and clinical safety, not the vendor paperwork other hires get. One place, so the
/// owner's and the associate's emails say the same thing.
/// </summary>
internal static class AssociateLines
{
    /// <summary>The plan's task that credentials the associate with the practice's insurers, if it bills insurance.</summary>
    public static PlanTask? Credentialing(Plan plan) => plan.Tasks.FirstOrDefault(t => t.TaskId == AssociateCredentialing.TaskId);

    /// <summary>
    /// The owner's "before the kickoff" for an associate: the agreement, the licence checked, the workforce privacy
    /// training, and credentialing started now by whoever the plan gives it to.
    /// </summary>
    public static string BeforeKickoff(Plan plan, string name, Jurisdiction j, IReadOnlyList<SupportRole>? unregistered)
    {
        var check = j.Kind switch
        {
            JurisdictionKind.Hipaa => $"check {name}'s {Spelling.Licence(j.Country)} on the state board's website (and for a pre-licensed associate, the supervisor's)",
            JurisdictionKind.UkGdpr => $"check {name}'s registration on the body's public register (and for one in training, the supervisor's)",
            _ => $"check {name}'s {Spelling.Licence(j.Country)} or registration on the regulator's public register (and for a pre-licensed associate, the supervisor's)",
        };
        var line = $"Before the kickoff: have {j.AgreementFor(SupportRole.AssociateTherapist)} signed, {check}, and have {name} complete your {j.PrivacyTraining} "
            + "as a member of your workforce. Nothing touches client information before then.";
        if (Credentialing(plan) is not { } task)
        {
            return line;
        }

        // Credentialing takes months and the associate's insured sessions wait for it: it starts now, never "once things settle".
        var who = task.Role is not { } role
            ? "you do it yourself in this plan"
            : unregistered?.Contains(role) == true
                ? $"in this plan your {RoleTitles.Of(role)} does it, and nobody is registered as one yet, so start the applications yourself this week (the SOP has the steps)"
                : $"in this plan your {RoleTitles.Of(role)} does it (“{task.Name}”): ask them to start this week";
        return line + $" Credentialing with each insurer you bill starts now, since each can take months: {who}. "
            + $"Until each insurer confirms {name}, book them only self-pay clients and members of the insurers that have.";
    }

    /// <summary>
    /// What the owner has ready for the associate's kickoff: what the caseload SOP's kickoff list asks the therapist for
    /// (the written risk and crisis procedure with the urgent number, the note and treatment-plan templates), its caseload
    /// rule (the owner assigns each referral; the hours agreed), the supervision papers for a pre-licensed associate, and
    /// with insurance the self-pay clients their first sessions go to (read 6: the owner was never told to prepare them).
    /// </summary>
    public static string HaveReady(Plan plan, string name, Jurisdiction j)
    {
        var hours = plan.Tasks.Where(t => t.Role == SupportRole.AssociateTherapist && t.OneTimeHours is null).Sum(t => t.HoursPerWeek);
        var (status, agreement) = j.Kind == JurisdictionKind.UkGdpr
            ? ("in training", "signed supervision (or placement) agreement")
            : ("pre-licensed", "signed supervision agreement");
        return $"Have ready for the kickoff what {name}'s SOP asks you for: your written risk and crisis procedure (what to do, whom to call in what order, and your urgent number), "
            + "and your note and treatment-plan templates; if the procedure is not written down yet, write it before then, as a page is enough. "
            + $"Agree the caseload rule too: you decide which new clients fit {name}, and only those are offered their openings"
            + (hours > 0 ? $", within the {hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} h a week of sessions the plan gives them" : "")
            + $". If {name} is {status}, keep a copy of the {agreement} and their supervisor's details: they see no client before it is on file."
            + (Credentialing(plan) is null ? "" : $" Have the self-pay clients on your waitlist ready to refer (in your EHR, never by email), so that {name}'s first clients are self-pay.");
    }

    /// <summary>What the associate brings to the kickoff: what the practice needs to check them and credential them.</summary>
    public static string BringToKickoff(Plan plan, string owner, Jurisdiction j)
    {
        var insured = Credentialing(plan) is not null;
        return j.Kind == JurisdictionKind.Hipaa
            ? $"Bring to the kickoff your {Spelling.Licence(j.Country)} number, your NPI, {(insured ? "your CAQH ID, " : "")}and your malpractice insurance certificate"
                + (insured ? $": {owner} needs them to credential you with each insurer the practice bills, which starts now." : ".")
            : $"Bring to the kickoff your {Spelling.Licence(j.Country)} or registration number and your professional indemnity insurance certificate"
                + (insured ? $": {owner} needs them to register you with each insurer the practice's clients claim through, which starts now." : ".");
    }

    /// <summary>The line each of the associate's check-in briefs carries while insurers may still be confirming them.</summary>
    /// <remarks>
    /// At the first (<paramref name="first"/>, a week after the kickoff) what is due then: the SOP's deadline for every
    /// application, ten business days from the associate accepting, and whether whoever holds each part has started it;
    /// no insurer confirms in a week (read 6: "which insurers have confirmed so far" came months early). After it, only
    /// the question that changes week to week.
    /// </remarks>
    public static string? CredentialingStatus(Plan plan, bool toAssociate, string associate, bool first, IReadOnlyList<SupportRole>? unregistered)
    {
        if (Credentialing(plan) is not { } task)
        {
            return null;
        }

        if (!first)
        {
            // Weeks after the applications, what moves is an insurer asking for more or, now and then, confirming: not a tally of approvals.
            return toAssociate
                ? "Credentialing: bring anything an insurer has asked you for or sent you to sign since last week."
                : $"Credentialing: any application still to send, and any insurer that has asked for more or confirmed {associate} since last week.";
        }

        var p = plan.Practice;
        var us = Jurisdiction.Of(p.Country).Kind == JurisdictionKind.Hipaa;
        var days = BusinessWords.Of(p.Country).BusinessDays;
        if (toAssociate)
        {
            return $"Credentialing: its SOP has every insurer's application sent within ten {days} of your accepting. "
                + (us ? "Bring whether you have attested your CAQH profile and signed each application sent to you: " : "Bring whether you have signed each application sent to you: ")
                + "only you or the practice can sign them. Insurers take months to confirm; until each has, see only self-pay clients and members of the insurers that have.";
        }

        var yours = task.Role is not { } role || unregistered?.Contains(role) == true;
        var who = task.Role is not { } r
            ? "in this plan the applications are yours"
            : yours
                ? $"nobody is registered as your {RoleTitles.Of(r)} yet, so the applications are yours for now"
                : $"ask your {RoleTitles.Of(r)} which are sent and which are still to send";
        var check = yours
            ? $"check which you have sent and which are still to send{(us ? $", and that {associate} has attested their CAQH profile" : "")}"
            : $"and sign what they have sent you (they never sign for you or {associate})";
        return $"Credentialing: its SOP has every insurer's application sent within ten {days} of {associate} accepting, so they are due about now if not already. "
            + (yours ? $"{Capital(who)}: {check}." : $"{Capital(who)}, {check}.")
            + $" Insurers take months to confirm; until each has, book {associate} only self-pay clients and members of the insurers that have.";
    }

    static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>What the pause means for an associate's clinical work: clients, consultation, risk.</summary>
    public static string DuringPause(string owner, string email, Jurisdiction j) =>
        "Keep seeing your clients as planned. Clinical consultation goes on: keep meeting "
        + $"{FirstName.Of(owner)} at the usual time (the pause only stops the reminders), and supervision with a named supervisor, if you have one, goes on as before. "
        + $"A concern about a client's safety goes to {FirstName.Of(owner)} by phone the same day, never only by email; in an emergency, call {j.EmergencyNumber}. "
        + $"Anything else an SOP does not cover: write to {email}.";

    /// <summary>The owner's pause email about an associate: the clients are still seen, so consultation and risk go on.</summary>
    public static string OwnerDuringPause(string associate) =>
        $"{associate} keeps seeing their clients, and the pause stops only the reminders: keep the weekly consultation at the usual time, since that is where "
        + $"{associate}'s new and stuck cases come to you. {associate} has been told to call you the same day about any client's safety.";
}
