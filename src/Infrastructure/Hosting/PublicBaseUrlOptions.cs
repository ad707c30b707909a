using Delegation.Core.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Hosting;

/// <summary>Applies <see cref="PublicBaseUrl"/> to <see cref="AppOptions"/>: one call per host.</summary>
public static class PublicBaseUrlOptions
{
    /// <summary>For the Functions app: <c>App:BaseUrl</c> defaults to <c>https://{WEBSITE_HOSTNAME}/</c> when unset.</summary>
    /// <param name="services">The host's services; <see cref="IConfiguration"/> must be registered, as every host does.</param>
    public static IServiceCollection AddAzureBaseUrlDefault(this IServiceCollection services)
    {
        // After binding, and only when the setting is absent: an operator's App:BaseUrl always wins.
        services.AddOptions<AppOptions>().PostConfigure<IConfiguration>((options, configuration) =>
        {
            if (PublicBaseUrl.AzureDefault(configuration[PublicBaseUrl.Setting], configuration[PublicBaseUrl.AzureHostNameSetting]) is { } url)
            {
                options.BaseUrl = url;
            }
        });
        return services;
    }

    /// <summary>
    /// For a host that may listen beyond loopback: validation of <see cref="AppOptions"/> (on start) fails when
    /// <see cref="PublicBaseUrl.Refusal"/> says so.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="listenHost">The address the host listens on.</param>
    public static IServiceCollection RequirePublicBaseUrl(this IServiceCollection services, string? listenHost)
    {
        services.AddSingleton<IValidateOptions<AppOptions>>(sp => new Validator(
            listenHost, sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<IConfiguration>()));
        return services;
    }

    sealed class Validator(string? listenHost, IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<AppOptions>
    {
        public ValidateOptionsResult Validate(string? name, AppOptions options) =>
            PublicBaseUrl.Refusal(listenHost, environment.EnvironmentName, options.BaseUrl, !string.IsNullOrWhiteSpace(configuration[PublicBaseUrl.Setting])) is { } refusal
                ? ValidateOptionsResult.Fail(refusal)
                : ValidateOptionsResult.Success;
    }
}
