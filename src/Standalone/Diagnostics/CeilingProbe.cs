using Delegation.Api;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Delegation.Standalone.Diagnostics;

/// <summary>
/// The engine's own speed on this host and backend, for the pipeline benchmark: an orchestration with
/// the shape of a plan — seven activities, then an eighth that starts a second, top-level instance
/// with one activity of its own (as <c>StartRollout</c> starts the rollout) — whose activities do
/// nothing but pass the payload back. Registered and routed only when <c>Diagnostics:Enabled</c> is
/// true, so a production host has neither.
/// </summary>
internal static class CeilingProbe
{
    public const string EnabledSetting = "Diagnostics:Enabled";
    const string Probe = "CeilingProbe";
    const string Child = "CeilingProbeChild";
    const string NoOp = "CeilingNoOp";
    const string StartChild = "CeilingStartChild";
    const int PlanActivities = 7;

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledSetting);

    public static DurableTaskRegistry AddCeilingProbe(this DurableTaskRegistry registry) => registry
        .AddOrchestratorFunc<string, string>(Probe, async (context, payload) =>
        {
            for (var i = 0; i < PlanActivities; i++)
            {
                payload = await context.CallActivityAsync<string>(NoOp, payload);
            }

            // Not a sub-orchestration: like the rollout, the child is started from an activity (the
            // sidecar cannot hand a sub-orchestration to the Azure Storage provider).
            return await context.CallActivityAsync<string>(StartChild, new ChildStart(context.InstanceId + "-child", payload));
        })
        .AddOrchestratorFunc<string, string>(Child, (context, payload) => context.CallActivityAsync<string>(NoOp, payload))
        .AddActivityFunc<string, string>(NoOp, (_, payload) => payload)
        .AddActivity<StartChildActivity>(StartChild);

    sealed record ChildStart(string InstanceId, string Payload);

    sealed class StartChildActivity(DurableTaskClient client) : TaskActivity<ChildStart, string>
    {
        public override async Task<string> RunAsync(TaskActivityContext context, ChildStart input) =>
            await client.ScheduleNewOrchestrationInstanceAsync(Child, input.Payload, new StartOrchestrationOptions(input.InstanceId));
    }

    /// <summary>POST starts one probe with the body as payload; GET says whether it completed.</summary>
    public static void MapCeilingProbe(this WebApplication app)
    {
        app.MapPost("api/diagnostics/ceiling", async (HttpRequest request, DurableTaskClient client, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var payload = await reader.ReadToEndAsync(ct);
            var id = await client.ScheduleNewOrchestrationInstanceAsync(Probe, payload, ct);
            return Results.Accepted($"/api/diagnostics/ceiling/{id}", new { id });
        });
        app.MapGet("api/diagnostics/ceiling/{id}", async (string id, DurableTaskClient client, CancellationToken ct) =>
            await client.GetInstanceAsync(id, getInputsAndOutputs: false, ct) is { } instance
                ? Results.Ok(new { id, status = instance.RuntimeStatus.ToString() })
                : Problems.NotFound("Probe"));
    }
}
