using System.Globalization;
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
                r.Delegable, r.Reason, kept, a?.Phase, a?.Role, t.OneTimeHours, a?.OneTimeCost, a?.RoleReason,
                match.KeptWaits?.GetValueOrDefault(t.TaskId));
        }).ToList();

        var p = intake.Practice;
        return new Plan(
            planId,
            status,
            stage,
            createdAt,
            new PracticeView(p.Name, p.OwnerName, p.Email, p.TimeZone, p.SessionFee, p.ClientHoursPerWeek, p.Country, p.Systems, intake.Preferences.CheckInDay, intake.Preferences.CheckInTimeOrDefault, intake.Preferences.CheckInTime is null),
            tasks,
            match.SupportMix,
            roles,
            Totals(intake, match),
            sops,
            checkIns,
            NextSteps: match.NextSteps ?? []);
    }

    /// <summary>Money and time, with what the freed hours are worth at the practice's own session fee.</summary>
    public static PlanTotals Totals(Intake.Intake intake, SupportMatch match)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(match);
        var fee = intake.Practice.SessionFee;
        var currency = intake.Budget.Currency;
        // Time given back is net of what the SOPs leave with the owner (the consultation calls themselves, say), by OwnerShare's one rule.
        var (ownerKeeps, keepsNote) = OwnerKeeps(intake, match);
        var freed = match.HoursFreedPerWeek - ownerKeeps;
        var value = Math.Round(freed * fee * 52m / 12m, 2, MidpointRounding.AwayFromZero);
        decimal? breakEvenHours = fee > 0 ? Math.Round(match.MonthlyCost / fee, 1, MidpointRounding.AwayFromZero) : null;
        var freedPerMonth = Math.Round(freed * 52m / 12m, 1, MidpointRounding.AwayFromZero);
        var breakEven = (match.MonthlyCost, breakEvenHours) switch
        {
            (0, _) => "Nothing is delegated yet, so there is nothing to pay back.",
            (_, null) => string.Create(CultureInfo.InvariantCulture,
                $"Without a session fee the plan cannot be set against your earnings; it costs {Email.Money.Format(match.MonthlyCost, currency)} a month."),
            (_, { } h) => string.Create(CultureInfo.InvariantCulture,
                $"The support pays for itself with {h:0.#} hours of sessions a month; it frees about {freedPerMonth:0.#} hours a month."),
        };
        return new PlanTotals(
            match.MonthlyCost,
            match.Phase1MonthlyCost,
            intake.Budget.Monthly,
            currency,
            freed,
            value,
            value - match.MonthlyCost,
            breakEvenHours,
            breakEven,
            match.BudgetToUnlockTopTask,
            match.Optimal,
            match.OneTimeCost,
            match.OneTimeBudget,
            match.OneTimeHoursFreed,
            match.Phase1Note,
            match.OneTimeBudgetFromMonth,
            match.LaterPhasesNote,
            ownerKeeps,
            keepsNote,
            match.OptionsNote,
            match.EarliestFirstMonthNote);
    }

    // The hours a week the delegated tasks' SOPs leave with the owner, and where: "1 h for the consultation calls themselves
    // (Intake calls with new clients)". Only the intake's own recurring tasks; the plan's added projects free no weekly hours.
    static (decimal Hours, string? Note) OwnerKeeps(Intake.Intake intake, SupportMatch match)
    {
        var byId = intake.Tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var delegated = match.Assignments.Where(a => a.Role != SupportRole.AssociateTherapist && byId.ContainsKey(a.TaskId))
            .Select(a => byId[a.TaskId]).Where(t => t.OneTimeHours is null).ToList();
        var kinds = Sops.OwnerShare.KindsOf(match.Assignments.Where(a => byId.ContainsKey(a.TaskId)).Select(a => byId[a.TaskId]));
        var kept = delegated.Select(t => (Task: t, Hours: Sops.OwnerShare.KeptHours(t, kinds), Parts: Sops.OwnerShare.Parts(t, kinds)))
            .Where(k => k.Hours > 0).ToList();
        return kept.Count == 0
            ? (0, null)
            : (kept.Sum(k => k.Hours), string.Join("; ", kept.Select(k => $"{Hours.Format(k.Hours)} h for {Locale.Lists.And(k.Parts)} (“{k.Task.Name}”)")));
    }
}
