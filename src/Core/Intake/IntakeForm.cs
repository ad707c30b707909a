namespace Delegation.Core.Intake;

/// <summary>
/// The intake exactly as posted: every field nullable so that validation, not the JSON reader,
/// decides what is missing and can name each field in its answer.
/// </summary>
public sealed record IntakeForm(
    PracticeForm? Practice,
    BudgetForm? Budget,
    IReadOnlyList<TaskForm?>? Tasks,
    PreferencesForm? Preferences);

/// <summary>The practice part of an intake as posted.</summary>
public sealed record PracticeForm(
    string? Name,
    string? OwnerName,
    string? Email,
    string? TimeZone,
    decimal? SessionFee,
    decimal? ClientHoursPerWeek,
    string? Country = null,
    SystemsForm? Systems = null);

/// <summary>The systems the practice runs, as posted; each optional.</summary>
public sealed record SystemsForm(string? Ehr, string? Billing, string? Email, string? Phone, string? Website);

/// <summary>The budget part of an intake as posted.</summary>
public sealed record BudgetForm(decimal? Monthly, string? Currency, decimal? OneTime = null);

/// <summary>One practice task as posted.</summary>
public sealed record TaskForm(
    string? Name,
    string? Category,
    decimal? HoursPerWeek,
    int? Stress,
    int? Confidence,
    bool? Repetitive,
    bool? InvolvesClientInfo,
    string? Notes,
    decimal? OneTimeHours = null);

/// <summary>Optional preferences as posted.</summary>
public sealed record PreferencesForm(
    int? StartWith,
    string? CheckInDay,
    bool? ShareClientLoad,
    WeightsForm? Weights = null,
    IReadOnlyDictionary<string, decimal?>? Rates = null,
    string? CheckInTime = null,
    decimal? AssociatePayShare = null);

/// <summary>Ranking weights as posted: all four together, or none.</summary>
public sealed record WeightsForm(double? Time, double? Stress, double? LowConfidence, double? Repetitive);
