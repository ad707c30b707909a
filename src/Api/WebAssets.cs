using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Delegation.Api;

/// <summary>
/// The pages, stylesheet and script embedded in this assembly, so both hosts serve the same bytes.
/// Each file carries a content hash: HTML links to <c>/assets/{file}?v={hash}</c>, which can then be cached for a year.
/// </summary>
public sealed class WebAssets
{
    const string Prefix = "Delegation.Api.Web.";

    readonly FrozenDictionary<string, WebAsset> files;

    /// <summary>Loads and fingerprints every embedded web file.</summary>
    public WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        var raw = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..], n => Read(assembly, n), StringComparer.Ordinal);

        var assets = raw.Where(f => !f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => new WebAsset(f.Value, ContentTypeOf(f.Key), HashOf(f.Value)), StringComparer.Ordinal);

        // Pages are rewritten once to point at the fingerprinted assets, then hashed themselves (for ETags).
        var pages = raw.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Key, f =>
        {
            var html = Encoding.UTF8.GetString(f.Value);
            foreach (var (name, asset) in assets)
            {
                html = html.Replace($"\"/assets/{name}\"", $"\"/assets/{name}?v={asset.Hash}\"", StringComparison.Ordinal);
            }

            var bytes = Encoding.UTF8.GetBytes(html);
            return new WebAsset(bytes, ContentTypeOf(f.Key), HashOf(bytes));
        }, StringComparer.Ordinal);

        files = assets.Concat(pages).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The page named <paramref name="name"/> (index.html, plan.html).</summary>
    public WebAsset Page(string name) =>
        name.EndsWith(".html", StringComparison.Ordinal) && files.TryGetValue(name, out var page)
            ? page : throw new KeyNotFoundException($"No embedded page {name}.");

    /// <summary>A stylesheet or script by file name; null for anything else, pages included.</summary>
    public WebAsset? Asset(string? name) =>
        name is not null && !name.EndsWith(".html", StringComparison.Ordinal) && files.TryGetValue(name, out var asset) ? asset : null;

    static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];

    static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
}

/// <summary>One embedded file: its bytes, media type and content hash.</summary>
public sealed record WebAsset(byte[] Content, string ContentType, string Hash)
{
    /// <summary>The strong ETag of the content.</summary>
    public string ETag => $"\"{Hash}\"";
}
