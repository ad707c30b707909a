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
public sealed record CheckIn(SupportRole Role, Cadence Cadence, DateTimeOffset NextAt, string Agenda);
