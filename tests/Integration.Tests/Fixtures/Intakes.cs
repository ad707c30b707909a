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

    /// <summary>
    /// Posts <paramref name="count"/> distinct realistic intakes ("{prefix} 1", …), ten at a time like a busy form,
    /// each to the host <paramref name="hostFor"/> picks for its number; returns the plan ids, all distinct.
    /// </summary>
    public static async Task<List<string>> SubmitManyAsync(int count, string prefix, Func<int, StandaloneHost> hostFor)
    {
        using var gate = new SemaphoreSlim(10);
        var ids = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(1, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await hostFor(i).Http.PostAsync("api/intake", Json(Realistic($"{prefix} {i}")));
                Xunit.Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
                return (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
            }
            finally
            {
                gate.Release();
            }
        }));
        Xunit.Assert.Equal(count, ids.Distinct().Count());
        return [.. ids];
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
