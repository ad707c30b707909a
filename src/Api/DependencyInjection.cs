using System.Text.Encodings.Web;
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
        services.AddSingleton<PlanUpdateApi>();
        services.AddSingleton<SopReviewApi>();
        services.AddSingleton<ReportsApi>();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddSingleton<WebAssets>();
        services.AddSingleton<WebPages>();
        // ASP.NET Core writes JSON with relaxed escaping; problem details name fields the client sent
        // (an unknown property, a rate's role), so <, > and & are escaped as in every other answer.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Default);
        return services;
    }
}
