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
    public void AssociateHired_CostsNothingFromTheBudget_AndTheLineSaysHowTheyArePaid()
    {
        var report = ReportCalculator.Build(GroupPlan(), Rollout(PlanStatus.Active), April, Generated)!;

        Assert.Equal(0m, report.Spend.Spend);
        var associate = report.Spend.Roles!.Single(r => r.Role == SupportRole.AssociateTherapist);
        Assert.True(associate.FromSessions);
        Assert.Equal(20m, associate.Days);
        var rows = ReportFigures.Rows(report).ToDictionary(r => r.Label, r => r.Value);
        Assert.Equal("paid from the sessions they take, not from your budget (hired April 11, 2026)", rows["Associate therapist"]);
        Assert.StartsWith("nothing yet: no hire paid from the budget is registered", rows["Spend"], StringComparison.Ordinal);
        // 8 h a week from the associate, of the 11 h a week phase 1 plans once the billing specialist is registered too.
        Assert.Contains("(8 h a week from your hires so far, of 11 h a week once every role under way is hired)", rows["Hours handed over"], StringComparison.Ordinal);
        Assert.Contains("counting the weeks your check-ins found on track", rows["Hours handed over"], StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_NextStep_SaysToRecordTheMissedCheckInFirst_AndWhatStillHoldsTheNextPhase()
    {
        var report = ReportCalculator.Build(GroupPlan(), Rollout(PlanStatus.Paused), April, Generated)!;

        Assert.Contains("If a missed check-in's link is still open, record it first: resuming closes it.", report.NextStep, StringComparison.Ordinal);
        Assert.EndsWith("Phase 2 also waits until you register your billing specialist.", report.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_OperatorSummary_NamesTheOpenRole_AndNotUnreviewedWork()
    {
        var status = PracticeStatus.Of(Samples.PlanId, GroupPlan(), Rollout(PlanStatus.Paused), April, Generated);

        Assert.DoesNotContain("nobody reviewing", status.Attention, StringComparison.Ordinal);
        Assert.EndsWith("No billing specialist is registered yet.", status.Attention, StringComparison.Ordinal);
    }
}
