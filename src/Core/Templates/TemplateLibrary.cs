using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Delegation.Core.Templates;

/// <summary>Loads the Scriban templates embedded in this assembly once and renders them.</summary>
internal static class TemplateLibrary
{
    static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    // Scriban builds its whole builtin function library for every context it creates unless it is given
    // one: that was a tenth of each SOP's rendering. Templates only read it (they assign no variables, and
    // the builtins are read-only to them), so one copy serves every render on every thread.
    static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    // Keep member names as written in the model (already snake_case); no renaming surprises.
    static readonly MemberRenamerDelegate AsWritten = member => member.Name;

    public static string Render(string name, object model)
    {
        var template = Cache.GetOrAdd(name, Load);
        var globals = new ScriptObject();
        globals.Import(model, renamer: AsWritten);
        // What Template.Render(model, renamer) does, with the shared builtins.
        var context = new TemplateContext(Builtins) { MemberRenamer = AsWritten };
        context.PushGlobal(globals);
        return template.Render(context);
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
