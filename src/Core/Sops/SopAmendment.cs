using System.Text.RegularExpressions;
using Delegation.Core.Locale;
using Delegation.Core.Templates;

namespace Delegation.Core.Sops;

/// <summary>
/// An approved change to one SOP, kept as data beside its versions (<c>amendments/{changeId}.json</c>) so that any
/// later rendering of the SOP, the next version or a regenerated plan, carries it again.
/// </summary>
/// <param name="ChangeId">The check-in the change came from: one change per check-in.</param>
/// <param name="Text">The change as approved, plain text as the owner left it.</param>
/// <param name="Reason">Why, as the SOP's change line finishes "because …"; plain text.</param>
/// <param name="ChangedOn">The practice's local date of the approval.</param>
public sealed record SopAmendment(string ChangeId, string Text, string Reason, DateOnly ChangedOn);

/// <summary>
/// Puts approved changes into a rendered SOP: each change at the top of its steps, where the delegate reads it before
/// the numbered steps it may correct, and a "Changed on … because …" line per change at the end. Applying is
/// idempotent: what an earlier application added is taken out first, so the same list always gives the same SOP.
/// </summary>
public static partial class SopAmendments
{
    const string StepsHeading = "## Step by step\n";
    const string LogHeading = "\n## Changes\n";

    // The header line ends "· version {n}*"; user text in it is escaped ("5\*"), so only the template's own matches.
    [GeneratedRegex(@"· version \d+\*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionMark();

    /// <summary><paramref name="markdown"/> as version <paramref name="version"/> with <paramref name="amendments"/> in it, newest first.</summary>
    /// <param name="markdown">A rendered SOP, with or without changes applied before.</param>
    /// <param name="amendments">Every approved change of this SOP.</param>
    /// <param name="version">The version the result is stored as.</param>
    /// <param name="country">The practice's country, for how dates are written.</param>
    public static string Apply(string markdown, IReadOnlyList<SopAmendment> amendments, int version, string? country)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(amendments);
        var text = Strip(markdown.ReplaceLineEndings("\n"));
        text = VersionMark().Replace(text, $"· version {version}*", 1);
        if (amendments.Count == 0)
        {
            return text;
        }

        var newest = amendments.OrderByDescending(a => a.ChangedOn).ThenByDescending(a => a.ChangeId, StringComparer.Ordinal)
            .Select(a => new { date = DateWords.Plain(a.ChangedOn, country), lines = Lines(a.Text), reason = MarkdownText.Escape(a.Reason.TrimEnd('.', ' ')) })
            .ToList();
        var steps = TemplateLibrary.Render("sop-change-steps.md.sbn", new { changes = newest });
        var log = TemplateLibrary.Render("sop-change-log.md.sbn", new { changes = newest });
        var at = text.IndexOf(StepsHeading, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The SOP has no step-by-step section to put the change in.");
        }

        // The changes go between the heading's own blank line and the first step, so taking them out again is exact.
        at += StepsHeading.Length;
        var rest = text[at..];
        var body = rest.TrimStart('\n');
        return text[..at] + rest[..^body.Length] + steps.TrimEnd('\n') + "\n\n" + body + LogHeading + log.TrimEnd('\n') + "\n";
    }

    /// <summary>The SOP's "Step by step" section (numbered steps, any reference block and changes), as Markdown.</summary>
    /// <param name="markdown">A rendered SOP.</param>
    public static string StepsOf(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown.ReplaceLineEndings("\n");
        var at = text.IndexOf(StepsHeading, StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var body = text[(at + StepsHeading.Length)..];
        var end = body.IndexOf("\n## ", StringComparison.Ordinal);
        return (end < 0 ? body : body[..end]).Trim('\n');
    }

    // Takes out what Apply added: the quoted changes right under the steps heading and the closing change log.
    // The template never writes either, and user text cannot forge them: it is escaped ("\>", "\#").
    static string Strip(string text)
    {
        var log = text.IndexOf(LogHeading, StringComparison.Ordinal);
        if (log >= 0)
        {
            text = text[..log];
        }

        var at = text.IndexOf(StepsHeading, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        at += StepsHeading.Length;
        var rest = text[at..];
        var body = rest.TrimStart('\n');
        if (!body.StartsWith('>'))
        {
            return text;
        }

        // The quoted changes run to the first line that is neither quoted nor blank: the first step.
        var lines = body.Split('\n');
        var skip = lines.TakeWhile(l => l.StartsWith('>') || l.Length == 0).Count();
        return text[..at] + rest[..^body.Length] + string.Join('\n', lines.Skip(skip));
    }

    // Each line of the change escaped on its own, so the delegate reads the owner's line breaks as written.
    static List<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(MarkdownText.Escape)];
}
