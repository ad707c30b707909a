using System.Text;
using System.Text.Json;
using Delegation.Api.Pages;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Reports;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Delegation.Api;

/// <summary>
/// The review link a monthly report gives each SOP not confirmed for <see cref="SopStaleness.Days"/> days: an owner link
/// scoped to that one SOP (<see cref="LinkTokens.SopReview"/>), so it can show the SOP and confirm it, and nothing else.
/// A GET shows the steps and when they were last confirmed; only a POST confirms. A change is not made here: it is
/// noted at the next check-in, where the owner reviews it as any other, so the delegate who does the work has a say.
/// </summary>
public sealed class SopReviewApi(LinkTokens tokens, PlanStore plans, RolloutStore rollouts, SopStore sops, SopConfirmations confirmations,
    TimeProvider time, ILogger<SopReviewApi> log)
{
    sealed record Refusal(int Status, string Title, string Detail);

    sealed record Target(Plan Plan, PlanTask Task, RolloutSnapshot? Rollout);

    /// <summary>GET /sop-reviews/{token}: the SOP's steps and its last confirmation, with the form that confirms it (changes nothing).</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> PageAsync(string token, CancellationToken ct)
    {
        var (refusal, target) = await CheckAsync(token, ct);
        if (refusal is not null)
        {
            return CheckInPages.Refused(refusal.Status, refusal.Title, refusal.Detail);
        }

        var (t, steps, version, last) = await ReadAsync(target!, ct);
        var p = t.Plan.Practice;
        return SopReviewPages.Review(token, t.Task.Name, DoerOf(t), ReportDates.Local(last.At, p.TimeZone, p.Country), DaysSince(last),
            version, SopWriter.ToHtml(steps), $"/api/plans/{t.Plan.PlanId}/sops/{t.Task.TaskId}");
    }

    /// <summary>GET api/sop-reviews/{token}: the same as JSON (changes nothing).</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> GetAsync(string token, CancellationToken ct)
    {
        var (refusal, target) = await CheckAsync(token, ct);
        if (refusal is not null)
        {
            return Refuse(refusal, html: false);
        }

        var (t, steps, version, last) = await ReadAsync(target!, ct);
        return TypedResults.Ok(Json(t, version, last, steps));
    }

    /// <summary>POST: the owner says the SOP is still right (<c>stillRight=yes</c> from the form, <c>{"stillRight":true}</c> as JSON).</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="request">The form or JSON body.</param>
    /// <param name="html">True for the page's form.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IResult> ConfirmAsync(string token, HttpRequest request, bool html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (refusal, target) = await CheckAsync(token, ct);
        if (refusal is not null)
        {
            return Refuse(refusal, html);
        }

        if (await ReadStillRightAsync(request, ct) is { } error)
        {
            return html
                ? CheckInPages.Refused(400, "Please check the form", error.Value)
                : Problems.Validation(new Dictionary<string, string[]> { [error.Key] = [error.Value] });
        }

        // Confirming again moves the date on, never back: a repeated POST is the owner confirming again.
        var now = time.GetUtcNow();
        var (plan, task) = (target!.Plan, target.Task);
        await confirmations.ConfirmAsync(plan.PlanId, task.TaskId, new SopConfirmation(now, SopConfirmedBy.Owner), ct);
        log.LogInformation("Plan {PlanId}: the owner confirmed the SOP for task {TaskId}", plan.PlanId, task.TaskId);
        if (!html)
        {
            var (t, steps, version, last) = await ReadAsync(target, ct);
            return TypedResults.Ok(Json(t, version, last, steps));
        }

        var on = ReportDates.Local(now, plan.Practice.TimeZone, plan.Practice.Country);
        return CheckInPages.Done(plan.PlanId, $"Thank you. The SOP for {task.Name} is confirmed as right on {on}. "
            + $"The monthly report lists it again only if {SopStaleness.Days} days pass without a confirmation.");
    }

    async Task<(Refusal? Refusal, Target? Target)> CheckAsync(string token, CancellationToken ct)
    {
        var (check, claims) = await tokens.VerifyAsync(token, time.GetUtcNow());
        if (check == TokenCheck.Forged || !claims!.Subject.StartsWith(LinkTokens.SopReviewPrefix, StringComparison.Ordinal) || !PlanIds.IsWellFormed(claims.PlanId))
        {
            return (new Refusal(403, "This link is not valid", "Use the link from your monthly report."), null);
        }

        if (check == TokenCheck.Expired)
        {
            return (new Refusal(410, "This link has expired", "Use the link in your latest monthly report."), null);
        }

        var taskId = claims.Subject[LinkTokens.SopReviewPrefix.Length..];
        var plan = await plans.GetAsync(claims.PlanId, ct);
        var task = plan?.Tasks.FirstOrDefault(t => t.TaskId == taskId && t.Role is not null);
        if (plan is null || task is null || plan.Sops.All(s => s.TaskId != taskId))
        {
            return (new Refusal(404, "Not found", "There is no such SOP in this plan."), null);
        }

        var rollout = await rollouts.GetAsync(plan.PlanId, ct);
        return rollout is { Status: PlanStatus.Cancelled }
            ? (new Refusal(410, "This plan was cancelled", "Nothing more can be changed."), null)
            : (null, new Target(plan, task, rollout));
    }

    async Task<(Target Target, string Steps, int? Version, SopConfirmation Last)> ReadAsync(Target t, CancellationToken ct)
    {
        var md = await sops.GetLatestAsync(t.Plan.PlanId, t.Task.TaskId, "md", ct);
        var version = await sops.GetLatestVersionAsync(t.Plan.PlanId, t.Task.TaskId, ct);
        // An SOP with no record was written with its plan, before confirmations were kept.
        var last = await confirmations.LastAsync(t.Plan.PlanId, t.Task.TaskId, ct) ?? new SopConfirmation(t.Plan.CreatedAt, SopConfirmedBy.Written);
        return (t, md is null ? "" : SopAmendments.StepsOf(Encoding.UTF8.GetString(md.Content)), version, last);
    }

    object Json(Target t, int? version, SopConfirmation last, string steps) => new
    {
        planId = t.Plan.PlanId,
        taskId = t.Task.TaskId,
        task = t.Task.Name,
        role = t.Task.Role!.Value.ToString(),
        sopVersion = version,
        lastConfirmed = last.At,
        confirmedBy = last.By.ToString(),
        daysSinceConfirmed = DaysSince(last),
        stale = DaysSince(last) >= SopStaleness.Days,
        steps,
    };

    int DaysSince(SopConfirmation last) => Math.Max(0, (int)Math.Floor((time.GetUtcNow() - last.At).TotalDays));

    // Stands mid-sentence: "which Jo Park, your virtual assistant, does".
    static string DoerOf(Target t) =>
        t.Rollout?.Roles.FirstOrDefault(r => r.Role == t.Task.Role)?.DelegateName is { } name
            ? $"{name}, your {RoleTitles.Of(t.Task.Role!.Value)},"
            : $"your {RoleTitles.Of(t.Task.Role!.Value)}";

    // The form's box is ticked ("yes"); JSON says true. Anything else names the field.
    static async Task<KeyValuePair<string, string>?> ReadStillRightAsync(HttpRequest request, CancellationToken ct)
    {
        const string Field = "stillRight";
        var error = new KeyValuePair<string, string>(Field, "Required: true, to confirm that the SOP is still right.");
        if (request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(ct);
                return form[Field] == "yes" ? null : error;
            }
            catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or BadHttpRequestException or IOException)
            {
                return new("$", "The form could not be read.");
            }
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(Field, out var v) && v.ValueKind == JsonValueKind.True
                ? null
                : error;
        }
        catch (JsonException)
        {
            return new("$", "The body is not valid JSON.");
        }
    }

    static IResult Refuse(Refusal r, bool html) => html
        ? CheckInPages.Refused(r.Status, r.Title, r.Detail)
        : TypedResults.Problem(statusCode: r.Status, title: r.Title, detail: r.Detail);
}
