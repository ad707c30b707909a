namespace Delegation.Core.Intake;

/// <summary>A validated intake: what the workflow plans from.</summary>
public sealed record Intake(Practice Practice, Budget Budget, IReadOnlyList<PracticeTask> Tasks, Preferences Preferences);

/// <summary>The practice and its owner, the only person the product writes to about the plan.</summary>
/// <param name="Name">The practice's name.</param>
/// <param name="OwnerName">The therapist who owns it.</param>
/// <param name="Email">Where the plan and every owner email go.</param>
/// <param name="TimeZone">IANA time zone of the practice.</param>
/// <param name="SessionFee">One session's fee, in the budget's currency.</param>
/// <param name="ClientHoursPerWeek">Client hours the therapist sees a week.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code: as given, else the country of <paramref name="TimeZone"/>. Decides
/// the confidentiality agreement, the public holidays check-ins skip and how money is written.</param>
/// <param name="Systems">The systems the practice runs, as far as the intake named them; null when it named none.</param>
public sealed record Practice(
    string Name,
    string OwnerName,
    string Email,
    string TimeZone,
    decimal SessionFee,
    decimal ClientHoursPerWeek,
    string Country = "US",
    PracticeSystems? Systems = null);

/// <summary>
/// The systems a practice runs, each as the therapist named it ("SimplePractice"), so SOPs and hiring kits say
/// "in SimplePractice" rather than offering a menu of products. Every one is optional.
/// </summary>
/// <param name="Ehr">The EHR or practice-management system.</param>
/// <param name="Billing">The clearinghouse, billing or invoicing system, when it is not the EHR.</param>
/// <param name="Email">The email service.</param>
/// <param name="Phone">The phone or VoIP system.</param>
/// <param name="Website">The website builder or host.</param>
public sealed record PracticeSystems(string? Ehr = null, string? Billing = null, string? Email = null, string? Phone = null, string? Website = null);

/// <summary>What the practice can spend on support: each month, and once on one-off projects.</summary>
/// <param name="Monthly">The monthly budget for recurring support.</param>
/// <param name="Currency">ISO 4217 code of every amount.</param>
/// <param name="OneTime">What may be spent once on one-off projects; null when the intake gave none.</param>
/// <remarks>With no <paramref name="OneTime"/>, projects are paid from what the first month's budget leaves
/// after recurring support, so the first month never costs more than <paramref name="Monthly"/>.</remarks>
public sealed record Budget(decimal Monthly, string Currency, decimal? OneTime = null);

/// <summary>
/// A task the therapist does today. <see cref="Notes"/> are the therapist's own and may touch
/// client matters, so they are kept out of every email.
/// </summary>
public sealed record PracticeTask(
    string TaskId,
    string Name,
    TaskCategory Category,
    decimal HoursPerWeek,
    int Stress,
    int Confidence,
    bool Repetitive,
    bool InvolvesClientInfo,
    string? Notes,
    decimal? OneTimeHours = null)
{
    /// <summary>True for a one-off project (<see cref="OneTimeHours"/>); false for weekly work (<see cref="HoursPerWeek"/>).</summary>
    public bool IsProject => OneTimeHours is not null;
}

/// <summary>How the therapist wants to roll delegation out, and what they override in the planning defaults.</summary>
/// <param name="StartWith">Tasks in phase 1.</param>
/// <param name="CheckInDay">Day of the week check-ins fall on.</param>
/// <param name="ShareClientLoad">Whether an associate therapist may take clinical work.</param>
/// <param name="Weights">Ranking weights for this intake; null keeps the configured ones.</param>
/// <param name="Rates">Hourly rate per role for this intake; roles not named keep the catalogue's rate.</param>
/// <param name="CheckInTime">Local time of day check-ins start; null keeps <see cref="DefaultCheckInTime"/>.</param>
/// <param name="AssociatePayShare">The share of the session fees an associate earns that is paid to them; null keeps <see cref="DefaultAssociatePayShare"/>.</param>
public sealed record Preferences(
    int StartWith,
    DayOfWeek CheckInDay,
    bool ShareClientLoad,
    RankingWeights? Weights = null,
    IReadOnlyDictionary<Planning.SupportRole, decimal>? Rates = null,
    TimeOnly? CheckInTime = null,
    decimal? AssociatePayShare = null)
{
    /// <summary>Before a typical first session at 9:00, so a check-in never takes a client hour.</summary>
    public static readonly TimeOnly DefaultCheckInTime = new(8, 30);

    /// <summary>A common split for a 1099 associate in a US group practice: 60% of collected fees to the associate.</summary>
    public const decimal DefaultAssociatePayShare = 0.6m;

    /// <summary>Smallest pay share accepted: below it no associate would stay.</summary>
    public const decimal MinAssociatePayShare = 0.3m;

    /// <summary>Largest pay share accepted: above it the practice cannot cover its costs.</summary>
    public const decimal MaxAssociatePayShare = 0.9m;

    /// <summary>The check-in time to plan with.</summary>
    public TimeOnly CheckInTimeOrDefault => CheckInTime ?? DefaultCheckInTime;

    /// <summary>The associate pay share to plan with.</summary>
    public decimal AssociatePayShareOrDefault => AssociatePayShare ?? DefaultAssociatePayShare;
}

/// <summary>How much each factor counts in a task's score; only their proportions matter, the score is scaled to 0–100.</summary>
public sealed record RankingWeights(double Time, double Stress, double LowConfidence, double Repetitive)
{
    /// <summary>The sum of the weights: the divisor that scales a score to 0–100.</summary>
    public double Total => Time + Stress + LowConfidence + Repetitive;
}
