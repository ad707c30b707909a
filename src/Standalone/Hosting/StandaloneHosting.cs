using System.Net;
using System.Net.Sockets;
using Delegation.Infrastructure.Email;
using Delegation.Infrastructure.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Delegation.Standalone.Hosting;

/// <summary>Kestrel with two endpoints: the public HTTP/1.1 one, and a loopback HTTP/2 one for the Durable Task sidecar.</summary>
internal static class StandaloneHosting
{
    public static WebApplicationBuilder AddStandaloneHosting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StandaloneOptions.Section).Get<StandaloneOptions>() ?? new StandaloneOptions();
        var sidecarPort = options.SidecarPort != 0 ? options.SidecarPort : FreeLoopbackPort();
        builder.Services.AddSingleton(new SidecarEndpoint(sidecarPort));
        // Reachable from other machines in Production: emailed links must not point to localhost.
        builder.Services.RequirePublicBaseUrl(options.Host);
        if (PublicBaseUrl.ListensBeyondLoopback(options.Host))
        {
            // Serving others: their emails must reach them, not the outbox on this disk (Email:AllowOutbox to accept it).
            builder.Services.RequireDeliveredEmail();
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            if (options.Host is "*" or "0.0.0.0")
            {
                kestrel.ListenAnyIP(options.Port);
            }
            else if (IPAddress.TryParse(options.Host.Trim('[', ']'), out var address))
            {
                kestrel.Listen(address, options.Port);
            }
            else
            {
                kestrel.ListenLocalhost(options.Port);
            }

            // gRPC needs HTTP/2; over cleartext an HTTP/1+2 endpoint would serve only HTTP/1, so this one is HTTP/2 alone.
            kestrel.Listen(IPAddress.Loopback, sidecarPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        return builder;
    }

    static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>Where the worker and client reach the sidecar.</summary>
internal sealed record SidecarEndpoint(int Port)
{
    public Uri Address => new($"http://127.0.0.1:{Port}");
}
