using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Scriban;
using Scriban.Runtime;

namespace Delegation.Core.Sops;

/// <summary>The parts of an SOP that depend on the kind of task, as a library file defines them.</summary>
internal sealed record SopContent(
    string Kind,
    string Title,
    string Goal,
    string Trigger,
    string Frequency,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Slas,
    IReadOnlyList<string> Done,
    IReadOnlyList<string> Kpis,
    IReadOnlyList<string> Tools,
    IReadOnlyList<string> Cautions);

/// <summary>
/// The SOP library: one Scriban file per kind of task under <c>Sops/Templates/kinds/</c>, each setting
/// its title, the categories and name keywords it is recognised by, and the content of the SOP.
/// A task gets the kind whose keyword best matches its name among the kinds allowed for its category,
/// else its category's fallback (<c>category-{category}.sbn</c>), else <c>general.sbn</c>.
/// </summary>
internal static class SopLibrary
{
    const string ResourcePrefix = "Delegation.Core.Sops.kinds.";
    const string General = "general";

    sealed record Keyword(string Text, Regex Pattern);

    sealed record KindFile(string Key, Template Template, IReadOnlyList<string> Categories, IReadOnlyList<Keyword> Keywords, bool Fallback);

    static readonly Lazy<FrozenDictionary<string, KindFile>> Kinds = new(Load);
    static readonly ConcurrentDictionary<(string Kind, string Role, bool ClientInfo), SopContent> Rendered = new();

    /// <summary>Every kind the library knows, by key (the file name without <c>.sbn</c>).</summary>
    public static IReadOnlyCollection<string> Keys => Kinds.Value.Keys;

    /// <summary>The kind of <paramref name="task"/>: recognised from its category and the words in its name.</summary>
    public static string KindOf(PracticeTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var category = CategoryName(task.Category);
        var best = Kinds.Value.Values
            .Where(k => !k.Fallback && k.Categories.Contains(category))
            .Select(k => (k.Key, Length: k.Keywords.Where(w => w.Pattern.IsMatch(task.Name)).Select(w => w.Text.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Length > 0)
            // The longest keyword is the most specific ("email newsletter" is a newsletter, not the inbox).
            .OrderByDescending(m => m.Length).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => m.Key)
            .FirstOrDefault();
        return best ?? (Kinds.Value.ContainsKey("category-" + category) ? "category-" + category : General);
    }

    /// <summary>The SOP content for <paramref name="task"/> owned by <paramref name="role"/>.</summary>
    public static SopContent For(PracticeTask task, SupportRole role)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Rendered.GetOrAdd((KindOf(task), RoleTitles.Of(role), task.InvolvesClientInfo), Evaluate);
    }

    static SopContent Evaluate((string Kind, string Role, bool ClientInfo) key)
    {
        var file = Kinds.Value[key.Kind];
        var globals = Run(file.Template, key.Role, key.ClientInfo);
        return new SopContent(
            key.Kind,
            Text(globals, "title", file.Key),
            Text(globals, "goal", file.Key),
            Text(globals, "trigger", file.Key),
            Text(globals, "frequency", file.Key),
            List(globals, "steps", file.Key, required: true),
            List(globals, "slas", file.Key, required: true),
            List(globals, "done", file.Key, required: true),
            List(globals, "kpis", file.Key, required: true),
            List(globals, "tools", file.Key, required: true),
            List(globals, "cautions", file.Key, required: false));
    }

    /// <summary>Runs a library file; its assignments land in the returned object. The file sees only
    /// trusted values (the role's title, whether client information is involved), never user text.</summary>
    static ScriptObject Run(Template template, string role, bool clientInfo)
    {
        var globals = new ScriptObject { ["role"] = role, ["client_info"] = clientInfo };
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        template.Render(context);
        return globals;
    }

    static FrozenDictionary<string, KindFile> Load()
    {
        var assembly = typeof(SopLibrary).Assembly;
        var kinds = new Dictionary<string, KindFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var key = resource[ResourcePrefix.Length..^".sbn".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var template = Template.Parse(reader.ReadToEnd(), key + ".sbn");
            if (template.HasErrors)
            {
                throw new InvalidOperationException($"SOP library file {key}.sbn does not parse: {string.Join("; ", template.Messages)}");
            }

            var meta = Run(template, "virtual assistant", clientInfo: false);
            var keywords = List(meta, "keywords", key, required: false)
                // A keyword starts a word ("claim" finds "Claims", not "reclaim"); it may be a stem ("schedul").
                .Select(k => new Keyword(k, new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(k), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1))))
                .ToList();
            var fallback = meta.TryGetValue("fallback", out var f) && f is true;
            if (!fallback && keywords.Count == 0)
            {
                throw new InvalidOperationException($"SOP library file {key}.sbn needs keywords or 'fallback = true'.");
            }

            kinds.Add(key, new KindFile(key, template, List(meta, "categories", key, required: false), keywords, fallback));
        }

        return kinds.ContainsKey(General)
            ? kinds.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException("The SOP library has no general.sbn fallback.");
    }

    static string CategoryName(TaskCategory category) => category.ToString().ToLowerInvariant();

    static string Text(ScriptObject globals, string name, string file) =>
        globals.TryGetValue(name, out var v) && v is string s && s.Length > 0
            ? s
            : throw new InvalidOperationException($"SOP library file {file}.sbn must set '{name}'.");

    static List<string> List(ScriptObject globals, string name, string file, bool required)
    {
        var items = globals.TryGetValue(name, out var v) && v is ScriptArray a
            ? a.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").Where(x => x.Length > 0).ToList()
            : [];
        return required && items.Count == 0
            ? throw new InvalidOperationException($"SOP library file {file}.sbn must set a non-empty '{name}' list.")
            : items;
    }
}
