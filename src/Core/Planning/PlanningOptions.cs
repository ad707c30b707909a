using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// The support catalogue and ranking weights, bound from the <c>Planning</c> configuration section.
/// Defaults are typical US rates for therapist-specialised support in 2026.
/// </summary>
public sealed class PlanningOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Planning";

    /// <summary>Points for time: a task of <see cref="FullTimeHours"/> or more earns all of them.</summary>
    public double TimeWeight { get; set; } = 40;
    /// <summary>Points for stress (5/5 earns all).</summary>
    public double StressWeight { get; set; } = 25;
    /// <summary>Points for feeling unqualified (confidence 1/5 earns all).</summary>
    public double LowConfidenceWeight { get; set; } = 20;
    /// <summary>Points for repetitive work, the easiest to hand over with an SOP.</summary>
    public double RepetitiveWeight { get; set; } = 15;
    /// <summary>Weekly hours at which the time factor is full.</summary>
    public double FullTimeHours { get; set; } = 10;

    /// <summary>The roles a plan may choose from.</summary>
    public List<RoleProfile> Roles { get; set; } = DefaultRoles();

    /// <summary>The configured weights, or the preferences when the intake gives its own.</summary>
    public RankingWeights WeightsFor(Preferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return preferences.Weights ?? new RankingWeights(TimeWeight, StressWeight, LowConfidenceWeight, RepetitiveWeight);
    }

    /// <summary>The catalogue with the intake's rate overrides applied: the catalogue a plan is made from and shows.</summary>
    public IReadOnlyList<RoleProfile> RolesFor(Preferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return Roles
            .Select(r => preferences.Rates is { } rates && rates.TryGetValue(r.Role, out var rate) ? r with { HourlyRate = rate } : r)
            .ToList();
    }

    /// <summary>The catalogue used when configuration says nothing.</summary>
    public static List<RoleProfile> DefaultRoles() =>
    [
        new(SupportRole.VirtualAssistant, 35m, 5m,
            [TaskCategory.Admin, TaskCategory.Onboarding, TaskCategory.Billing, TaskCategory.Marketing], HipaaTrained: true),
        new(SupportRole.BillingSpecialist, 45m, 2m, [TaskCategory.Billing], HipaaTrained: true),
        new(SupportRole.MarketingSupport, 50m, 2m, [TaskCategory.Marketing], HipaaTrained: false),
        new(SupportRole.TechProfessional, 75m, 1m, [TaskCategory.Tech], HipaaTrained: false),
        new(SupportRole.AssociateTherapist, 70m, 5m, [TaskCategory.Clinical], HipaaTrained: true),
    ];
}
