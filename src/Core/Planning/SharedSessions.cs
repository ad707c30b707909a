using System.Text.RegularExpressions;
using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// Which clinical tasks an associate therapist may take when the owner chooses to share the client load: sessions,
/// and never all of the owner's client hours. Notes, treatment plans and consultation belong to the clinician who sees
/// the client (an associate writes their own for the clients they see), and a plan that hands an associate the owner's
/// whole caseload reads as broken, not as sharing.
/// </summary>
public static partial class SharedSessions
{
    /// <summary>How every reason this class gives begins, so the email can list them under the clinical work kept.</summary>
    public const string KeptLead = "Clinical work that stays with you, although you chose to share your client load:";

    /// <summary>Null when an associate may take <paramref name="task"/>; otherwise why it stays with the owner.</summary>
    /// <param name="task">A clinical task.</param>
    /// <param name="clientHoursPerWeek">The owner's client hours a week, from the form.</param>
    public static string? WhyKept(PracticeTask task, decimal clientHoursPerWeek)
    {
        ArgumentNullException.ThrowIfNull(task);
        const string lead = KeptLead;
        if (OwnWork().IsMatch(task.Name) || !Sessions().IsMatch(task.Name))
        {
            return $"{lead} only sessions can go to an associate therapist; notes, treatment plans and consultation belong to the clinician who sees the client, and an associate writes their own.";
        }

        // The whole caseload (or more): an associate may share it, never take it all.
        return task.HoursPerWeek >= clientHoursPerWeek && clientHoursPerWeek > 0
            ? $"{lead} its {Hours.Format(task.HoursPerWeek)} h a week are all your {Hours.Format(clientHoursPerWeek)} client hours, and this plan never gives an associate your whole caseload. "
                + "To share part of it, list the sessions an associate should take as a task of their own, with its hours, such as overflow sessions from your waitlist."
            : null;
    }

    [GeneratedRegex(@"\b(note|notes|documentation|treatment plan|plans?\b|consult\w*|supervis\w*|letters?|reports?|records?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnWork();

    [GeneratedRegex(@"\b(sessions?|clients?|caseload|case load|overflow|waitlist|wait list|therapy|counsell?ing|appointments?|telehealth|couples|family|groups?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sessions();
}
