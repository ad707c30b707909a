using System.IO.Compression;
using System.Net;
using System.Text;
using Delegation.Functions.Hosting;
using Microsoft.ApplicationInsights;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Delegation.Functions.Tests;

/// <summary>
/// The worker's own logs reach Application Insights when the app setting the Bicep writes is present. The
/// ingestion endpoint is a local listener, so the test sees the real SDK's real request.
/// </summary>
public sealed class FunctionsTelemetryTests
{
    [Fact]
    public async Task WithAConnectionString_AnInformationLogIsSentToIngestion()
    {
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = ReceiveAsync(listener);

        await using var provider = Services(new Dictionary<string, string?>
        {
            [FunctionsTelemetry.ConnectionStringSetting] =
                $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:{port}/",
        });
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Delegation.Email");
        logger.LogInformation("Plan email for {PlanId} handed to SendGrid", "p-telemetry");
        await provider.GetRequiredService<TelemetryClient>().FlushAsync(CancellationToken.None);

        var body = await received.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("handed to SendGrid", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAConnectionString_NoTelemetryIsWired()
    {
        await using var provider = Services([]);

        Assert.Null(provider.GetService<TelemetryClient>());
    }

    static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information));
        services.AddFunctionsTelemetry(configuration);
        return services.BuildServiceProvider();
    }

    // Reads requests until one carries telemetry items; the SDK may gzip the body.
    static async Task<string> ReceiveAsync(HttpListener listener)
    {
        while (true)
        {
            var context = await listener.GetContextAsync();
            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            buffer.Position = 0;
            Stream body = context.Request.Headers["Content-Encoding"] == "gzip" ? new GZipStream(buffer, CompressionMode.Decompress) : buffer;
            using var reader = new StreamReader(body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            var reply = Encoding.UTF8.GetBytes("{\"itemsReceived\":1,\"itemsAccepted\":1,\"errors\":[]}");
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(reply);
            context.Response.Close();
            if (text.Contains("\"baseType\"", StringComparison.Ordinal))
            {
                return text;
            }
        }
    }

    static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
