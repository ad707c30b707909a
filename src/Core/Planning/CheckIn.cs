using System.Text.Json.Serialization;

namespace Delegation.Core.Planning;

/// <summary>How often a role meets the therapist.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Cadence>))]
public enum Cadence
{
    /// <summary>Every week on the practice's check-in day.</summary>
    Weekly,
    /// <summary>Every other week on the check-in day.</summary>
    Biweekly,
    /// <summary>The first check-in day of each month.</summary>
    Monthly,
}

/// <summary>A recurring check-in with one role and when the next one is.</summary>
/// <param name="Role">Who the therapist meets.</param>
/// <param name="Cadence">How often.</param>
/// <param name="NextAt">The first meeting, 10:00 in the practice's time zone.</param>
/// <param name="Agenda">The role's standing agenda.</param>
/// <param name="Review">Each delegated task's SOP KPIs to go through; empty when the role has no SOPs yet.</param>
public sealed record CheckIn(SupportRole Role, Cadence Cadence, DateTimeOffset NextAt, string Agenda, IReadOnlyList<KpiReview>? Review = null);

/// <summary>One delegated task's KPIs, from its SOP, to review at its owner's check-in.</summary>
public sealed record KpiReview(string TaskId, string TaskName, IReadOnlyList<string> Kpis);
