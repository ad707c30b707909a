using System.Text;
using System.Text.Json;
using Delegation.Api.Pages;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Delegation.Core.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Delegation.Api;

/// <summary>
/// SOP changes from check-ins: the check-in form's optional "An SOP needs a change" part starts a review
/// (<see cref="SopChangeReview"/>), and the owner's single-use link approves or rejects it. A GET shows; only a POST decides.
/// </summary>
public sealed partial class RolloutApi
{
    /// <summary>
    /// The check-in form's SOP parts as sent: the change (both fields, or the field whose value was not text) and whether
    /// the SOPs are still right (<see cref="StillRight"/>; <see cref="BadStillRight"/> when its value was neither yes nor no).
    /// </summary>
    internal sealed record SopChangePart(string? TaskId, string? Change, string? NotText = null, bool StillRight = false, bool BadStillRight = false)
    {
        public static readonly SopChangePart None = new(null, null);

        public static SopChangePart Of(IFormCollection form)
        {
            // An unticked box sends nothing; a ticked one sends its value, "yes".
            string? box = form["sopsStillRight"];
            var still = box switch { null or "" or "no" or "false" => false, "yes" or "true" => (bool?)true, _ => null };
            return new(form["sopTaskId"], form["sopChange"], StillRight: still == true, BadStillRight: still is null);
        }

