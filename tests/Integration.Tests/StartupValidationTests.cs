using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// The standalone host as an operator starts it with one wrong setting: it exits non-zero before it
/// listens, and its output names the setting.
/// </summary>
public sealed class StartupValidationTests
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("SendGrid__ApiKey", "@Microsoft.KeyVault(SecretUri=https://kv-test.vault.azure.net/secrets/sendgrid-api-key/)", "SendGrid:ApiKey (SendGrid__ApiKey): the Key Vault reference was not resolved")]
    [InlineData("Security__SigningKey", "@Microsoft.KeyVault(SecretUri=https://kv-test.vault.azure.net/secrets/signing-key/)", "Security:SigningKey (Security__SigningKey): the Key Vault reference was not resolved")]
    [InlineData("Security__SigningKey", "dG9vIHNob3J0", "Security:SigningKey must be base64 of at least 32 bytes")]
    [InlineData("RateLimiting__IntakePermitsPerMinute", "0", "RateLimiting:IntakePermitsPerMinute must be at least 1")]
    [InlineData("Standalone__TaskHub", "hub-1", "Standalone:TaskHub is 'hub-1'")]
    [InlineData("Standalone__MaxQueuePollingInterval", "00:05:00", "Standalone:MaxQueuePollingInterval is 00:05:00")]
    [InlineData("Email__FromAddress", "plans", "Email:FromAddress is 'plans'")]
    public async Task StandaloneHost_WithABadSetting_ExitsNonZeroNamingIt(string setting, string value, string expected)
    {
        var (exitCode, log) = await StandaloneHost.RunUntilExitAsync(new Dictionary<string, string> { [setting] = value }, Timeout);

        Assert.True(exitCode is not null, $"The host was still running after {Timeout.TotalSeconds} s:\n{log}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, log, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandaloneHost_ServingOthersInProductionWithoutSendGrid_ExitsNamingTheSettings()
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Standalone__Host"] = "*",
            ["App__BaseUrl"] = "https://plans.delegation.example/",
        };

        var (exitCode, log) = await StandaloneHost.RunUntilExitAsync(settings, Timeout);

        Assert.True(exitCode is not null, $"The host was still running after {Timeout.TotalSeconds} s:\n{log}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("SendGrid:ApiKey is not set, so this Production host would write every email to the outbox", log, StringComparison.Ordinal);
        Assert.Contains("Email:AllowOutbox=true", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandaloneHost_ServingOthersInProductionWithTheOutboxAllowed_Starts()
    {
        await using var host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Standalone__Host"] = "*",
            ["App__BaseUrl"] = "https://plans.delegation.example/",
            ["Email__AllowOutbox"] = "true",
        });

        using var response = await host.Http.GetAsync("api/health");
        Assert.True(response.IsSuccessStatusCode, host.Log);
    }
}
