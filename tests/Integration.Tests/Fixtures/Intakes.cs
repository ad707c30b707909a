using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Delegation.Integration.Tests.Fixtures;

/// <summary>Intake bodies as the web form or an integration would post them.</summary>
internal static class Intakes
{
    public static JsonObject Realistic(string practiceName = "Calm Harbor Counseling") => new()
    {
        ["practice"] = new JsonObject
        {
            ["name"] = practiceName, ["ownerName"] = "Ana Ruiz", ["email"] = "ana@example.com",
            ["timeZone"] = "America/Chicago", ["sessionFee"] = 150, ["clientHoursPerWeek"] = 25,
        },
        ["budget"] = new JsonObject { ["monthly"] = 1200, ["currency"] = "USD" },
        ["tasks"] = new JsonArray
        {
            Task("Scheduling appointments", "admin", 4, 4, 3, true, true),
            Task("Insurance claims", "billing", 3, 5, 2, true, true),
            Task("Instagram posts", "marketing", 2, 3, 2, false, false),
            Task("Website updates", "tech", 1, 4, 1, false, false),
            Task("Therapy sessions", "clinical", 25, 2, 5, false, true),
        },
        ["preferences"] = new JsonObject { ["startWith"] = 2, ["checkInDay"] = "Monday" },
    };

    public static JsonObject Task(string name, string category, double hours, int stress, int confidence, bool repetitive, bool clientInfo) => new()
    {
        ["name"] = name, ["category"] = category, ["hoursPerWeek"] = hours, ["stress"] = stress,
        ["confidence"] = confidence, ["repetitive"] = repetitive, ["involvesClientInfo"] = clientInfo,
    };

    public static StringContent Json(JsonNode body) => Json(body.ToJsonString());

    public static StringContent Json(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