        public static SopChangePart Of(JsonElement root)
        {
            string? Text(string p, ref string? notText)
            {
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(p, out var v) || v.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (v.ValueKind != JsonValueKind.String)
                {
                    notText ??= p;
                    return null;
                }

                return v.GetString();
            }

            string? notText = null;
            var taskId = Text("sopTaskId", ref notText);
            var change = Text("sopChange", ref notText);
            var still = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("sopsStillRight", out var s) ? s.ValueKind : JsonValueKind.Undefined;
            return new SopChangePart(taskId, change, notText, still == JsonValueKind.True,
                still is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False));
        }
    }

    /// <summary>The tasks of <paramref name="role"/> handed over so far (phases started): those whose SOPs a check-in may change.</summary>
    static List<PlanTask> HandedOver(Plan? plan, RolloutSnapshot snapshot, SupportRole role) =>
        plan is null ? [] : [.. plan.Tasks.Where(t => t.Role == role && t.Phase is { } k && k <= snapshot.CurrentPhase)];

    /// <summary>Checks the SOP part, adding any error to <paramref name="errors"/>; the change to propose, or null for none.</summary>
    async Task<(string TaskId, string Text)?> CheckSopChangeAsync(SopChangePart part, string planId, RolloutSnapshot snapshot, SupportRole role,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (part.BadStillRight)
        {
            errors["sopsStillRight"] = ["Must be true or false (the form's box: ticked or not)."];
        }

        if (part.NotText is { } field)
        {
            errors[field] = ["Must be text."];
            return null;
        }

        var taskId = part.TaskId?.Trim();
        var text = part.Change?.Trim();
        if (string.IsNullOrEmpty(taskId) && string.IsNullOrEmpty(text))
        {
            return null;
        }

        var tasks = HandedOver(await plans.GetAsync(planId, ct), snapshot, role);
        if (string.IsNullOrEmpty(taskId) || tasks.All(t => t.TaskId != taskId))
        {
            errors["sopTaskId"] = [tasks.Count == 0
                ? "No SOP of this role's can be changed yet: none of its tasks has been handed over."
                : $"Choose the task whose SOP needs the change, one of: {string.Join(", ", tasks.Select(t => t.TaskId))}."];
        }

        if (string.IsNullOrEmpty(text))
        {
            errors["sopChange"] = ["Say what should change in the SOP."];
        }
        else if (part.Change!.Length > SopChangeStore.MaxText)
        {
            errors["sopChange"] = [$"Must be at most {SopChangeStore.MaxText} characters."];
        }

        return errors.ContainsKey("sopTaskId") || errors.ContainsKey("sopChange") ? null : (taskId!, text!);
    }

    /// <summary>
    /// Stores the proposal and starts its review under a fixed instance id, so a retry starts it once. The delegate to
    /// tell and when the check-in met are the rollout's: read from its current generation's input, never guessed.
    /// </summary>
    async Task StartSopChangeReviewAsync(DurableTaskClient client, string planId, string checkInId, SupportRole role, string taskId, string text, CancellationToken ct)
    {
        var rollout = await client.GetInstanceAsync(PlanRollout.InstanceId(planId), getInputsAndOutputs: true, ct);
        RoleTrack? track = null;
        try
        {
            track = rollout?.ReadInputAs<RolloutState>()?.Track(role);
        }
        catch (JsonException ex)
        {
            log.LogWarning(ex, "Plan {PlanId}: the rollout's state could not be read; the SOP change review names no delegate", planId);
        }

        var now = time.GetUtcNow();
        await changes.TryProposeAsync(new SopChangeProposal(planId, checkInId, taskId, role, text, now, track?.Open?.At), ct);
        var request = new SopChangeReviewRequest(planId, checkInId, taskId, role, track?.Delegate, track?.Open?.At, now + SopChangeReview.LinkLifetime);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(SopChangeReview), request,
                new StartOrchestrationOptions(SopChangeReview.InstanceId(planId, checkInId)).WithDedupeStatuses([.. InstanceStarts.NeverReplace]), ct);
        }
        catch (Exception ex) when (InstanceStarts.IsAlreadyExists(ex))
        {
            // A retried request whose first attempt started it: one review per check-in.
        }

        log.LogInformation("Plan {PlanId}: SOP change for task {TaskId} proposed at check-in {CheckInId}", planId, taskId, checkInId);
    }

    /// <summary>
    /// A check-in that says "the SOPs for my tasks are still right" confirms the SOPs of the role's handed-over tasks,
    /// except the one it proposes a change to: that SOP is not right as it stands. A later staleness count starts here.
    /// </summary>
    async Task ConfirmSopsAsync(string planId, RolloutSnapshot snapshot, SupportRole role, string? changedTaskId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tasks = HandedOver(await plans.GetAsync(planId, ct), snapshot, role).Where(t => t.TaskId != changedTaskId).ToList();
        foreach (var task in tasks)
        {
            await confirmations.ConfirmAsync(planId, task.TaskId, new SopConfirmation(now, SopConfirmedBy.CheckIn), ct);
        }

        log.LogInformation("Plan {PlanId}: a check-in confirmed {Count} SOPs of the {Role}", planId, tasks.Count, role);
    }

    sealed record Review(LinkClaims Claims, string ChangeId, SopChangeProposal Proposal, RolloutSnapshot Snapshot);

    async Task<(Refusal? Refusal, Review? Review)> CheckReviewAsync(string token, CancellationToken ct, DurableTaskClient? redeliver = null)
    {
        var (check, claims) = await tokens.VerifyAsync(token, time.GetUtcNow());
        if (check == TokenCheck.Forged || !claims!.Subject.StartsWith(LinkTokens.SopChangePrefix, StringComparison.Ordinal) || !PlanIds.IsWellFormed(claims.PlanId))
        {
            return (new Refusal(403, "This link is not valid", "Use the link from the email that asked you to review the change."), null);
        }

        if (check == TokenCheck.Expired)
        {
            return (new Refusal(410, "This link has expired", "The review it belongs to has closed, and the SOP stays as it is. If the change is still needed, note it at the next check-in."), null);
        }

        var changeId = claims.Subject[LinkTokens.SopChangePrefix.Length..];
        var proposal = Core.Ports.DocumentPath.IsSafeSegment(changeId) ? await changes.GetAsync(claims.PlanId, changeId, ct) : null;
        var snapshot = await rollouts.GetAsync(claims.PlanId, ct);
        if (proposal is null || snapshot is null)
        {
            return (new Refusal(404, "Not found", "There is no such change to review."), null);
        }

        if (snapshot.Status == PlanStatus.Cancelled)
        {
            return (new Refusal(410, "This plan was cancelled", "Nothing more can be changed."), null);
        }

        if (await changes.GetDecisionAsync(claims.PlanId, changeId, ct) is { } decided)
        {
            // A request that died between recording the decision and raising it would leave the review waiting: a later
            // POST raises the recorded decision again. The review takes only the first, so a copy changes nothing.
            if (redeliver is not null && await redeliver.GetInstanceAsync(SopChangeReview.InstanceId(claims.PlanId, changeId), getInputsAndOutputs: false, ct)
                is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending })
            {
                await redeliver.RaiseEventAsync(SopChangeReview.InstanceId(claims.PlanId, changeId), SopChangeReview.DecisionEvent, decided, ct);
            }

            return (new Refusal(410, "Already decided", decided.Approve
                ? "You already approved this change; the link works once. The SOP's new version is sent to your helper by email."
                : "You already decided to keep the SOP as it is; the link works once."), null);
        }

        return (null, new Review(claims, changeId, proposal, snapshot));
    }

    /// <summary>GET /sop-changes/{token}: the SOP's current steps and the proposed change, with the decision form (changes nothing).</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> SopChangePageAsync(string token, CancellationToken ct)
    {
        var (refusal, review) = await CheckReviewAsync(token, ct);
        if (refusal is not null)
        {
            return CheckInPages.Refused(refusal.Status, refusal.Title, refusal.Detail);
        }

        var (plan, steps, version) = await CurrentStepsAsync(review!, ct);
        var p = review!.Proposal;
        var delegateName = review.Snapshot.Roles.FirstOrDefault(r => r.Role == p.Role)?.DelegateName ?? "your " + RoleTitles.Of(p.Role);
        var task = plan?.Tasks.FirstOrDefault(t => t.TaskId == p.TaskId)?.Name ?? p.TaskId;
        var met = p.CheckInAt ?? p.ProposedAt;
        var when = plan is null ? "" : Core.Locale.DateWords.Plain(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(met,
            TimeZoneInfo.FindSystemTimeZoneById(plan.Practice.TimeZone)).DateTime), plan.Practice.Country);
        return SopChangePages.Review(token, task, delegateName, RoleTitles.Of(p.Role), when, version, SopWriter.ToHtml(steps), p.Text);
    }

    /// <summary>GET api/sop-changes/{token}: the same as JSON (changes nothing).</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> GetSopChangeAsync(string token, CancellationToken ct)
    {
        var (refusal, review) = await CheckReviewAsync(token, ct);
        if (refusal is not null)
        {
            return Refuse(refusal, html: false);
        }

        var (plan, steps, version) = await CurrentStepsAsync(review!, ct);
        var p = review!.Proposal;
        return TypedResults.Ok(new
        {
            planId = p.PlanId,
            taskId = p.TaskId,
            task = plan?.Tasks.FirstOrDefault(t => t.TaskId == p.TaskId)?.Name,
            role = p.Role.ToString(),
            checkInId = p.ChangeId,
            sopVersion = version,
            currentSteps = steps,
            proposedChange = p.Text,
        });
    }

    /// <summary>POST the owner's decision: <c>decision=approve|reject</c>, an optional edited <c>text</c> and <c>reason</c>; uses the link up.</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="request">The form or JSON body.</param>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="html">True for the page's form.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> DecideSopChangeAsync(string token, HttpRequest request, DurableTaskClient client, bool html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (refusal, review) = await CheckReviewAsync(token, ct, redeliver: client);
        if (refusal is not null)
        {
            return Refuse(refusal, html);
        }

        var (decision, errors) = await ReadDecisionAsync(request, ct);
        if (decision is null)
        {
            return html ? CheckInPages.Refused(400, "Please check the form", string.Join(" ", errors.SelectMany(e => e.Value))) : Problems.Validation(errors);
        }

        var planId = review!.Claims.PlanId;
        var instance = SopChangeReview.InstanceId(planId, review.ChangeId);
        var running = await client.GetInstanceAsync(instance, getInputsAndOutputs: false, ct);
        if (running is null)
        {
            return Refuse(NotReady, html);
        }

        if (running.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending))
        {
            return Refuse(new Refusal(410, "This review has closed", "The SOP stays as it is. If the change is still needed, note it at the next check-in."), html);
        }

        // Single use: the first decision is recorded create-only; a second click, or a second tab, is refused.
        if (!await changes.TryDecideAsync(planId, review.ChangeId, decision, ct))
        {
            return Refuse(new Refusal(410, "Already decided", "This change was already decided; the link works once."), html);
        }

        // The review waits on this one event with no continue-as-new in between, so it is delivered once and kept.
        await client.RaiseEventAsync(instance, SopChangeReview.DecisionEvent, decision, ct);
        log.LogInformation("Plan {PlanId}: SOP change {ChangeId} {Decision}", planId, review.ChangeId, decision.Approve ? "approved" : "rejected");
        var who = review.Snapshot.Roles.FirstOrDefault(r => r.Role == review.Proposal.Role)?.DelegateName ?? "Your " + RoleTitles.Of(review.Proposal.Role);
        return html
            ? CheckInPages.Done(planId, decision.Approve
                ? $"Approved. The SOP gets a new version with the change in its steps, and {who} gets it by email in a minute or two."
                : $"The SOP stays as it is. {who} gets a short note saying so.")
            : TypedResults.Accepted($"/api/plans/{planId}/sops/{review.Proposal.TaskId}",
                new { planId, taskId = review.Proposal.TaskId, decision = decision.Approve ? "approve" : "reject" });
    }

    async Task<(Plan? Plan, string Steps, int? Version)> CurrentStepsAsync(Review review, CancellationToken ct)
    {
        var p = review.Proposal;
        var plan = await plans.GetAsync(p.PlanId, ct);
        var md = await sops.GetLatestAsync(p.PlanId, p.TaskId, "md", ct);
        var version = await sops.GetLatestVersionAsync(p.PlanId, p.TaskId, ct);
        return (plan, md is null ? "" : SopAmendments.StepsOf(Encoding.UTF8.GetString(md.Content)), version);
    }

    static async Task<(SopChangeDecision? Decision, Dictionary<string, string[]> Errors)> ReadDecisionAsync(HttpRequest request, CancellationToken ct)
    {
        string? decision, text, reason;
        if (request.HasFormContentType)
        {
            var form = await TryReadFormAsync(request, ct);
            if (form is null)
            {
                return (null, new() { ["$"] = ["The form could not be read."] });
            }

            (decision, text, reason) = (form["decision"], form["text"], form["reason"]);
        }
        else
        {
            try
            {
                using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
                var root = doc.RootElement;
                string? Text(string p) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                (decision, text, reason) = (Text("decision"), Text("text"), Text("reason"));
            }
            catch (JsonException)
            {
                return (null, new() { ["$"] = ["The body is not valid JSON."] });
            }
        }

        var errors = new Dictionary<string, string[]>();
        if (decision is not ("approve" or "reject")) { errors["decision"] = ["Required: approve or reject."]; }
        if (text is { Length: > SopChangeStore.MaxText }) { errors["text"] = [$"Must be at most {SopChangeStore.MaxText} characters."]; }
        if (reason is { Length: > SopChangeStore.MaxReason }) { errors["reason"] = [$"Must be at most {SopChangeStore.MaxReason} characters."]; }
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // An edit or reason left blank means "as proposed" and "where it came from".
        return (new SopChangeDecision(decision == "approve", string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), errors);
    }
}
