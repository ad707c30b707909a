using Microsoft.Extensions.DependencyInjection;

namespace Delegation.Api;

/// <summary>Registers the shared HTTP API.</summary>
public static class DependencyInjection
{
    /// <summary>Adds <see cref="PlanApi"/>, the web pages and the clock it stamps intakes with.</summary>
    public static IServiceCollection AddDelegationApi(this IServiceCollection services)
    {
        services.AddSingleton<PlanApi>();
        services.AddSingleton<RolloutApi>();
        services.AddSingleton<ReportsApi>();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddSingleton<WebAssets>();
        services.AddSingleton<WebPages>();
        return services;
    }
}
