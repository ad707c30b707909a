using System.Globalization;

namespace Delegation.Core.Email;

/// <summary>
/// The one way an amount is written, in the email, the pages, the SOPs, the reports and the plan's
/// sentences, so that every figure carries its currency and two places never disagree.
/// </summary>
public static class Money
{
    // The sign a practice in that currency reads; the dollars other than the US one say whose they are.
    static readonly Dictionary<string, string> Signs = new(StringComparer.Ordinal)
    {
        ["USD"] = "$", ["GBP"] = "£", ["EUR"] = "€", ["CAD"] = "CA$", ["AUD"] = "A$", ["NZD"] = "NZ$",
        ["INR"] = "₹", ["JPY"] = "¥",
    };

    /// <summary>"$1,200.00", "£950.00", "€80.00"; "CHF 1,200.00" for a currency without a sign here (as the plan page's en-US Intl.NumberFormat writes them).</summary>
    public static string Format(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString("#,0.00", CultureInfo.InvariantCulture);
        var sign = rounded < 0 ? "-" : "";
        return sign + (Signs.TryGetValue(currency, out var symbol) ? symbol : currency + " ") + digits;
    }
}
