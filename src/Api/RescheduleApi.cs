using System.Globalization;
using System.Text.Json;
using Delegation.Api.Pages;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Rollout;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Delegation.Api;

/// <summary>
/// Moving an upcoming check-in, from the owner's reminder. The check-in's own signed link authorises it and is not
/// used up: it still records the outcome afterwards. The rollout decides whether the time is allowed (after now,
/// before the series' following meeting, not yet met); the answer reads what it decided.
/// </summary>
public sealed partial class RolloutApi
{
    const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>GET /checkins/{token}/reschedule: the form (changes nothing).</summary>
    /// <param name="token">The check-in's signed link.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> ReschedulePageAsync(string token, CancellationToken ct)
    {
        var (refusal, claims, checkInId, snapshot) = await CheckCheckInAsync(token, ct);
        if (refusal is not null)
        {
            return CheckInPages.Refused(refusal.Status, refusal.Title, refusal.Detail);
        }

        var plan = await plans.GetAsync(claims!.PlanId, ct);
        var role = snapshot!.Roles.First(r => r.OpenCheckInId == checkInId);
        var current = role.NextCheckInAt is { } at && plan is not null
            ? TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(plan.Practice.TimeZone)).ToString(LocalFormat, CultureInfo.InvariantCulture)
            : "";
        return CheckInPages.RescheduleForm(token, role.DelegateName ?? "your " + RoleTitles.Of(role.Role), current, plan?.Practice.TimeZone ?? "");
    }

    /// <summary>POST a new time for the check-in: <c>at</c> as the practice's local "yyyy-MM-ddTHH:mm", from the form or as JSON.</summary>
    /// <param name="token">The check-in's signed link.</param>
    /// <param name="request">The form or JSON body.</param>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="html">True for the page's form.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> RescheduleAsync(string token, HttpRequest request, DurableTaskClient client, bool html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (refusal, claims, checkInId, _) = await CheckCheckInAsync(token, ct);
        if (refusal is not null)
        {
            return Refuse(refusal, html);
        }

        var plan = await plans.GetAsync(claims!.PlanId, ct);
        if (plan is null)
        {
            return Refuse(NotReady, html);
        }

        var text = await ReadAtAsync(request, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.Practice.TimeZone);
        if (!DateTime.TryParseExact(text, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || zone.IsInvalidTime(local))
        {
            var error = new Dictionary<string, string[]> { ["at"] = [$"Required: a local date and time in {plan.Practice.TimeZone}, as yyyy-MM-ddTHH:mm."] };
            return html ? CheckInPages.Refused(400, "Please check the form", error["at"][0]) : Problems.Validation(error);
        }

        var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        await RaiseAsync(client, claims.PlanId, new PlanEvent(PlanEventKind.Reschedule, CheckInId: checkInId, At: at), ct);
        var snapshot = await rollouts.GetAsync(claims.PlanId, ct);
        if (snapshot?.Roles.FirstOrDefault(r => r.OpenCheckInId == checkInId)?.NextCheckInAt != at)
        {
            return Refuse(new Refusal(409, "That time cannot be used",
                "Choose a time after now and before the following check-in. A check-in that has already taken place cannot be moved; record how it went instead."), html);
        }

        var when = DateWords.FullAt(at, plan.Practice.TimeZone, plan.Practice.Country);
        return html
            ? CheckInPages.Rescheduled(when)
            : TypedResults.Accepted($"/api/plans/{claims.PlanId}", new { planId = claims.PlanId, checkInId, at });
    }

    static async Task<string?> ReadAtAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            return (await TryReadFormAsync(request, ct))?["at"];
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("at", out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
