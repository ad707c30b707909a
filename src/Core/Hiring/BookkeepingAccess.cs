using Delegation.Core.Locale;
using Delegation.Core.Sops;

namespace Delegation.Core.Hiring;

/// <summary>
/// The books-and-pay area's access line, narrowed to the work the role takes, in the same scope as its SOPs:
/// only bookkeeping categorizes and reconciles; tax paperwork reads the books; payroll prepares runs that you release.
/// </summary>
internal static class BookkeepingAccess
{
    /// <summary>The access line for a role whose work in the area is of <paramref name="c"/>'s kinds.</summary>
    public static string Line(AreaContext c)
    {
        var software = $"Your accounting software{(c.Accounting is { } b ? AreaContext.Named(b) : " (you name it at kickoff)")}";
        var lines = new List<string>();
        if (c.Kinds.Contains("bookkeeping"))
        {
            lines.Add($"{software}: a bookkeeper user who categorizes and reconciles, with no right to send payments, add bank accounts or change bank details; you approve before money moves.");
        }
        else if (c.Kinds.Contains("taxes"))
        {
            // The tax SOP gathers what the accountant asks for from books someone else keeps: reading is all it needs.
            lines.Add($"{software}: read-only, to export the reports your accountant asks for; the tax paperwork does not categorize or reconcile the books.");
        }

        if (c.Kinds.Contains("taxes"))
        {
            lines.Add("Your accountant's secure portal: a user of their own, to upload documents; they never file, pay or sign.");
        }

        if (c.Kinds.Contains("payroll"))
        {
            // The payroll SOP also pays contractor invoices and bills, unless the plan keeps them: then bill pay stays yours.
            lines.Add(KeptWork.Any(c.KeptNames, KeptWork.Invoices)
                ? "Your payroll system (you name it at kickoff): a role that prepares pay runs but cannot approve them, release a payment or change bank details; you release every payment, and bill pay stays yours. Edit access to the restricted HR folder for tax forms and contracts."
                : "Your payroll system (you name it at kickoff) and bill pay: a role that prepares pay runs and bills but cannot approve them, release a payment or change bank details; you release every payment. Edit access to the restricted HR folder for tax forms and contracts.");
        }

        return string.Join(" ", lines);
    }
}
