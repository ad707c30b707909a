using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Delegation.Functions.Tests;

/// <summary>
/// The Functions host's HTTP routing, replayed over a published functions.metadata: functions in name
/// order (FunctionMetadataManager sorts them), and the first whose method and route template match wins
/// (WebJobsRouteBuilder builds a first-match route collection). ASP.NET Core ranks literal segments
/// first, so the standalone host never shows what this table shows.
/// </summary>
internal sealed partial class FunctionsRouteTable
{
    static readonly IInlineConstraintResolver Constraints =
        new ServiceCollection().AddRouting().BuildServiceProvider().GetRequiredService<IInlineConstraintResolver>();

    readonly List<Route> routes;

    public FunctionsRouteTable(IEnumerable<JsonElement> functions) =>
        routes = functions
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
                .Select(b => new Route(
                    f.GetProperty("name").GetString()!,
                    b.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToHashSet(),
                    b.GetProperty("route").GetString()!)))
            .OrderBy(r => r.Function, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<Route> Routes => routes;

    /// <summary>The function the host would run for <paramref name="method"/> on <paramref name="path"/>, or null.</summary>
    public string? FirstMatch(string method, string path) =>
        routes.FirstOrDefault(r => r.Methods.Contains(method) && r.Matches(path))?.Function;

    /// <summary>One HTTP function's trigger.</summary>
    /// <param name="Function">Its name.</param>
    /// <param name="Methods">Upper-case HTTP methods.</param>
    /// <param name="Template">Its route template.</param>
    internal sealed partial record Route(string Function, IReadOnlySet<string> Methods, string Template)
    {
        RouteTemplate Parsed { get; } = TemplateParser.Parse(Template);

        public bool Matches(string path)
        {
            var values = new RouteValueDictionary();
            if (!new TemplateMatcher(Parsed, new RouteValueDictionary()).TryMatch("/" + path, values))
            {
                return false;
            }

            // As ASP.NET Core routing does, an optional parameter that is absent skips its constraints.
            return Parsed.Parameters.Where(p => !(p.IsOptional && values[p.Name!] is null)).All(p => p.InlineConstraints.All(c =>
                Constraints.ResolveConstraint(c.Constraint)!.Match(null, null, p.Name!, values, RouteDirection.IncomingRequest)));
        }

        /// <summary>
        /// Paths this function is meant to answer: each parameter filled with a plain value, or with
        /// each alternative its <c>regex(^(a|b)$)</c> constraint allows; an optional one left out.
        /// </summary>
        public IEnumerable<string> Samples()
        {
            IEnumerable<string> paths = [""];
            foreach (var segment in Parsed.Segments)
            {
                var options = segment.Parts.Aggregate((IEnumerable<string>)[""], (prefixes, part) =>
                    prefixes.SelectMany(prefix => ValuesOf(part).Select(v => prefix + v)));
                paths = paths.SelectMany(p => options.Select(o => p.Length == 0 ? o : p + "/" + o)).ToList();
            }

            return paths;
        }

        static string[] ValuesOf(TemplatePart part)
        {
            if (part.IsLiteral)
            {
                return [part.Text!];
            }

            if (part.IsOptional)
            {
                return [""];
            }

            var alternatives = part.InlineConstraints
                .Select(c => Alternatives().Match(c.Constraint))
                .FirstOrDefault(m => m.Success);
            return alternatives is null ? ["sample1"] : alternatives.Groups[1].Value.Split('|');
        }

        [GeneratedRegex(@"^regex\(\^\(([a-z|]+)\)\$\)$")]
        private static partial Regex Alternatives();
    }
}
