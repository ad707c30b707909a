using System.Net;
using Delegation.Core.Workflow;

namespace Delegation.Infrastructure.Hosting;

/// <summary>
/// The rule for <c>App:BaseUrl</c>, the address every emailed link starts with. On Azure it defaults to the
/// site's own host name; a host that other machines reach must not email links that point at the reader's
/// own machine, so in Production such a host refuses to start instead.
/// </summary>
public static class PublicBaseUrl
{
    /// <summary>The setting, as an operator writes it (<c>App__BaseUrl</c> in the environment).</summary>
    public const string Setting = AppOptions.Section + ":" + nameof(AppOptions.BaseUrl);

    /// <summary>The host name App Service (and so Azure Functions) gives every site, e.g. <c>func-x.azurewebsites.net</c>.</summary>
    public const string AzureHostNameSetting = "WEBSITE_HOSTNAME";

    /// <summary>
    /// The base address to use when <c>App:BaseUrl</c> is unset: <c>https://{WEBSITE_HOSTNAME}/</c>, or null
    /// when the setting is given or the host is not on Azure.
    /// </summary>
    /// <param name="configuredBaseUrl">The value of <c>App:BaseUrl</c>, if any.</param>
    /// <param name="websiteHostName">The value of <c>WEBSITE_HOSTNAME</c>, if any.</param>
    public static Uri? AzureDefault(string? configuredBaseUrl, string? websiteHostName)
    {
        if (!string.IsNullOrWhiteSpace(configuredBaseUrl) || string.IsNullOrWhiteSpace(websiteHostName))
        {
            return null;
        }

        var https = new Uri($"https://{websiteHostName.Trim()}/");
        // Core Tools sets WEBSITE_HOSTNAME=localhost:7071 for `func start`, which serves plain HTTP.
        return https.IsLoopback ? new Uri($"http://{https.Authority}/") : https;
    }

    /// <summary>
    /// True when <paramref name="listenHost"/> (<c>Standalone:Host</c>) accepts other machines: <c>*</c>,
    /// <c>0.0.0.0</c>, <c>::</c> or any address or name that is not loopback.
    /// </summary>
    /// <param name="listenHost">The address the host listens on; empty means the default, localhost.</param>
    public static bool ListensBeyondLoopback(string? listenHost)
    {
        var host = listenHost?.Trim().Trim('[', ']') ?? "";
        if (host.Length == 0 || host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A name other than localhost is taken at its word: someone meant other machines to reach it.
        return !IPAddress.TryParse(host, out var address) || !IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// Why a host must not start with these settings, naming <c>App:BaseUrl</c>; null when it may. It must not
    /// when it listens beyond loopback in Production while its links would point to localhost, 127.x or [::1].
    /// </summary>
    /// <param name="listenHost">The address the host listens on (<c>Standalone:Host</c>).</param>
    /// <param name="environmentName">The host environment, e.g. <c>Production</c>.</param>
    /// <param name="baseUrl">The base address links would start with (the default when unset).</param>
    /// <param name="isSet">Whether <c>App:BaseUrl</c> was given at all.</param>
    public static string? Refusal(string? listenHost, string environmentName, Uri baseUrl, bool isSet)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!string.Equals(environmentName, "Production", StringComparison.OrdinalIgnoreCase)
            || !ListensBeyondLoopback(listenHost)
            || !baseUrl.IsLoopback)
        {
            return null;
        }

        var what = isSet ? $"is {baseUrl}, a loopback address" : $"is not set, so emailed links would start with {baseUrl}";
        return $"{Setting} {what}, but this host listens beyond loopback (Standalone:Host is '{listenHost}') in Production: "
            + $"every link it emails would point to the reader's own machine. Set {Setting} (App__BaseUrl) to the address "
            + "people reach this host at, e.g. https://delegation.example.com/.";
    }
}
