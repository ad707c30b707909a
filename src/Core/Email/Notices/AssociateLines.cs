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
    /// <remarks>The rule in full at the first (<paramref name="first"/>); after it, only the question that changes week to week.</remarks>
    public static string? CredentialingStatus(Plan plan, bool toAssociate, string associate, bool first) =>
        Credentialing(plan) is null
            ? null
            : !first
                ? $"Credentialing: which insurers have confirmed {(toAssociate ? "you" : associate)} since last week."
            : toAssociate
                ? "Credentialing: bring which insurers have confirmed you so far; see only self-pay clients and members of those insurers."
                : $"Credentialing: go over which insurers have confirmed {associate} so far; {associate} sees only self-pay clients and members of those insurers.";

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
