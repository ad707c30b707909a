using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// Without <c>SendGrid:ApiKey</c> email goes to the .eml outbox on the host's own disk. On a developer's
/// machine that is the point; on a host that serves other people nobody reads it, and on a Flex
/// Consumption instance it is lost on scale-in. Such a host refuses to start unless told otherwise.
/// </summary>
public static class EmailDelivery
{
    /// <summary>The setting that makes the app send through SendGrid.</summary>
    public const string ApiKeySetting = SendGridOptions.Section + ":" + nameof(SendGridOptions.ApiKey);

    /// <summary>The setting that accepts the outbox anyway.</summary>
    public const string AllowOutboxSetting = EmailOptions.Section + ":" + nameof(EmailOptions.AllowOutbox);

    /// <summary>Why a host must not start with these settings, or null when it may.</summary>
    /// <param name="environmentName">The host environment; Development may always use the outbox.</param>
    /// <param name="sendGridApiKey">The value of <c>SendGrid:ApiKey</c>, if any.</param>
    /// <param name="options">The email settings (outbox path and the opt-out).</param>
    public static string? Refusal(string environmentName, string? sendGridApiKey, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(sendGridApiKey) || options.AllowOutbox
            || string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"{ApiKeySetting} is not set, so this {environmentName} host would write every email to the outbox "
            + $"({options.OutboxPath}) on its own disk, where nobody receives it. Set {ApiKeySetting} "
            + $"(SendGrid__ApiKey), or set {AllowOutboxSetting}=true (Email__AllowOutbox) if no email needs to reach anyone.";
    }

    /// <summary>For a host that serves other people: validation of <see cref="EmailOptions"/> (on start) applies <see cref="Refusal"/>.</summary>
    /// <param name="services">The host's services; <see cref="IConfiguration"/> and <see cref="IHostEnvironment"/> must be registered, as every host does.</param>
    public static IServiceCollection RequireDeliveredEmail(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<EmailOptions>>(sp => new Validator(
            sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<IConfiguration>()));
        return services;
    }

    sealed class Validator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<EmailOptions>
    {
        public ValidateOptionsResult Validate(string? name, EmailOptions options) =>
            Refusal(environment.EnvironmentName, configuration[ApiKeySetting], options) is { } refusal
                ? ValidateOptionsResult.Fail(refusal)
                : ValidateOptionsResult.Success;
    }
}
