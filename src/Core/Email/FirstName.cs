namespace Delegation.Core.Email;

/// <summary>
/// The name an email greets someone by: the first name they gave, as a person writes to a colleague
/// ("Dear Maya,"), not the full name a form collected ("Dear Maya Patel,").
/// </summary>
public static class FirstName
{
    // Titles people put before their name on forms; the greeting skips them rather than write "Dear Dr.,".
    static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "miss", "prof", "prof.", "rev", "rev.",
    };

    /// <summary>The first word of <paramref name="fullName"/> that is not a title; the whole name when there is no other.</summary>
    /// <param name="fullName">The name as given.</param>
    public static string Of(string? fullName)
    {
        var words = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.FirstOrDefault(w => !Titles.Contains(w)) ?? (fullName ?? "").Trim();
    }
}
