using System.Text.RegularExpressions;
using Delegation.Core.Intake;

namespace Delegation.Core.Sops;

/// <summary>
/// The accounting software the therapist named: as the billing system, or in a task's name ("Bookkeeping in
/// QuickBooks"). A hire told "QuickBooks, Xero or similar" by a practice that said QuickBooks has to ask what the
/// intake already answered.
/// </summary>
internal static partial class AccountingSoftware
{
    // Longest first, so "QuickBooks Online" is named whole. Common words that are also brands (Wave, Sage) are left
    // out: "a wave of new clients" in a task name must not become the practice's books.
    [GeneratedRegex(@"\b(QuickBooks Online|QuickBooks|Xero|FreshBooks|FreeAgent|Zoho Books)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Brand();

    /// <summary>The named accounting software, spelled as the brand spells it; null when neither the systems nor any task names one.</summary>
    /// <param name="systems">The systems the intake named.</param>
    /// <param name="tasks">The intake's tasks.</param>
    public static string? Named(PracticeSystems? systems, IEnumerable<PracticeTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (systems?.Billing is { } billing && Brand().IsMatch(billing))
        {
            return billing;
        }

        return tasks.Select(t => Brand().Match(t.Name)).Where(m => m.Success).Select(m => Spelled(m.Value)).FirstOrDefault();
    }

    static readonly string[] Brands = ["QuickBooks Online", "QuickBooks", "Xero", "FreshBooks", "FreeAgent", "Zoho Books"];

    static string Spelled(string found) => Brands.First(b => string.Equals(b, found, StringComparison.OrdinalIgnoreCase));
}
