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

    /// <summary>The smallest user role of <paramref name="system"/> that both raises client invoices and matches bank payments to
    /// them, with why it is the smallest; null for a system whose roles we do not name. The SOP and the kit grant the same role.</summary>
    /// <param name="system">The billing system the intake named.</param>
    public static string? InvoicingRole(string? system) =>
        system is not null && system.Contains("Xero", StringComparison.OrdinalIgnoreCase)
            // Xero's "Invoice only" role raises invoices but cannot reconcile the bank feed; "Standard" can, and its bank
            // account admin is a separate permission that stays off, so the bank details stay the therapist's.
            ? "the Standard user role without bank account admin or payroll (the smallest Xero role that also matches bank payments to invoices; Invoice only cannot)"
            : null;

    static readonly string[] Brands = ["QuickBooks Online", "QuickBooks", "Xero", "FreshBooks", "FreeAgent", "Zoho Books"];

    static string Spelled(string found) => Brands.First(b => string.Equals(b, found, StringComparison.OrdinalIgnoreCase));
}
