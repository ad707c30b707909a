using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Delegation.Functions.Hosting;

/// <summary>
/// Application Insights from the isolated worker itself. The host only sees its own invocations; without this,
/// the app's logs (a SendGrid refusal, an outbox write, a rejected intake) never reach the workspace the Bicep
/// provisions, and an operator debugging a missing email sees nothing from the code that sent it.
/// </summary>
public static class FunctionsTelemetry
{
    /// <summary>The app setting the Bicep sets from the Application Insights component.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Adds worker telemetry when <see cref="ConnectionStringSetting"/> is set; a local run without it sends nothing.</summary>
    /// <param name="services">The worker's services.</param>
    /// <param name="configuration">Where the connection string is read from.</param>
    public static IServiceCollection AddFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        // The SDK adds a rule that keeps only warnings for its provider; host.json's log levels are meant to decide.
        services.Configure<LoggerFilterOptions>(options =>
        {
            var rule = options.Rules.FirstOrDefault(r =>
                r.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
            if (rule is not null)
            {
                options.Rules.Remove(rule);
            }
        });
        return services;
    }
}
