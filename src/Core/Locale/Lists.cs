namespace Delegation.Core.Locale;

/// <summary>Lists written as a sentence writes them.</summary>
public static class Lists
{
    /// <summary>"a", "a and b", "a, b and c": the serial comma is left out, as in the rest of the product's text.</summary>
    /// <param name="items">The items, in the order they are read.</param>
    public static string And(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
