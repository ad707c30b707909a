using Delegation.Core.Planning;

namespace Delegation.Core.Plans;

/// <summary>Puts the stages' results together into the plan document.</summary>
public static class PlanComposer
{
    /// <summary>Builds the plan from the intake and each stage's output.</summary>
    public static Plan Compose(
        string planId,
        DateTimeOffset createdAt,
        Intake.Intake intake,
        IReadOnlyList<RankedTask> ranked,
        SupportMatch match,
        IReadOnlyList<RoleProfile> roles,
        IReadOnlyList<SopLink> sops,
        IReadOnlyList<CheckIn> checkIns,
        PlanStatus status,
        PlanStage stage)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(match);

        var assignments = match.Assignments.ToDictionary(a => a.TaskId, StringComparer.Ordinal);
        var tasks = ranked.Select(r =>
        {
            var t = r.Task;
            assignments.TryGetValue(t.TaskId, out var a);
            match.KeptReasons.TryGetValue(t.TaskId, out var kept);
            return new PlanTask(t.TaskId, t.Name, t.Category, t.HoursPerWeek, t.InvolvesClientInfo, r.Score, r.Breakdown,
                r.Delegable, r.Reason, kept, a?.Phase, a?.Role);
        }).ToList();

        var p = intake.Practice;
        return new Plan(
            planId,
            status,
            stage,
            createdAt,
            new PracticeView(p.Name, p.OwnerName, p.Email, p.TimeZone, p.SessionFee, p.ClientHoursPerWeek),
            tasks,
            match.SupportMix,
            roles,
            new PlanTotals(match.MonthlyCost, match.Phase1MonthlyCost, intake.Budget.Monthly, intake.Budget.Currency, match.HoursFreedPerWeek),
            sops,
            checkIns);
    }
}
