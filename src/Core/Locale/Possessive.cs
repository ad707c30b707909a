namespace Delegation.Core.Locale;

/// <summary>The possessive of a name as an editor writes it: "Jane's", but "TherapyNotes'" (never "TherapyNotes's").</summary>
internal static class Possessive
{
    /// <summary>"<paramref name="name"/>'s", or "<paramref name="name"/>'" when it ends in s.</summary>
    /// <param name="name">A product or practice name, already escaped for where it goes.</param>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EndsWith('s') || name.EndsWith('S') ? name + "'" : name + "'s";
    }
}
