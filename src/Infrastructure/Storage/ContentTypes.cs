namespace Delegation.Infrastructure.Storage;

/// <summary>Media types by file extension, for stores that keep no metadata of their own.</summary>
internal static class ContentTypes
{
    public static string ForPath(string path) => Path.GetExtension(path) switch
    {
        ".json" => "application/json",
        ".md" => "text/markdown; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
