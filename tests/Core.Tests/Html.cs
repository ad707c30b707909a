using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Delegation.Core.Tests;

/// <summary>Parses HTML the way a browser would, so tests look at elements and text, not at substrings.</summary>
internal static class Html
{
    static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Elements and attributes that could run script or navigate to it; empty for inert markup.</summary>
    public static IReadOnlyList<string> ActiveContent(IDocument document) =>
        document.All
            .Where(e => e.LocalName is "script" or "img" or "iframe" or "object" or "embed" or "svg" or "form")
            .Select(e => "<" + e.LocalName + ">")
            .Concat(document.All.SelectMany(e => e.Attributes)
                .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{a.Name}=\"{a.Value}\""))
            .ToList();

    /// <summary>The elements between the h2 called <paramref name="heading"/> and the next h2.</summary>
    public static List<IElement> Section(IDocument document, string heading)
    {
        var h2 = document.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == heading);
        var parts = new List<IElement>();
        for (var e = h2.NextElementSibling; e is not null && e.LocalName != "h2"; e = e.NextElementSibling)
        {
            parts.Add(e);
        }

        return parts;
    }

    /// <summary>The text of the section under the h2 called <paramref name="heading"/>.</summary>
    public static string SectionText(IDocument document, string heading) =>
        string.Join("\n", Section(document, heading).Select(e => e.TextContent)).Trim();
}
