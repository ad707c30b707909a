using Delegation.Api;
using Delegation.Api.Pages;
using Delegation.Standalone.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Delegation.Standalone.Endpoints;

/// <summary>The same routes the Functions app exposes, mapped to the shared <see cref="PlanApi"/> and <see cref="WebPages"/>.</summary>
internal static class ApiEndpoints
{
    public static void MapDelegationApi(this WebApplication app)
    {
        app.MapPost(ApiRoutes.Intake, (HttpRequest req, PlanApi api, DurableTaskClient client, CancellationToken ct) =>
            api.SubmitIntakeAsync(req, client, ct)).RequireRateLimiting(IntakeRateLimiting.Policy);
        app.MapGet(ApiRoutes.Plan, (string planId, PlanApi api, DurableTaskClient client, CancellationToken ct) =>
            api.GetPlanAsync(planId, client, ct));
        app.MapGet(ApiRoutes.Sop, (string planId, string taskId, string? format, PlanApi api, CancellationToken ct) =>
            api.GetSopAsync(planId, taskId, format, ct));
        app.MapGet(ApiRoutes.DelegateSop, (string token, PlanApi api, CancellationToken ct) => api.GetDelegateSopAsync(token, ct));
        app.MapGet(ApiRoutes.HiringKit, (string planId, string role, string? format, PlanApi api, CancellationToken ct) =>
            api.GetHiringKitAsync(planId, role, format, ct));
        app.MapGet(ApiRoutes.Calendar, (string planId, PlanApi api, CancellationToken ct) => api.GetCalendarAsync(planId, ct));
        app.MapGet(ApiRoutes.Health, PlanApi.Health);
        app.MapGet(ApiRoutes.Report, (string planId, string month, string? format, ReportsApi api, CancellationToken ct) =>
            api.GetReportAsync(planId, month, format, ct));
        app.MapPost(ApiRoutes.AdminReports, (string? month, HttpRequest req, IOptions<AdminOptions> admin, ReportsApi api, DurableTaskClient client, CancellationToken ct) =>
            AdminKey.Refusal(req, admin.Value.Key) is { } refused ? Task.FromResult(refused) : api.StartAsync(month, client, ct));
        app.MapGet(ApiRoutes.AdminReportsRun, (string month, HttpRequest req, IOptions<AdminOptions> admin, DurableTaskClient client, CancellationToken ct) =>
            AdminKey.Refusal(req, admin.Value.Key) is { } refused ? Task.FromResult(refused) : ReportsApi.GetRunAsync(month, client, ct));

        app.MapPut(ApiRoutes.PlanIntake, (string planId, string? token, HttpRequest req, PlanUpdateApi api, DurableTaskClient client, CancellationToken ct) =>
            api.UpdateAsync(planId, token, req, client, ct));
        app.MapGet(ApiRoutes.PlanIntake, (string planId, string? token, PlanUpdateApi api, DurableTaskClient client, CancellationToken ct) =>
            api.GetIntakeAsync(planId, token, client, ct));
        app.MapGet(ApiRoutes.PlanVersions, (string planId, PlanUpdateApi api, CancellationToken ct) => api.GetVersionsAsync(planId, ct));
        app.MapPost(ApiRoutes.Delegates, (string planId, string? token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.RegisterDelegateAsync(planId, token, req, client, html: false, ct));
        app.MapPost(ApiRoutes.Control, (string planId, string action, string? token, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.ControlAsync(planId, action, token, client, html: false, ct));
        app.MapPost(ApiRoutes.CheckInApi, (string token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.RecordCheckInAsync(token, req, client, html: false, ct));
        app.MapGet(ApiRoutes.CheckInPage, (string token, RolloutApi api, CancellationToken ct) => api.CheckInPageAsync(token, ct));
        app.MapPost(ApiRoutes.CheckInPage, (string token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.RecordCheckInAsync(token, req, client, html: true, ct)).DisableAntiforgery();
        app.MapPost(ApiRoutes.RescheduleApi, (string token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.RescheduleAsync(token, req, client, html: false, ct));
        app.MapGet(ApiRoutes.ReschedulePage, (string token, RolloutApi api, CancellationToken ct) => api.ReschedulePageAsync(token, ct));
        app.MapPost(ApiRoutes.ReschedulePage, (string token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.RescheduleAsync(token, req, client, html: true, ct)).DisableAntiforgery();
        app.MapGet(ApiRoutes.SopChangeApi, (string token, RolloutApi api, CancellationToken ct) => api.GetSopChangeAsync(token, ct));
        app.MapPost(ApiRoutes.SopChangeApi, (string token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.DecideSopChangeAsync(token, req, client, html: false, ct));
        app.MapGet(ApiRoutes.SopChangePage, (string token, RolloutApi api, CancellationToken ct) => api.SopChangePageAsync(token, ct));
        app.MapPost(ApiRoutes.SopChangePage, (string token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            api.DecideSopChangeAsync(token, req, client, html: true, ct)).DisableAntiforgery();
        app.MapGet(ApiRoutes.SopReviewApi, (string token, SopReviewApi api, CancellationToken ct) => api.GetAsync(token, ct));
        app.MapPost(ApiRoutes.SopReviewApi, (string token, HttpRequest req, SopReviewApi api, CancellationToken ct) => api.ConfirmAsync(token, req, html: false, ct));
        app.MapGet(ApiRoutes.SopReviewPage, (string token, SopReviewApi api, CancellationToken ct) => api.PageAsync(token, ct));
        app.MapPost(ApiRoutes.SopReviewPage, (string token, HttpRequest req, SopReviewApi api, CancellationToken ct) =>
            api.ConfirmAsync(token, req, html: true, ct)).DisableAntiforgery();
        app.MapGet(ApiRoutes.ManagePage, (string planId, string? token, RolloutApi api, CancellationToken ct) => api.ManagePageAsync(planId, token, ct));
        app.MapPost(ApiRoutes.ManageAction, (string planId, string action, string? token, HttpRequest req, RolloutApi api, DurableTaskClient client, CancellationToken ct) =>
            action == "delegates"
                ? api.RegisterDelegateAsync(planId, token, req, client, html: true, ct)
                : api.ControlAsync(planId, action, token, client, html: true, ct)).DisableAntiforgery();

        app.MapGet(WebRoutes.IntakeForm, (HttpRequest req, WebPages pages) => pages.IntakeForm(req));
        app.MapGet(WebRoutes.PlanPage, (string planId, HttpRequest req, WebPages pages) => pages.PlanPage(planId, req));
        app.MapGet(WebRoutes.Asset, (string file, HttpRequest req, WebPages pages) => pages.Asset(file, req));

        // Nothing else exists: problem details under api/, a page with the usual headers elsewhere, never an empty 404.
        app.MapFallback("api/{**path}", () => Problems.NotFound("Resource"));
        app.MapFallback("{**path}", () => CheckInPages.Refused(StatusCodes.Status404NotFound, "Not found", "There is no page at this address."));
    }
}
