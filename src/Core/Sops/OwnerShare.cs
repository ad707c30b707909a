using Delegation.Core.Intake;

namespace Delegation.Core.Sops;

/// <summary>
/// The parts of a delegated task that its SOP leaves with the owner as work of their own (a call the owner makes, a
/// page the owner publishes), and the one rule for the hours they take: each part counts as a quarter of the task's
/// weekly hours. Reviews, approvals and check-ins are not counted: every handed-over task has those. The SOP's purpose
/// line and the plan's "time given back" both come from here, so neither claims hours the owner still spends.
/// </summary>
public static class OwnerShare
{
    /// <summary>The share of a task's weekly hours each part left with the owner counts for.</summary>
    public const decimal PerPart = 0.25m;

    /// <summary>What the SOP for <paramref name="task"/> leaves with the owner once every phase is in, as "you" would say it to the owner.</summary>
    /// <param name="task">A delegated recurring task.</param>
    /// <param name="delegatedKinds">The SOP kinds of every task the plan hands over, in any phase.</param>
    public static IReadOnlyList<string> Parts(PracticeTask task, IReadOnlySet<string> delegatedKinds)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(delegatedKinds);
        if (task.OneTimeHours is not null)
        {
            return [];
        }

        // Each line matches a step of that kind's SOP that hands the work itself back (see the kind files).
        return SopLibrary.KindOf(task) switch
        {
            // "Intake calls" were the owner's calls, consultation and all; "Consultation call booking" never held the calls themselves.
            "consultations" => BookingOnly(task.Name) ? [] : ["the consultation calls themselves"],
            // The phone SOP books, moves and cancels what callers ask for on the call, with or without a scheduling SOP (in the
            // published openings, under the cancellation policy): only the consultation callback can stay with the owner.
            "phone" => delegatedKinds.Contains("consultations") ? [] : ["calling each new inquiry back to offer a consultation"],
            "directory-profiles" => ["reviewing and publishing each profile change from your own login"],
            _ => [],
        };
    }

    static bool BookingOnly(string name) =>
        name.Contains("book", StringComparison.OrdinalIgnoreCase) || name.Contains("schedul", StringComparison.OrdinalIgnoreCase);

    /// <summary>The hours a week of <paramref name="task"/> that stay with the owner: <see cref="PerPart"/> of its hours for each part.</summary>
    /// <param name="task">A delegated task.</param>
    /// <param name="delegatedKinds">The SOP kinds of every task the plan hands over.</param>
    public static decimal KeptHours(PracticeTask task, IReadOnlySet<string> delegatedKinds) =>
        Math.Round(task.HoursPerWeek * PerPart * Parts(task, delegatedKinds).Count, 2, MidpointRounding.AwayFromZero);

    /// <summary>The hours a week handing <paramref name="task"/> over gives the owner back: its hours less what stays.</summary>
    /// <param name="task">A delegated task.</param>
    /// <param name="delegatedKinds">The SOP kinds of every task the plan hands over.</param>
    public static decimal HoursBack(PracticeTask task, IReadOnlySet<string> delegatedKinds) =>
        task.HoursPerWeek - KeptHours(task, delegatedKinds);

    /// <summary>The SOP kinds of the tasks <paramref name="delegated"/> names.</summary>
    /// <param name="delegated">Every task the plan hands over.</param>
    public static IReadOnlySet<string> KindsOf(IEnumerable<PracticeTask> delegated) =>
        delegated.Select(SopLibrary.KindOf).ToHashSet(StringComparer.Ordinal);
}
