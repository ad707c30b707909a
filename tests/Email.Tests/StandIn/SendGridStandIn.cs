using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Delegation.Email.Tests.StandIn;

/// <summary>One request the stand-in received, with what it found wrong and what it answered.</summary>
public sealed record MailSendRequest(DateTimeOffset At, string Body, IReadOnlyList<string> Violations, int? Status)
{
    /// <summary>The request body as JSON (valid requests only).</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>True when the stand-in took the message (202): it counts as delivered.</summary>
    public bool Delivered => Status == 202;

    /// <summary>The <c>messageId</c> custom arg of the first personalization, as the sender sets it.</summary>
    public string? MessageId => JsonNode.Parse(Body)?["personalizations"]?[0]?["custom_args"]?["messageId"]?.GetValue<string>();
}

/// <summary>
/// A local SendGrid v3 <c>POST /v3/mail/send</c> on Kestrel. Every body is validated against SendGrid's
/// own OpenAPI schema (and the rules the schema cannot say: base64 attachments, text before HTML); an
/// invalid one gets SendGrid's 400. Valid ones get the scripted replies in order, then 202.
/// </summary>
public sealed class SendGridStandIn : IAsyncDisposable
{
    /// <summary>The API key the stand-in accepts.</summary>
    public const string ApiKey = "SG.stand-in-key";

    readonly ConcurrentQueue<StandInReply> script = new();
    readonly ConcurrentQueue<MailSendRequest> requests = new();
    readonly WebApplication app;

    SendGridStandIn(WebApplication app) => this.app = app;

    /// <summary>The base URL to configure as <c>SendGrid:Host</c>.</summary>
    public string Host { get; private set; } = "";

    /// <summary>Every mail-send request received, in order of arrival.</summary>
    public IReadOnlyList<MailSendRequest> Requests => requests.ToList();

    /// <summary>The requests answered 202.</summary>
    public IReadOnlyList<MailSendRequest> Delivered => requests.Where(r => r.Delivered).ToList();

    /// <summary>Every contract violation seen, across all requests.</summary>
    public IReadOnlyList<string> Violations => requests.SelectMany(r => r.Violations).ToList();

    /// <summary>Starts the stand-in on a free loopback port.</summary>
    public static async Task<SendGridStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var standIn = new SendGridStandIn(builder.Build());
        standIn.app.MapPost("/v3/mail/send", standIn.HandleAsync);
        await standIn.app.StartAsync();
        standIn.Host = standIn.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return standIn;
    }

    /// <summary>Queues replies for the next valid requests; after them the stand-in answers 202.</summary>
    public void Script(params StandInReply[] replies)
    {
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }
    }

    async Task HandleAsync(HttpContext context)
    {
        var at = DateTimeOffset.UtcNow;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + ApiKey)
        {
            requests.Enqueue(new MailSendRequest(at, body, ["missing or wrong API key"], 401));
            await WriteErrorsAsync(context, 401, [("The provided authorization grant is invalid, expired, or revoked", null)]);
            return;
        }

        var violations = Check(body);
        if (violations.Count > 0)
        {
            requests.Enqueue(new MailSendRequest(at, body, violations, 400));
            await WriteErrorsAsync(context, 400, violations.Select(v => (v, (string?)null)).ToList());
            return;
        }

        var reply = script.TryDequeue(out var next) ? next : StandInReply.Accepted;
        switch (reply)
        {
            case StandInReply.AcceptedReply accepted:
                if (accepted.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(accepted.Delay, context.RequestAborted);
                }

                requests.Enqueue(new MailSendRequest(at, body, [], 202));
                context.Response.StatusCode = 202;
                context.Response.Headers["X-Message-Id"] = Guid.NewGuid().ToString("N");
                break;
            case StandInReply.RateLimitedReply limited:
                requests.Enqueue(new MailSendRequest(at, body, [], 429));
                context.Response.Headers["X-RateLimit-Limit"] = "600";
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                var reset = DateTimeOffset.UtcNow + limited.Wait;
                if (limited.UseRetryAfter)
                {
                    context.Response.Headers.RetryAfter = Math.Ceiling(limited.Wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    // Epoch seconds, rounded up, as SendGrid sends it.
                    context.Response.Headers["X-RateLimit-Reset"] = ((long)Math.Ceiling(reset.ToUnixTimeMilliseconds() / 1000.0)).ToString(CultureInfo.InvariantCulture);
                }

                await WriteErrorsAsync(context, 429, [("too many requests", null)]);
                break;
            case StandInReply.StatusReply status:
                requests.Enqueue(new MailSendRequest(at, body, [], status.Status));
                await WriteErrorsAsync(context, status.Status, [(status.Message, status.Field)]);
                break;
            case StandInReply.HangReply:
                requests.Enqueue(new MailSendRequest(at, body, [], null));
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // the client gave up, as it should
                }

                break;
        }
    }

    static List<string> Check(string body)
    {
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return ["body is not JSON: " + ex.Message];
        }

        var violations = SendGridContract.Validate(json).ToList();
        if (violations.Count > 0)
        {
            return violations;
        }

        // What SendGrid enforces beyond the schema.
        if (json.TryGetProperty("attachments", out var attachments))
        {
            foreach (var a in attachments.EnumerateArray())
            {
                if (!Convert.TryFromBase64String(a.GetProperty("content").GetString()!, new byte[a.GetProperty("content").GetString()!.Length], out _))
                {
                    violations.Add($"/attachments: {a.GetProperty("filename").GetString()} content is not base64");
                }
            }
        }

        if (json.TryGetProperty("content", out var content))
        {
            var types = content.EnumerateArray().Select(c => c.GetProperty("type").GetString()).ToList();
            if (types.Contains("text/html") && types.Contains("text/plain") && types.IndexOf("text/plain") != 0)
            {
                violations.Add("/content: text/plain must come first, then text/html");
            }
        }

        if (!json.TryGetProperty("subject", out _) && !json.GetProperty("personalizations").EnumerateArray().All(p => p.TryGetProperty("subject", out _)))
        {
            violations.Add("/subject: a subject is required unless a template gives one");
        }

        return violations;
    }

    static async Task WriteErrorsAsync(HttpContext context, int status, IReadOnlyList<(string Message, string? Field)> errors)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = new JsonObject
        {
            ["errors"] = new JsonArray(errors.Select(e => (JsonNode)new JsonObject { ["message"] = e.Message, ["field"] = e.Field }).ToArray()),
        };
        await context.Response.WriteAsync(body.ToJsonString());
    }

    /// <summary>Stops the stand-in.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
