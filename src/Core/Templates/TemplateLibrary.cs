using System.Collections.Concurrent;
using Scriban;

namespace Delegation.Core.Templates;

/// <summary>Loads the Scriban templates embedded in this assembly once and renders them.</summary>
internal static class TemplateLibrary
{
    static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    public static string Render(string name, object model)
    {
        var template = Cache.GetOrAdd(name, Load);
        // Keep member names as written in the model (already snake_case); no renaming surprises.
        return template.Render(model, member => member.Name);
    }

    static Template Load(string name)
    {
        var assembly = typeof(TemplateLibrary).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template {name} does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
