using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Reports;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>
/// Rollout read 7's monthly report: an associate's pay was counted as spend from the budget, the hours line called a share
/// of planned hours "confirmed" and mixed hired and open roles, and the paused next step cost the owner a late record.
/// </summary>
public sealed class ReportAssociateAndPauseTests
{
    static readonly ReportMonth April = new(2026, 4);
    static readonly DateTimeOffset Generated = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    // Associate: 8 h of sessions a week from phase 1; billing specialist: 3 h a week from phase 1, not registered.
    static Plan GroupPlan()
    {
        var (plan, _) = Samples.ComposePlan(Samples.Intake());
        var template = plan.Tasks[0];
        return plan with
        {
            CreatedAt = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
            Roles = new PlanningOptions().Roles,
            Tasks =
            [
                template with { TaskId = "assoc", Name = "Sessions", HoursPerWeek = 8m, Phase = 1, Role = SupportRole.AssociateTherapist },
                template with { TaskId = "bill", Name = "Eligibility checks", HoursPerWeek = 3m, Phase = 1, Role = SupportRole.BillingSpecialist },
                template with { TaskId = "later", Name = "Claims", HoursPerWeek = 2m, Phase = 2, Role = SupportRole.BillingSpecialist },
            ],
        };
    }

    static RolloutSnapshot Rollout(PlanStatus status) =>
        new(Samples.PlanId, status, 1, 2, 0, 2,
            [
                new RoleProgress(SupportRole.AssociateTherapist, Cadence.Weekly, 1, "Jo", true, null, null, HiredAt: new DateTimeOffset(2026, 4, 11, 9, 0, 0, TimeSpan.Zero)),
                new RoleProgress(SupportRole.BillingSpecialist, Cadence.Weekly, 1, null, false, null, null),
            ],
            [], null);

    [Fact]
    public void HoursLine_SaysWhatItCounts_NotHoursConfirmed()
    {
        // The billing specialist registered too, the associate not: 3 h a week of phase 1's budget work is in.
        var rollout = Rollout(PlanStatus.Active) with
        {
            Roles =
            [
                new RoleProgress(SupportRole.AssociateTherapist, Cadence.Weekly, 1, null, false, null, null),
                new RoleProgress(SupportRole.BillingSpecialist, Cadence.Weekly, 1, "Bea", true, null, null, HiredAt: new DateTimeOffset(2026, 4, 11, 9, 0, 0, TimeSpan.Zero)),
            ],
        };
        var report = ReportCalculator.Build(GroupPlan(), rollout, April, Generated)!;

        var rows = ReportFigures.Rows(report).ToDictionary(r => r.Label, r => r.Value);
        Assert.Contains("counting the weeks your check-ins found on track", rows["Hours handed over"], StringComparison.Ordinal);
        Assert.EndsWith("planned since each hire was registered (3 h a week)", rows["Hours handed over"], StringComparison.Ordinal);
        Assert.DoesNotContain("confirmed at check-ins", rows["Hours handed over"], StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_NextStep_SaysToRecordTheMissedCheckInFirst_AndWhatStillHoldsTheNextPhase()
    {
        var report = ReportCalculator.Build(GroupPlan(), Rollout(PlanStatus.Paused), April, Generated)!;

        Assert.Contains("If a missed check-in's link is still open, record it first: resuming closes it.", report.NextStep, StringComparison.Ordinal);
        Assert.EndsWith("Phase 2 also waits until you register your billing specialist.", report.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_OperatorSummary_NamesTheOpenRoleThePhasesBegunNeed_NotALaterPhasesRole()
    {
        // A virtual assistant for phase 2, not registered: not overdue in phase 1 (read 8 saw every open role named).
        var rollout = Rollout(PlanStatus.Paused);
        rollout = rollout with { Roles = [.. rollout.Roles, new RoleProgress(SupportRole.VirtualAssistant, Cadence.Weekly, 2, null, false, null, null)] };
        var status = PracticeStatus.Of(Samples.PlanId, GroupPlan(), rollout, April, Generated);

        Assert.EndsWith("No billing specialist is registered yet.", status.Attention, StringComparison.Ordinal);
    }
}
