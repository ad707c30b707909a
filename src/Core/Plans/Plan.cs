using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Plans;

/// <summary>A delegation plan as <c>GET /api/plans/{planId}</c> returns it and as it is stored.</summary>
public sealed record Plan(
    string PlanId,
    PlanStatus Status,
    PlanStage Stage,
    DateTimeOffset CreatedAt,
    PracticeView Practice,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<SupportLine> SupportMix,
    IReadOnlyList<RoleProfile> Roles,
    PlanTotals Totals,
    IReadOnlyList<SopLink> Sops,
    IReadOnlyList<CheckIn> CheckIns,
    CalendarLink? Calendar = null);

/// <summary>The practice as shown in a plan.</summary>
public sealed record PracticeView(string Name, string OwnerName, string Email, string TimeZone, decimal SessionFee, decimal ClientHoursPerWeek);

/// <summary>A task in the plan: its score, whether and to whom it is delegated, and in which phase.</summary>
public sealed record PlanTask(
    string TaskId,
    string Name,
    TaskCategory Category,
    decimal HoursPerWeek,
    bool InvolvesClientInfo,
    double Score,
    ScoreBreakdown ScoreBreakdown,
    bool Delegable,
    string Reason,
    string? KeptReason,
    int? Phase,
    SupportRole? Role);

/// <summary>The plan's money and time.</summary>
public sealed record PlanTotals(
    decimal MonthlyCost,
    decimal Phase1MonthlyCost,
    decimal MonthlyBudget,
    string Currency,
    decimal HoursFreedPerWeek);

/// <summary>Where to read the SOP for a delegated task.</summary>
public sealed record SopLink(string TaskId, string Title, string Url, int Version);

/// <summary>Where to download the check-ins as an iCalendar file, and which version it is.</summary>
public sealed record CalendarLink(string Url, int Version);
