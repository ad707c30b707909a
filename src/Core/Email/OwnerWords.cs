using System.Text.RegularExpressions;

namespace Delegation.Core.Email;

/// <summary>
/// Text written for the delegate, turned to the owner who reads it. An SOP's KPIs speak of "the therapist" because
/// the VA reads them; in the plan email the owner is "you", and in a group practice "the therapist" reads as any of them.
/// </summary>
public static partial class OwnerWords
{
    /// <summary>
    /// <paramref name="text"/> with "the therapist" as "you" and "the therapist's" as "your". Meant for KPIs, which are
    /// noun phrases ("Calls handed to the therapist"), so no verb needs to agree with the new subject.
    /// </summary>
    /// <param name="text">A KPI as the SOP words it.</param>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Therapist().Replace(text, m => (m.Groups["s"].Success ? "your" : "you") is var word && char.IsUpper(m.Value[0])
            ? char.ToUpperInvariant(word[0]) + word[1..]
            : word);
    }

    [GeneratedRegex(@"\b[Tt]he therapist(?<s>'s)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Therapist();
}
