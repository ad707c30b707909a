using Delegation.Infrastructure;
using Delegation.Infrastructure.Email;
using Delegation.Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Tests;

/// <summary>
/// What both hosts check when they start (the host runs <see cref="IStartupValidator"/> before any work):
/// a setting that is wrong stops the start with a message that names it.
/// </summary>
public sealed class StartupValidationTests
{
    const string KeyVaultReference = "@Microsoft.KeyVault(SecretUri=https://kv-test.vault.azure.net/secrets/sendgrid-api-key/)";

    [Fact]
    public void Start_WithDefaultSettings_Passes()
    {
        using var services = Services(new Dictionary<string, string?>());

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Theory]
    [InlineData("SendGrid:ApiKey", KeyVaultReference, "SendGrid:ApiKey (SendGrid__ApiKey): the Key Vault reference was not resolved")]
    [InlineData("Security:SigningKey", " @microsoft.keyvault(VaultName=kv-test;SecretName=signing-key)", "Security:SigningKey (Security__SigningKey): the Key Vault reference")]
    [InlineData("Security:SigningKey", "c2hvcnQga2V5", "Security:SigningKey must be base64 of at least 32 bytes")]
    [InlineData("Security:SigningKey", "not base64!", "Security:SigningKey must be base64 of at least 32 bytes")]
    [InlineData("Email:FromAddress", "plans at practice", "Email:FromAddress is 'plans at practice'")]
    [InlineData("Email:FromAddress", "Delegation <plans@practice.example>", "Email:FromAddress is")]
    [InlineData("Email:OutboxPath", " ", "Email:OutboxPath must name a folder")]
    [InlineData("Storage:ContainerName", "Delegation_Docs", "Storage:ContainerName is 'Delegation_Docs'")]
    [InlineData("Planning:TimeWeight", "-5", "Planning:TimeWeight")]
    [InlineData("Planning:FullTimeHours", "0", "Planning:FullTimeHours must be more than 0")]
    [InlineData("Workflow:TimeScale", "0.5", "Workflow:TimeScale must be at least 1")]
    [InlineData("Workflow:CheckInsPerPhase", "0", "Workflow:CheckInsPerPhase must be at least 1")]
    [InlineData("Workflow:LinkExpiry", "00:00:00", "Workflow:HireReminderDelay, GracePeriod and LinkExpiry must be positive")]
    [InlineData("Reports:BatchSize", "0", "Reports:BatchSize")]
    [InlineData("App:BaseUrl", "https://plans.example.com/no-slash", "App:BaseUrl must be absolute and end with '/'")]
    [InlineData("SendGrid:Host", "ftp://sendgrid.example", "SendGrid:Host must be an absolute http(s) URL")]
    public void Start_WithOneBadSetting_FailsNamingIt(string setting, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { [setting] = value };
        // SendGrid's own settings are only read when SendGrid is configured.
        if (setting == "SendGrid:Host")
        {
            settings["SendGrid:ApiKey"] = "SG.test";
        }

        using var services = Services(settings);

        // One failing options class throws its OptionsValidationException; several, an AggregateException of them.
        var failure = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());
        var failures = failure is AggregateException many ? many.InnerExceptions : [failure];
        Assert.All(failures, f => Assert.IsType<OptionsValidationException>(f));
        Assert.Contains(failures, f => f.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Unresolved_NamesEveryReference_AndNoResolvedSecret()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = KeyVaultReference,
            ["Security:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["Admin:Key"] = KeyVaultReference,
        }).Build();

        Assert.Equal(["Admin:Key", "SendGrid:ApiKey"], KeyVaultReferences.Unresolved(configuration));
    }

    [Theory]
    [InlineData("Production", null, false, true)]
    [InlineData("Staging", "", false, true)]
    [InlineData("Production", "SG.key", false, false)]
    [InlineData("Production", null, true, false)]
    [InlineData("Development", null, false, false)]
    public void OutboxRefusal_OutsideDevelopmentWithoutSendGrid_UnlessAllowed(string environment, string? apiKey, bool allowOutbox, bool refused)
    {
        var refusal = EmailDelivery.Refusal(environment, apiKey, new EmailOptions { AllowOutbox = allowOutbox, OutboxPath = "/tmp/delegation/outbox" });

        Assert.Equal(refused, refusal is not null);
        if (refusal is not null)
        {
            Assert.Contains("SendGrid:ApiKey is not set", refusal, StringComparison.Ordinal);
            Assert.Contains("Email:AllowOutbox=true", refusal, StringComparison.Ordinal);
            Assert.Contains("/tmp/delegation/outbox", refusal, StringComparison.Ordinal);
        }
    }

    static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDelegationCore().AddDelegationInfrastructure(configuration);
        return services.BuildServiceProvider();
    }
}
