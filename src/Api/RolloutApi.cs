using System.Globalization;
using System.Text.Json;
using Delegation.Api.Pages;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Delegation.Core.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Delegation.Api;

/// <summary>
/// What people tell a running plan: hires, check-in outcomes, pause, resume, cancel. Each call checks
/// a signed link, then raises one event to the plan's rollout orchestration. HTML forms and the JSON
/// API share the checks; only the answer's shape differs.
/// </summary>
public sealed partial class RolloutApi(LinkTokens tokens, RolloutStore rollouts, PlanStore plans, SopStore sops, SopChangeStore changes,
    SopConfirmations confirmations, TimeProvider time, ILogger<RolloutApi> log)
{
    /// <summary>Owner actions by name.</summary>
    public static readonly IReadOnlyDictionary<string, PlanEventKind> Actions = new Dictionary<string, PlanEventKind>(StringComparer.Ordinal)
    {
        ["pause"] = PlanEventKind.Pause,
        ["resume"] = PlanEventKind.Resume,
        ["cancel"] = PlanEventKind.Cancel,
    };

    sealed record Refusal(int Status, string Title, string Detail);

    static readonly Refusal NotReady = new(409, "Not ready yet", "The plan is still being prepared; try again in a minute.");

    /// <summary>GET /plans/{planId}/manage?token=: the owner's page (changes nothing).</summary>
    public async Task<IResult> ManagePageAsync(string planId, string? token, CancellationToken ct)
    {
        var (refusal, snapshot) = await CheckOwnerAsync(planId, token, ct);
        if (refusal is not null)
        {
            return CheckInPages.Refused(refusal.Status, refusal.Title, refusal.Detail);
        }

        var plan = await plans.GetAsync(planId, ct);
        return CheckInPages.Manage(planId, token!, plan?.Practice.Name ?? "", snapshot!.Roles.Select(r => r.Role), snapshot.Status.ToString());
    }

    /// <summary>POST register a delegate (JSON body, or a form when <paramref name="html"/>).</summary>
    public async Task<IResult> RegisterDelegateAsync(string planId, string? token, HttpRequest request, DurableTaskClient client, bool html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (refusal, snapshot) = await CheckOwnerAsync(planId, token, ct);
        if (refusal is not null)
        {
            return Refuse(refusal, html);
        }

        var (role, name, email, error) = await ReadDelegateAsync(request, ct);
        var errors = new Dictionary<string, string[]>(IntakeValidatorPerson(name, email));
        if (role is null || snapshot!.Roles.All(r => r.Role != role))
        {
            errors["role"] = [$"Must be one of the plan's roles: {string.Join(", ", snapshot!.Roles.Select(r => r.Role))}."];
        }

        if (error is not null || errors.Count > 0)
        {
            if (error is not null)
            {
                errors["$"] = [error];
            }

            return html ? CheckInPages.Refused(400, "Please check the form", string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))) : Problems.Validation(errors);
        }

        if (!await RolloutStartedAsync(client, planId, ct))
        {
            return Refuse(NotReady, html);
        }

        await RaiseAsync(client, planId, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(role!.Value, name!.Trim(), email!.Trim())), ct);
        log.LogInformation("Plan {PlanId}: {Role} registered", planId, role);
        return html
            ? CheckInPages.Done(planId, $"{name!.Trim()} is registered as your {RoleTitles.Of(role!.Value)}. Check-in reminders will follow.")
            : TypedResults.Accepted($"/api/plans/{planId}", new { planId, role = role!.Value.ToString() });
    }

    /// <summary>POST pause, resume or cancel.</summary>
    public async Task<IResult> ControlAsync(string planId, string action, string? token, DurableTaskClient client, bool html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!Actions.TryGetValue(action, out var kind))
        {
            return html ? CheckInPages.Refused(404, "Not found", "There is no such action.") : Problems.NotFound("Action");
        }

        var (refusal, _) = await CheckOwnerAsync(planId, token, ct);
        if (refusal is not null)
        {
            return Refuse(refusal, html);
        }

        if (!await RolloutStartedAsync(client, planId, ct))
        {
            return Refuse(NotReady, html);
        }

        await RaiseAsync(client, planId, new PlanEvent(kind), ct);
        log.LogInformation("Plan {PlanId}: owner asked to {Action}", planId, action);
        var what = kind switch
        {
            PlanEventKind.Pause => "The rollout is paused: no reminders and no new tasks until you resume.",
            PlanEventKind.Resume => "The rollout has resumed: check-ins are back on the calendar.",
            _ => "The plan is cancelled: nothing more will be sent.",
        };
        return html ? CheckInPages.Done(planId, what) : TypedResults.Accepted($"/api/plans/{planId}", new { planId, action });
    }

    /// <summary>GET /checkins/{token}: the form (changes nothing: mail scanners prefetch links).</summary>
    public async Task<IResult> CheckInPageAsync(string token, CancellationToken ct)
    {
        var (refusal, claims, checkInId, snapshot) = await CheckCheckInAsync(token, ct);
        if (refusal is not null)
        {
            return CheckInPages.Refused(refusal.Status, refusal.Title, refusal.Detail);
        }

        var role = snapshot!.Roles.First(r => r.OpenCheckInId == checkInId);
        var number = checkInId![(role.Role.ToString().Length + 1)..];
        var sopTasks = HandedOver(await plans.GetAsync(claims!.PlanId, ct), snapshot, role.Role).Select(t => (t.TaskId, t.Name)).ToList();
        return CheckInPages.Form(token, RoleTitles.Of(role.Role), role.DelegateName ?? "your helper", $"Check-in {number}", sopTasks);
    }

    /// <summary>POST a check-in outcome: a form from the page, or JSON from an integration.</summary>
    public async Task<IResult> RecordCheckInAsync(string token, HttpRequest request, DurableTaskClient client, bool html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (refusal, claims, checkInId, snapshot) = await CheckCheckInAsync(token, ct);
        if (refusal is not null)
        {
            return Refuse(refusal, html);
        }

        var (outcome, errors, sopPart) = await ReadOutcomeAsync(request, ct);
        var role = snapshot!.Roles.First(r => r.OpenCheckInId == checkInId).Role;
        // The SOP part is checked with the rest, before the link is used: a bad field starts nothing.
        var sopChange = await CheckSopChangeAsync(sopPart, claims!.PlanId, snapshot, role, errors, ct);
        if (outcome is null || errors.Count > 0)
        {
            return html ? CheckInPages.Refused(400, "Please check the form", string.Join(" ", errors.SelectMany(e => e.Value))) : Problems.Validation(errors);
        }

        // Single use: the first submission claims the link; any later one is told it was used.
        if (!await rollouts.TryUseCheckInAsync(claims.PlanId, checkInId!, ct))
        {
            return Refuse(new Refusal(410, "Already recorded", "This check-in was already recorded. Thank you."), html);
        }

        if (sopChange is { } change)
        {
            await StartSopChangeReviewAsync(client, claims.PlanId, checkInId!, role, change.TaskId, change.Text, ct);
        }

        if (sopPart.StillRight)
        {
            await ConfirmSopsAsync(claims.PlanId, snapshot, role, sopChange?.TaskId, ct);
        }

        await RaiseAsync(client, claims.PlanId, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: checkInId, Outcome: outcome), ct);
        log.LogInformation("Plan {PlanId}: check-in {CheckInId} recorded", claims.PlanId, checkInId);
        return html ? CheckInPages.Recorded() : TypedResults.Accepted($"/api/plans/{claims.PlanId}", new { planId = claims.PlanId, checkInId, recorded = true });
    }

    async Task<(Refusal? Refusal, RolloutSnapshot? Snapshot)> CheckOwnerAsync(string planId, string? token, CancellationToken ct)
    {
        if (!PlanIds.IsWellFormed(planId))
        {
            return (new Refusal(404, "Not found", "There is no such plan."), null);
        }

        var (check, claims) = await tokens.VerifyAsync(token, time.GetUtcNow());
        if (check == TokenCheck.Forged || claims!.PlanId != planId || claims.Subject != LinkTokens.Owner)
        {
            return (new Refusal(403, "This link is not valid", "Use the link from your plan's emails."), null);
        }

        if (check == TokenCheck.Expired)
        {
            return (new Refusal(410, "This link has expired", "Use the link from a more recent email."), null);
        }

        var snapshot = await rollouts.GetAsync(planId, ct);
        return snapshot switch
        {
            null => (NotReady, null),
            { Status: PlanStatus.Cancelled } => (new Refusal(410, "This plan was cancelled", "Nothing more can be changed."), null),
            _ => (null, snapshot),
        };
    }

    async Task<(Refusal? Refusal, LinkClaims? Claims, string? CheckInId, RolloutSnapshot? Snapshot)> CheckCheckInAsync(string token, CancellationToken ct)
    {
        var (check, claims) = await tokens.VerifyAsync(token, time.GetUtcNow());
        if (check == TokenCheck.Forged || !claims!.Subject.StartsWith("checkin:", StringComparison.Ordinal) || !PlanIds.IsWellFormed(claims.PlanId))
        {
            return (new Refusal(403, "This link is not valid", "Use the link from your check-in reminder."), null, null, null);
        }

        if (check == TokenCheck.Expired)
        {
            return (new Refusal(410, "This link has expired", "The check-in it belongs to has passed."), null, null, null);
        }

        var checkInId = claims.Subject["checkin:".Length..];
        var snapshot = await rollouts.GetAsync(claims.PlanId, ct);
        if (snapshot is null || snapshot.Status == PlanStatus.Cancelled || snapshot.Roles.All(r => r.OpenCheckInId != checkInId))
        {
            var used = snapshot?.History.Any(h => h.CheckInId == checkInId && !h.Missed) == true;
            return (new Refusal(410, used ? "Already recorded" : "This check-in is closed",
                used ? "This check-in was already recorded. Thank you." : "It can no longer be recorded; the next one is on the calendar."), null, null, null);
        }

        return (null, claims, checkInId, snapshot);
    }

    // Waits between looks at the snapshot; the rollout usually applies an event within the first.
    static readonly TimeSpan[] ConfirmWaits = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    /// <summary>
    /// The plan email goes out a moment before its rollout is started (a plan whose email fails never starts one), so
    /// an owner who acts on it at once waits for the rollout here instead of raising an event nobody receives.
    /// </summary>
    async Task<bool> RolloutStartedAsync(DurableTaskClient client, string planId, CancellationToken ct)
    {
        var instance = PlanRollout.InstanceId(planId);
        foreach (var wait in ConfirmWaits.Prepend(TimeSpan.Zero))
        {
            await Task.Delay(wait, time, ct);
            if (await client.GetInstanceAsync(instance, getInputsAndOutputs: false, ct) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Raises <paramref name="e"/> and raises it again until the published snapshot says it was applied: an event
    /// that reaches a rollout while it continues as new can be lost (durabletask-dotnet#387), and a lost Cancel
    /// would leave a plan running. The rollout applies each event id once, so a second copy changes nothing.
    /// After the last wait the event stays accepted; the rollout may still be busy.
    /// </summary>
    async Task RaiseAsync(DurableTaskClient client, string planId, PlanEvent e, CancellationToken ct)
    {
        e = e with { Id = Guid.NewGuid().ToString("N") };
        var instance = PlanRollout.InstanceId(planId);
        await client.RaiseEventAsync(instance, PlanEvents.Name, e, ct);
        foreach (var wait in ConfirmWaits)
        {
            await Task.Delay(wait, time, ct);
            var snapshot = await rollouts.GetAsync(planId, ct);
            if (snapshot?.Applied?.Contains(e.Id, StringComparer.Ordinal) == true || snapshot?.Status == PlanStatus.Cancelled)
            {
                return;
            }

            log.LogInformation("Plan {PlanId}: event {Kind} {EventId} not applied yet; raising it again", planId, e.Kind, e.Id);
            await client.RaiseEventAsync(instance, PlanEvents.Name, e, ct);
        }
    }

    static IResult Refuse(Refusal r, bool html) => html
        ? CheckInPages.Refused(r.Status, r.Title, r.Detail)
        : TypedResults.Problem(statusCode: r.Status, title: r.Title, detail: r.Detail);

    static IReadOnlyDictionary<string, string[]> IntakeValidatorPerson(string? name, string? email) =>
        Core.Intake.IntakeValidator.ValidatePerson(name, email, "name", "email");

    static async Task<(SupportRole? Role, string? Name, string? Email, string? Error)> ReadDelegateAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await TryReadFormAsync(request, ct);
            return form is null
                ? (null, null, null, "The form could not be read.")
                : (ParseRole(form["role"]), form["name"], form["email"], null);
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            var root = doc.RootElement;
            string? Text(string p) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (ParseRole(Text("role")), Text("name"), Text("email"), null);
        }
        catch (JsonException)
        {
            return (null, null, null, "The body is not valid JSON.");
        }
    }

    static SupportRole? ParseRole(string? text) =>
        Enum.GetValues<SupportRole>().Select(r => (SupportRole?)r).FirstOrDefault(r => r.ToString() == text);

    static async Task<(CheckInOutcome? Outcome, Dictionary<string, string[]> Errors, SopChangePart Sop)> ReadOutcomeAsync(HttpRequest request, CancellationToken ct)
    {
        bool? onTrack, ready;
        int? stress;
        string? notes;
        SopChangePart sop;
        if (request.HasFormContentType)
        {
            var form = await TryReadFormAsync(request, ct);
            if (form is null)
            {
                return (null, new() { ["$"] = ["The form could not be read."] }, SopChangePart.None);
            }

            if (form["met"] == "no")
            {
                return NotMet(form["notes"]);
            }

            sop = SopChangePart.Of(form);

            onTrack = YesNo(form["onTrack"]);
            ready = YesNo(form["readyForMore"]);
            stress = int.TryParse(form["stress"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
            notes = form["notes"];
        }
        else
        {
            try
            {
                using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
                var root = doc.RootElement;
                bool? Bool(string p) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(p, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
                if (Bool("met") == false)
                {
                    return NotMet(root.TryGetProperty("notes", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null);
                }

                sop = SopChangePart.Of(root);

                onTrack = Bool("onTrack");
                ready = Bool("readyForMore");
                stress = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("stress", out var sv) && sv.ValueKind == JsonValueKind.Number && sv.TryGetInt32(out var si) ? si : null;
                notes = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("notes", out var nv) && nv.ValueKind == JsonValueKind.String ? nv.GetString() : null;
            }
            catch (JsonException)
            {
                return (null, new() { ["$"] = ["The body is not valid JSON."] }, SopChangePart.None);
            }
        }

        var errors = new Dictionary<string, string[]>();
        if (onTrack is null) { errors["onTrack"] = ["Required: true or false."]; }
        if (ready is null) { errors["readyForMore"] = ["Required: true or false."]; }
        if (stress is null or < 1 or > 5) { errors["stress"] = ["Required: a whole number from 1 to 5."]; }
        if (notes is { Length: > 2000 }) { errors["notes"] = ["Must be at most 2000 characters."]; }
        return errors.Count > 0 ? (null, errors, sop) : (new CheckInOutcome(onTrack!.Value, stress!.Value, ready!.Value, notes), errors, sop);
    }

    // A check-in that did not take place proposes no SOP change: nothing came up at it.
    static (CheckInOutcome? Outcome, Dictionary<string, string[]> Errors, SopChangePart Sop) NotMet(string? notes) =>
        notes is { Length: > 2000 }
            ? (null, new() { ["notes"] = ["Must be at most 2000 characters."] }, SopChangePart.None)
            : (CheckInOutcome.NotMet(notes), [], SopChangePart.None);

    // A multipart body without a boundary, cut short or over the form limits throws: that is the sender's fault, a 400.
    static async Task<IFormCollection?> TryReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }

    static bool? YesNo(string? value) => value switch { "yes" or "true" => true, "no" or "false" => false, _ => null };
}
