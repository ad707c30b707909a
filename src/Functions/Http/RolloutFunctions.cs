using Delegation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Delegation.Functions.Http;

/// <summary>POST <see cref="ApiRoutes.Delegates"/>: register who took a role.</summary>
public sealed class RegisterHire(RolloutApi api)
{
    /// <summary>Answers 202, or a problem.</summary>
    [Function(nameof(RegisterHire))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Delegates)] HttpRequest req,
        string planId, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.RegisterDelegateAsync(planId, req.Query["token"], req, client, html: false, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.Control"/>: pause, resume or cancel.</summary>
public sealed class ControlPlan(RolloutApi api)
{
    /// <summary>Answers 202, or a problem.</summary>
    [Function(nameof(ControlPlan))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Control)] HttpRequest req,
        string planId, string action, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.ControlAsync(planId, action, req.Query["token"], client, html: false, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.CheckInApi"/>: record a check-in as JSON.</summary>
public sealed class RecordCheckIn(RolloutApi api)
{
    /// <summary>Answers 202, or a problem (403 forged, 410 expired, used or closed).</summary>
    [Function(nameof(RecordCheckIn))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CheckInApi)] HttpRequest req,
        string token, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.RecordCheckInAsync(token, req, client, html: false, cancellationToken));
}

/// <summary>GET <see cref="ApiRoutes.CheckInPage"/>: the check-in form; changes nothing.</summary>
public sealed class CheckInPage(RolloutApi api)
{
    /// <summary>Answers the form, or a refusal page.</summary>
    [Function(nameof(CheckInPage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.CheckInPage)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.CheckInPageAsync(token, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.CheckInPage"/>: the check-in form's submission.</summary>
public sealed class SubmitCheckIn(RolloutApi api)
{
    /// <summary>Answers a thank-you page, or a refusal page.</summary>
    [Function(nameof(SubmitCheckIn))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CheckInPage)] HttpRequest req,
        string token, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.RecordCheckInAsync(token, req, client, html: true, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.RescheduleApi"/>: move an upcoming check-in, as JSON.</summary>
public sealed class RescheduleCheckIn(RolloutApi api)
{
    /// <summary>Answers 202, or a problem (400 bad time, 403 forged, 409 time not allowed, 410 expired or closed).</summary>
    [Function(nameof(RescheduleCheckIn))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.RescheduleApi)] HttpRequest req,
        string token, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.RescheduleAsync(token, req, client, html: false, cancellationToken));
}

/// <summary>GET <see cref="ApiRoutes.ReschedulePage"/>: the form that moves a check-in; changes nothing.</summary>
public sealed class ReschedulePage(RolloutApi api)
{
    /// <summary>Answers the form, or a refusal page.</summary>
    [Function(nameof(ReschedulePage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ReschedulePage)] HttpRequest req,
        string token, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.ReschedulePageAsync(token, cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.ReschedulePage"/>: the move form's submission.</summary>
public sealed class SubmitReschedule(RolloutApi api)
{
    /// <summary>Answers a confirmation page, or a refusal page.</summary>
    [Function(nameof(SubmitReschedule))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.ReschedulePage)] HttpRequest req,
        string token, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.RescheduleAsync(token, req, client, html: true, cancellationToken));
}

/// <summary>GET <see cref="ApiRoutes.ManagePage"/>: the owner's page; changes nothing.</summary>
public sealed class ManagePage(RolloutApi api)
{
    /// <summary>Answers the page, or a refusal page.</summary>
    [Function(nameof(ManagePage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ManagePage)] HttpRequest req,
        string planId, CancellationToken cancellationToken) =>
        new ResultActionResult(await api.ManagePageAsync(planId, req.Query["token"], cancellationToken));
}

/// <summary>POST <see cref="ApiRoutes.ManageAction"/>: the manage page's forms.</summary>
public sealed class ManageAction(RolloutApi api)
{
    /// <summary>Answers a confirmation page, or a refusal page.</summary>
    [Function(nameof(ManageAction))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.ManageAction)] HttpRequest req,
        string planId, string action, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        new ResultActionResult(action == "delegates"
            ? await api.RegisterDelegateAsync(planId, req.Query["token"], req, client, html: true, cancellationToken)
            : await api.ControlAsync(planId, action, req.Query["token"], client, html: true, cancellationToken));
}
