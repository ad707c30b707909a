using System.Text;

namespace Delegation.Core.Sops;

/// <summary>Makes user text inert inside Markdown: every ASCII punctuation mark is backslash-escaped,
/// so a task name can be neither a link nor HTML once Markdig renders it.</summary>
public static class MarkdownText
{
    /// <summary>Escapes <paramref name="text"/> for literal use in Markdown.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127)
            {
                sb.Append(c);
            }
            else if (c is '\n' or '\r' or '\t')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append('\\').Append(c);
            }
        }

        return sb.ToString();
    }
}
