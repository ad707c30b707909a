using Delegation.Api;
using Microsoft.DurableTask.Client;

namespace Delegation.Standalone.Endpoints;

/// <summary>The same routes the Functions app exposes, mapped to the shared <see cref="PlanApi"/> and <see cref="WebPages"/>.</summary>
internal static class ApiEndpoints
{
    public static void MapDelegationApi(this WebApplication app)
    {
        app.MapPost(ApiRoutes.Intake, (HttpRequest req, PlanApi api, DurableTaskClient client, CancellationToken ct) =>
            api.SubmitIntakeAsync(req, client, ct));
        app.MapGet(ApiRoutes.Plan, (string planId, PlanApi api, DurableTaskClient client, CancellationToken ct) =>
            api.GetPlanAsync(planId, client, ct));
        app.MapGet(ApiRoutes.Sop, (string planId, string taskId, string? format, PlanApi api, CancellationToken ct) =>
            api.GetSopAsync(planId, taskId, format, ct));
        app.MapGet(ApiRoutes.Health, PlanApi.Health);

        app.MapGet(WebRoutes.IntakeForm, (HttpRequest req, WebPages pages) => pages.IntakeForm(req));
        app.MapGet(WebRoutes.PlanPage, (string planId, HttpRequest req, WebPages pages) => pages.PlanPage(planId, req));
        app.MapGet(WebRoutes.Asset, (string file, HttpRequest req, WebPages pages) => pages.Asset(file, req));
    }
}
