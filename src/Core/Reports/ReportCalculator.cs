using Delegation.Core.Planning;
using Delegation.Core.Locale;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Sops;

namespace Delegation.Core.Reports;

/// <summary>
/// The report's arithmetic, from the stored plan and its rollout snapshot alone. Check-in dates and a
/// cancellation are in plan time, the plan's start in real time; they agree unless <c>Workflow:TimeScale</c>
/// accelerates a demo.
/// </summary>
public static class ReportCalculator
{
    /// <summary>True when the plan ran during some of <paramref name="month"/>: started before its end and not cancelled before its start.</summary>
    public static bool IsActiveDuring(Plan plan, RolloutSnapshot? rollout, ReportMonth month)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Status is not (PlanStatus.Planning or PlanStatus.Failed)
            && plan.CreatedAt < month.End
            && !(rollout is { Status: PlanStatus.Cancelled } && (rollout.CancelledAt ?? DateTimeOffset.MinValue) <= month.Start);
    }

    /// <summary>The report of <paramref name="plan"/> for <paramref name="month"/>, or null when it was not active then.</summary>
    /// <param name="plan">The stored plan.</param>
    /// <param name="rollout">Its rollout snapshot, or null before one starts.</param>
    /// <param name="month">The month reported.</param>
    /// <param name="generatedAt">When the report is written.</param>
    /// <param name="previous">The stored report of the month before, if any: the report says what moved since.</param>
    /// <param name="lastConfirmed">Each SOP's last confirmation, by task id, for the SOPs to review; null lists none.</param>
    public static MonthlyReport? Build(Plan plan, RolloutSnapshot? rollout, ReportMonth month, DateTimeOffset generatedAt, MonthlyReport? previous = null,
        IReadOnlyDictionary<string, DateTimeOffset>? lastConfirmed = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!IsActiveDuring(plan, rollout, month))
        {
            return null;
        }

        var from = Max(plan.CreatedAt, month.Start);
        var until = rollout is { Status: PlanStatus.Cancelled, CancelledAt: { } cancelled } ? Min(cancelled, month.End) : month.End;
        var days = (decimal)Math.Max(0, (until - from).TotalDays);
        var weeks = days / 7m;

        var phase = Math.Max(1, rollout?.CurrentPhase ?? 1);
        var lastPhase = Math.Max(1, PlanPhases.LastOf(plan, rollout));
        // Phase-appropriate: only tasks of the phases under way are expected to be off the owner's desk.
        var underWay = plan.Tasks.Where(t => t.Phase is { } p && p <= phase && t.Role is not null).ToList();
        var perRole = underWay.GroupBy(t => t.Role!.Value).ToDictionary(g => g.Key, g => g.Sum(t => t.HoursPerWeek));

        var records = (rollout?.History ?? []).Where(r => r.At >= month.Start && r.At < month.End).OrderBy(r => r.At).ToList();
        var held = records.Count(r => !r.Missed && r.OnTrack is not null);
        var missed = records.Count(r => r.Missed);
        var onTrack = records.Count(r => r.OnTrack == true);

        // An associate therapist is paid from the fees of their own sessions, not from the budget, and their sessions are not
        // hours the owner gets back (the plan's "time given back" leaves them out): their line costs nothing and counts no hours.
        // Their plan figure is what the practice keeps of those fees, never a spend (round 14: $2,426.67 a month read as spend).
        static bool FromBudget(SupportRole role) => role != SupportRole.AssociateTherapist;
        var plannedPerWeek = perRole.Where(r => FromBudget(r.Key)).Sum(r => r.Value);
        var roles = perRole.OrderBy(r => r.Key)
            .Select(role => RoleSpendOf(role.Key, FromBudget(role.Key) ? plan.Roles.FirstOrDefault(p => p.Role == role.Key)?.MonthlyCost(role.Value) ?? 0m : 0m,
                rollout?.Roles.FirstOrDefault(r => r.Role == role.Key), from, until, month))
            .ToList();
        var handedOver = roles.Where(r => FromBudget(r.Role)).ToList();
        // Work is off the owner's desk only from the day someone took it: hours count over the same days as the cost.
        var planned = handedOver.Sum(r => perRole[r.Role] * r.Days / 7m);
        var confirmed = Round1(handedOver.Sum(r => ConfirmedHours(perRole[r.Role] * r.Days / 7m, records.Where(c => c.Role == r.Role).ToList())));
        var spend = roles.Sum(r => r.Spend);
        var hiredPerWeek = handedOver.Where(r => r.Hired).Sum(r => perRole[r.Role]);
        var fee = plan.Practice.SessionFee;

        var stress = records.Where(r => r.Stress is not null).Select(r => r.Stress!.Value).ToList();
        var status = rollout?.Status ?? plan.Status;
        var (nextStep, nextAction) = NextStep(plan, rollout, status, phase, lastPhase, held, missed, onTrack, stress);

        var report = new MonthlyReport(
            plan.PlanId,
            month.ToString(),
            plan.Practice.Name,
            status,
            from,
            until,
            Math.Round(weeks, 2, MidpointRounding.AwayFromZero),
            new HoursReclaimed(Round1(planned), confirmed, plannedPerWeek, fee, Math.Round(confirmed * fee, 2, MidpointRounding.AwayFromZero), hiredPerWeek),
            new SpendAgainstBudget(spend, plan.Totals.MonthlyBudget, plan.Totals.Currency, spend <= plan.Totals.MonthlyBudget, roles),
            new CheckInTally(held, missed, onTrack),
            new StressTrend(stress, DirectionOf(stress)),
            phase,
            lastPhase,
            nextStep,
            generatedAt,
            nextAction,
            plan.Practice.Country);
        // Staleness is counted to the day the report is written: the review links it carries act on the SOPs as they are now.
        return report with
        {
            SinceLastMonth = ReportChanges.Since(previous, report, plan.HiringKits is { Count: > 0 }),
            StaleSops = lastConfirmed is null ? null : SopStaleness.Of(plan, SopStaleness.InUse(plan, rollout), lastConfirmed, generatedAt),
        };
    }

    /// <summary>
    /// A role's part of the month: nothing until a hire is registered, then its monthly cost for the days from the
    /// hire date (the plan's start, if later) until <paramref name="until"/>. The hire day counts whole, so a hire
    /// on the 20th of a 30-day month costs 11/30 of the role's month.
    /// </summary>
    /// <param name="role">The role.</param>
    /// <param name="monthlyCost">Its full monthly cost for the hours under way.</param>
    /// <param name="progress">Its place in the rollout, or null before one runs.</param>
    /// <param name="from">When the plan started running in the month.</param>
    /// <param name="until">When it stopped running in the month.</param>
    /// <param name="month">The month.</param>
    public static RoleSpend RoleSpendOf(SupportRole role, decimal monthlyCost, RoleProgress? progress, DateTimeOffset from, DateTimeOffset until, ReportMonth month)
    {
        if (progress is not { Filled: true })
        {
            return new RoleSpend(role, false, null, monthlyCost, 0, 0);
        }

        // A rollout that registered its hire before the date was kept costs the role from the plan's start, as before.
        var start = progress.HiredAt is { } hired ? Max(from, new DateTimeOffset(hired.UtcDateTime.Date, TimeSpan.Zero)) : from;
        var days = (decimal)Math.Max(0, (until - start).TotalDays);
        return new RoleSpend(role, true, progress.HiredAt, monthlyCost, Math.Round(days, 2, MidpointRounding.AwayFromZero),
            Math.Round(monthlyCost * days / month.Days, 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>A role's planned hours count as confirmed in the share of its check-ins that were on track; with no check-in, none are.</summary>
    public static decimal ConfirmedHours(decimal plannedHours, IReadOnlyCollection<CheckInRecord> roleRecords)
    {
        ArgumentNullException.ThrowIfNull(roleRecords);
        var due = roleRecords.Count(r => r.Missed || r.OnTrack is not null);
        return due == 0 ? 0 : plannedHours * roleRecords.Count(r => r.OnTrack == true) / due;
    }

    /// <summary>"easing", "rising" or "steady" from the first to the last value; "too few check-ins" under two values.</summary>
    public static string DirectionOf(IReadOnlyList<int> stress)
    {
        ArgumentNullException.ThrowIfNull(stress);
        return stress.Count < 2 ? "too few check-ins" : stress[^1] < stress[0] ? "easing" : stress[^1] > stress[0] ? "rising" : "steady";
    }

    static (string Text, ReportAction Action) NextStep(Plan plan, RolloutSnapshot? rollout, PlanStatus status, int phase, int lastPhase, int held, int missed, int onTrack, IReadOnlyList<int> stress)
    {
        if (status == PlanStatus.Cancelled)
        {
            return ("The plan is cancelled, so nothing more will be handed over. A new intake starts a fresh plan whenever you are ready.", ReportAction.None);
        }

        if (status == PlanStatus.Paused)
        {
            // The late-recording links close when the owner resumes: the step says so, or following it costs that record.
            // A role that holds the next phase still holds it after resuming (read 7: the report left that out).
            var waits = rollout?.Roles.Where(r => !r.Filled && r.FromPhase <= phase && r.Role != SupportRole.AssociateTherapist).Select(r => $"your {RoleTitles.Of(r.Role)}").ToList() ?? [];
            return ("The rollout is paused. If a missed check-in's link is still open, record it first: resuming closes it. Then resume when you are ready and record the next check-in; nothing new is handed over until then."
                + (waits.Count > 0 && phase < lastPhase ? $" Phase {phase + 1} also waits until you register {Lists.And(waits)}." : ""), ReportAction.Resume);
        }

        if (rollout?.Roles.FirstOrDefault(r => r.FromPhase <= phase && !r.Filled) is { } open)
        {
            return ($"Register who you hired as your {RoleTitles.Of(open.Role)}, so that your check-ins can start.", ReportAction.RegisterHire);
        }

        if (missed > held)
        {
            return ("More check-ins were missed than held. Keep the next one, even briefly: check-ins decide when more is handed over.", ReportAction.ManagePlan);
        }

        if (held > onTrack || DirectionOf(stress) == "rising")
        {
            return ($"Stay with phase {phase} for now: walk through the SOPs at the next check-in and settle what got stuck before adding more.", ReportAction.ManagePlan);
        }

        if (phase < lastPhase)
        {
            var next = plan.Tasks.Where(t => t.Phase == phase + 1).Select(t => t.Name).ToList();
            var needed = rollout?.CheckInsPerPhase ?? 2;
            var when = $"once {InARow(needed)} on track" + (rollout is { Streak: > 0 and var streak } && streak < needed ? $" ({streak} so far)" : "");
            return (next.Count == 0
                ? $"Phase {phase + 1} comes next, {when}."
                : $"Next to hand over (phase {phase + 1}): {string.Join(", ", next)}. It starts {when}.", ReportAction.ManagePlan);
        }

        return ("Everything planned is handed over. Review the KPIs in each SOP at your check-ins and keep what works.", ReportAction.ManagePlan);
    }

    // The rollout's own setting decides when the next phase starts, so the sentence names that count.
    static string InARow(int count) => count <= 1 ? "a check-in is" : $"{count} check-ins in a row are";

    static decimal Round1(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
