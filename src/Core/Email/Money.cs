using System.Globalization;

namespace Delegation.Core.Email;

/// <summary>Formats amounts the way a US practice reads them, and others with their ISO code.</summary>
public static class Money
{
    /// <summary>"$1,200.00" for USD, "1,200.00 EUR" otherwise.</summary>
    public static string Format(decimal amount, string currency) =>
        currency == "USD"
            ? amount.ToString("$#,0.00", CultureInfo.InvariantCulture)
            : amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + currency;
}
