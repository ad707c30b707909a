using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Delegation.Email.Tests.StandIn;

/// <summary>
/// The request-body schema of <c>POST /v3/mail/send</c>, taken from SendGrid's official OpenAPI
/// description in <c>shared/contracts/sendgrid/tsg_mail_v3.json</c> beside the checkout (never copied
/// into the repository), and checked with JsonSchema.Net.
/// </summary>
public static class SendGridContract
{
    const string RelativePath = "shared/contracts/sendgrid/tsg_mail_v3.json";
    static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Where the description was found: <c>../shared</c> from the repository root, or further up.</summary>
    public static string FilePath { get; } = Find();

    /// <summary>Failures of <paramref name="body"/> against the mail-send schema (location: message); empty when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement body)
    {
        var results = Schema.Value.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({e.Key})"))
            .ToList();
        return failures.Count > 0 ? failures : ["the body does not match the mail-send schema"];
    }

    /// <summary>The operation's schema as a standalone 2020-12 schema: components.schemas become $defs.</summary>
    public static JsonObject ExtractRequestSchema(JsonObject openApi)
    {
        ArgumentNullException.ThrowIfNull(openApi);
        var requestBody = Follow(openApi, openApi["paths"]!["/v3/mail/send"]!["post"]!["requestBody"]!);
        var schema = requestBody["content"]!["application/json"]!["schema"]!.DeepClone().AsObject();
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        schema["$defs"] = openApi["components"]!["schemas"]!.DeepClone();
        Rewrite(schema);
        return schema;
    }

    static JsonSchema Load()
    {
        var openApi = JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject();
        var schema = ExtractRequestSchema(openApi);
        // A registry of its own: the global one would refuse a second build under the same base URI.
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri("https://contracts.delegation.test/sendgrid/mail-send.json"));
    }

    // "#/components/requestBodies/X" in the operation itself.
    static JsonNode Follow(JsonObject root, JsonNode node)
    {
        while (node is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference)
        {
            node = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
                .Aggregate((JsonNode)root, (n, segment) => n[segment] ?? throw new InvalidOperationException($"Unresolvable $ref {reference}"));
        }

        return node;
    }

    // Schema references point into components.schemas, which now sit in $defs; anything else is a contract change to look at.
    static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["$ref"]?.GetValue<string>() is { } reference)
                {
                    o["$ref"] = reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
                        ? "#/$defs/" + reference["#/components/schemas/".Length..]
                        : throw new InvalidOperationException($"The mail-send schema refers to {reference}, which this test does not resolve.");
                }

                foreach (var (_, child) in o.ToList())
                {
                    Rewrite(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Rewrite(child);
                }

                break;
        }
    }

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Delegation.sln")))
        {
            dir = dir.Parent;
        }

        // CI puts shared/ beside the clone (../shared); a worktree may sit one level deeper, so keep looking up.
        for (var d = dir?.Parent; d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"SendGrid's OpenAPI description was not found: expected ../{RelativePath} beside the checkout.");
    }
}
