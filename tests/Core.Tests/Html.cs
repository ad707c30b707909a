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
}
