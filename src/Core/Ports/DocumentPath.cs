namespace Delegation.Core.Ports;

/// <summary>The rules every document path follows, so that no id from a URL can escape its folder.</summary>
public static class DocumentPath
{
    /// <summary>Throws when <paramref name="path"/> is not a safe relative path of lower-case segments.</summary>
    public static string Check(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var segments = path.Split('/');
        if (path.Length > 512 || segments.Any(s => s.Length == 0 || s == "." || s == ".." || !s.All(IsAllowed)))
        {
            throw new ArgumentException($"'{path}' is not a valid document path.", nameof(path));
        }

        return path;
    }

    /// <summary>True for an id that may stand as one path segment (plan ids, task ids).</summary>
    public static bool IsSafeSegment(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    static bool IsAllowed(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.';
}
