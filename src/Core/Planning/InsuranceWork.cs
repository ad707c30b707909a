using System.Text.RegularExpressions;
using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// Whether the practice bills insurers, read from the tasks it lists (claims, payers, eligibility, credentialing):
/// the intake asks no separate question, and an associate's start hangs on it.
/// </summary>
public static partial class InsuranceWork
{
    /// <summary>True when any task's name or notes speak of insurance billing.</summary>
    /// <param name="tasks">Every task the practice listed, delegable or not.</param>
    public static bool In(IEnumerable<PracticeTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return tasks.Any(t => Words().IsMatch(t.Name) || (t.Notes is { } n && Words().IsMatch(n)));
    }

    [GeneratedRegex(@"\b(claims?|insurance|insurers?|payers?|eligibility|superbills?|denials?|clearinghouse|credential\w*|caqh|copays?|prior auth\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
