namespace Delegation.Core.Sops;

/// <summary>
/// Parts of a delegated kind's work that the plan can keep as a task of their own ("Contractor invoices" beside a delegated
/// "Payroll"): the words a kept task's name says them by. The SOP leaves such a part with the therapist, and the hiring kit
/// grants no access for it, from the same words.
/// </summary>
internal static class KeptWork
{
    /// <summary>Bills and contractor invoices, which the payroll kind also takes.</summary>
    public const string Invoices = "contractor invoice|vendor invoice|bills to pay|accounts payable|pay bills";

    /// <summary>The continuing-education record, which the licence-renewals kind also keeps.</summary>
    public const string Ce = "ce credit|ce hour|continuing education|ceu|cpd";

    /// <summary>Whether a kept task's name says one of <paramref name="words"/> ('|'-separated).</summary>
    /// <param name="keptNames">The names of the tasks the plan keeps; null for none.</param>
    /// <param name="words">One of this class's word lists.</param>
    public static bool Any(IEnumerable<string>? keptNames, string words) => (keptNames ?? []).Any(name =>
        words.Split('|').Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)));
}
