using System.Text.RegularExpressions;

namespace Delegation.Core.Planning;

/// <summary>
/// How often a recurring task comes round, in words for a reason ("each week", "every quarter"). The form
/// asks for hours a week, so a task is weekly unless its own name says otherwise: "Quarterly tax paperwork"
/// at 1 h a week is a quarter's work spread out, and calling it weekly would be false.
/// </summary>
public static partial class TaskRhythm
{
    /// <summary>The rhythm <paramref name="taskName"/> names, or "each week".</summary>
    /// <param name="taskName">The task's name as the owner wrote it.</param>
    public static string Of(string taskName)
    {
        ArgumentNullException.ThrowIfNull(taskName);
        return taskName switch
        {
            _ when Quarterly().IsMatch(taskName) => "every quarter",
            _ when Yearly().IsMatch(taskName) => "each year",
            _ when Monthly().IsMatch(taskName) => "each month",
            _ when Daily().IsMatch(taskName) => "each day",
            _ => "each week",
        };
    }

    [GeneratedRegex(@"\b(quarterly|quarters?|Q[1-4])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"\b(annual(ly)?|yearly|year-end|year end)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yearly();

    /// <summary>
    /// A recurring task's hours in the rhythm it runs: "4 h a week", or for a monthly job "about 17.33 h a month, 4 h a week on
    /// average", as a month's superbills are not 4 h every week. The plan prices the weekly average either way. No brackets:
    /// the phrase sits inside the email's own.
    /// </summary>
    /// <param name="taskName">The task's name as the owner wrote it.</param>
    /// <param name="hoursPerWeek">Its hours a week, as the form asks.</param>
    public static string Size(string taskName, decimal hoursPerWeek) => Of(taskName) == "each month"
        ? $"about {Hours.Format(Math.Round(hoursPerWeek * RoleProfile.WeeksPerMonth, 2))} h a month, {Hours.Format(hoursPerWeek)} h a week on average"
        : $"{Hours.Format(hoursPerWeek)} h a week";

    // Superbills go out once a month for the month before (their SOP says so), whatever the task is called.
    [GeneratedRegex(@"\b(monthly|month-end|month end|each month|every month|superbills?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\b(daily|each day|every day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Daily();
}
