using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Hosting;

/// <summary>
/// App Service hands a Key Vault reference it could not resolve to the app as its literal text,
/// <c>@Microsoft.KeyVault(SecretUri=…)</c>. Taken for a key, that text fails every SendGrid call or every
/// signed link, long after start; so a host with such a setting refuses to start, naming it.
/// </summary>
public static class KeyVaultReferences
{
    const string Prefix = "@Microsoft.KeyVault(";

    /// <summary>The settings (as <c>Section:Key</c>) whose value is still a Key Vault reference, in name order.</summary>
    /// <param name="configuration">The host's configuration, every source included.</param>
    public static IReadOnlyList<string> Unresolved(IConfiguration configuration) =>
        configuration.AsEnumerable()
            .Where(setting => setting.Value?.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => setting.Key)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The refusal for <paramref name="settings"/>, naming each one and what to check.</summary>
    /// <param name="settings">Settings that still hold a reference; at least one.</param>
    public static string Refusal(IReadOnlyList<string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var names = string.Join(", ", settings.Select(s => $"{s} ({s.Replace(":", "__", StringComparison.Ordinal)})"));
        return $"{names}: the Key Vault reference was not resolved, so the app would use the reference text as the secret. "
            + "Check that the secret exists at that URI and that the app's identity (keyVaultReferenceIdentity) has the "
            + "Key Vault Secrets User role, then restart the app.";
    }

    /// <summary>Checks the configuration when the host starts, with the other settings' validation.</summary>
    /// <param name="services">The host's services; <see cref="IConfiguration"/> must be registered, as every host does.</param>
    public static IServiceCollection AddKeyVaultReferenceCheck(this IServiceCollection services)
    {
        // Options validation on start is the one check both hosts (ASP.NET Core and the Functions worker) run before any work.
        services.AddOptions<ResolvedSecrets>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ResolvedSecrets>, Validator>();
        return services;
    }

    /// <summary>Nothing to bind: it exists so that the configuration is checked on start.</summary>
    internal sealed class ResolvedSecrets;

    sealed class Validator(IConfiguration configuration) : IValidateOptions<ResolvedSecrets>
    {
        public ValidateOptionsResult Validate(string? name, ResolvedSecrets options) =>
            Unresolved(configuration) is { Count: > 0 } settings ? ValidateOptionsResult.Fail(Refusal(settings)) : ValidateOptionsResult.Success;
    }
}
