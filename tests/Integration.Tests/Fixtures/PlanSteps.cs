using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MimeKit;

namespace Delegation.Integration.Tests.Fixtures;

/// <summary>
/// The steps people take with a running plan, as the end-to-end tests drive them: submit the form, read the owner's
/// link from an email, register a hire, record a check-in. One copy, so a change to a route or a form reaches every test.
/// </summary>
internal static class PlanSteps
{
    /// <summary>Posts <paramref name="intake"/> as the web form would; asserts it was accepted and returns the plan id.</summary>
    public static async Task<string> SubmitAsync(this StandaloneHost host, JsonNode intake)
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
    }

    /// <summary>The owner's token from the manage link an owner's email carries.</summary>
    public static string OwnerToken(MimeMessage ownerEmail) =>
        System.Web.HttpUtility.ParseQueryString(Outbox.LinkIn(ownerEmail, "/manage?token=").Query)["token"]!;

    /// <summary>The check-in token from a check-in reminder's recording link.</summary>
    public static string CheckInToken(MimeMessage reminder) => Outbox.LinkIn(reminder, "/checkins/").AbsolutePath["/checkins/".Length..];

    /// <summary>Registers Jo Park for <paramref name="role"/> with the owner's token; asserts it was accepted.</summary>
    public static async Task RegisterAsync(this StandaloneHost host, string planId, string ownerToken, string role = "VirtualAssistant", string email = "jo@example.com")
    {
        var body = new JsonObject { ["role"] = role, ["name"] = "Jo Park", ["email"] = email };
        using var registered = await host.Http.PostAsync($"api/plans/{planId}/delegates?token={Uri.EscapeDataString(ownerToken)}", Intakes.Json(body));
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
    }

    /// <summary>Records a check-in that went well (on track, low stress, not yet ready for more), with <paramref name="extra"/> fields over it.</summary>
    public static Task<HttpResponseMessage> PostCheckInAsync(this StandaloneHost host, string token, JsonObject? extra = null)
    {
        var body = new JsonObject { ["onTrack"] = true, ["stress"] = 2, ["readyForMore"] = false };
        foreach (var (k, v) in extra ?? [])
        {
            body[k] = v?.DeepClone();
        }

        return host.Http.PostAsync($"api/checkins/{token}", Intakes.Json(body));
    }

    /// <summary>
    /// A plan whose only hire is an assistant for three admin tasks, registered, with its first check-in open:
    /// the plan id, the plan as the API returns it, and the check-in's token.
    /// </summary>
    public static async Task<(string PlanId, JsonElement Plan, string Token)> AssistantCheckInOpenAsync(
        this StandaloneHost host, string practice, int startWith = 1, string hireEmail = "jo@example.com")
    {
        var intake = Intakes.Realistic(practice + " " + Guid.NewGuid().ToString("N")[..6]);
        intake["budget"]!["monthly"] = 3000;
        intake["tasks"] = new JsonArray
        {
            Intakes.Task("Scheduling appointments", "admin", 1.5, 5, 2, true, true),
            Intakes.Task("Inbox", "admin", 1.5, 4, 2, true, false),
            Intakes.Task("Intake forms", "onboarding", 1, 4, 3, true, true),
        };
        intake["preferences"]!["startWith"] = startWith;
        var planId = await host.SubmitAsync(intake);
        var plan = await host.WaitForStatusAsync(planId, "Active");
        await host.RegisterAsync(planId, OwnerToken(await host.WaitForAsync(planId, "hire-VirtualAssistant-1")), email: hireEmail);
        return (planId, plan, CheckInToken(await host.WaitForAsync(planId, "remind-VirtualAssistant-1-owner")));
    }

    /// <summary>The ids of the plan's phase-1 tasks, optionally only those of one role.</summary>
    public static List<string> PhaseOneTasks(JsonElement plan, string? role = null) =>
        [.. plan.GetProperty("tasks").EnumerateArray()
            .Where(t => t.GetProperty("phase") is { ValueKind: JsonValueKind.Number } p && p.GetInt32() == 1)
            .Where(t => role is null || t.GetProperty("role").GetString() == role)
            .Select(t => t.GetProperty("taskId").GetString()!)];

    /// <summary>An attachment's decoded text.</summary>
    public static string Text(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
