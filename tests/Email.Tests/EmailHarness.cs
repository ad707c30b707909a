using Delegation.Core.Ports;
using Delegation.Email.Tests.StandIn;
using Delegation.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Delegation.Email.Tests;

/// <summary>
/// The sender as the hosts build it (AddDelegationInfrastructure), pointed at a fresh stand-in and a
/// temporary document folder, with fault timings in milliseconds.
/// </summary>
public sealed class EmailHarness : IAsyncDisposable
{
    readonly ServiceProvider services;

    EmailHarness(SendGridStandIn standIn, ServiceProvider services, string folder, CapturedLog log)
    {
        StandIn = standIn;
        this.services = services;
        Folder = folder;
        Log = log;
    }

    public SendGridStandIn StandIn { get; }

    public string Folder { get; }

    public CapturedLog Log { get; }

    public IEmailSender Sender => services.GetRequiredService<IEmailSender>();

    public IDocumentStore Documents => services.GetRequiredService<IDocumentStore>();

    public static async Task<EmailHarness> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var standIn = await SendGridStandIn.StartAsync();
        var folder = Directory.CreateTempSubdirectory("delegation-email-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = SendGridStandIn.ApiKey,
            ["SendGrid:Host"] = standIn.Host,
            ["SendGrid:MaxRetries"] = "4",
            ["SendGrid:BaseDelay"] = "00:00:00.020",
            ["SendGrid:MaxDelay"] = "00:00:00.100",
            ["SendGrid:MaxRateLimitWait"] = "00:00:05",
            ["SendGrid:AttemptTimeout"] = "00:00:00.500",
            ["SendGrid:TotalTimeout"] = "00:00:10",
            ["SendGrid:ClaimLease"] = "00:00:12",
            ["Email:FromAddress"] = "plans@delegation.example",
            ["Email:FromName"] = "Delegation",
            ["Storage:LocalPath"] = Path.Combine(folder, "blobs"),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var log = new CapturedLog();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug))
            .AddDelegationInfrastructure(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new EmailHarness(standIn, services, folder, log);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await StandIn.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
