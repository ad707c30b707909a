using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Delegation.Core.Plans;

/// <summary>The one JSON shape of the public contract: camelCase, enums as names, strict on input.</summary>
public static class PlanJson
{
    /// <summary>Options for plans, intakes and problem details.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Storage paths of a plan's documents.</summary>
    public static string PlanPath(string planId) => $"plans/{planId}/plan.json";

    static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // A typo such as "hoursPerWek" is an error to report, not a field to drop silently.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = 16,
            // The default encoder already escapes <, > and & in JSON strings; keep it, never relax it.
            Encoder = JavaScriptEncoder.Default,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
