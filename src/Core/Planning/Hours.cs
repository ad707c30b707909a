using System.Globalization;

namespace Delegation.Core.Planning;

/// <summary>The one way hours are written, to the hundredth and no further, so 56.8 and 57 never both read "57".</summary>
public static class Hours
{
    /// <summary>"2", "2.5", "2.25".</summary>
    public static string Format(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
