using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Delegation.Integration.Tests.Fixtures;

/// <summary>
/// An OTLP/HTTP endpoint on a free loopback port that keeps every export it receives. Protobuf writes
/// strings (span names, attribute values, scope names) as their UTF-8 bytes, so tests search the bodies.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentQueue<(string Path, byte[] Body)> exports = new();

    OtlpReceiver(WebApplication app) => this.app = app;

    /// <summary>The base address, for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver.app.MapPost("/v1/{signal}", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver.exports.Enqueue((context.Request.Path.Value ?? "", body.ToArray()));
            // An empty Export…ServiceResponse: everything accepted.
            context.Response.ContentType = "application/x-protobuf";
        });
        await receiver.app.StartAsync();
        receiver.Endpoint = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    /// <summary>Whether an export to <paramref name="path"/> (e.g. <c>/v1/traces</c>) contains <paramref name="text"/>.</summary>
    public bool Received(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
