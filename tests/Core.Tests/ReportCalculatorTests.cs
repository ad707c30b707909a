using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Reports;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

public sealed class ReportCalculatorTests
{
    static readonly ReportMonth April = new(2026, 4);
    static readonly DateTimeOffset Generated = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    // VA: 4 h/week in phase 1 (cost max(4, 5 min) × 35 × 52/12 = 758.33); billing: 5 h/week in phase 2 (5 × 45 × 52/12 = 975.00).
    static Plan PlanStarted(DateTimeOffset createdAt)
    {
        var (plan, _) = Samples.ComposePlan(Samples.Intake());
        var template = plan.Tasks[0];
        return plan with
        {
            CreatedAt = createdAt,
            Roles = new PlanningOptions().Roles,
            Tasks =
            [
                template with { TaskId = "va", Name = "Scheduling", HoursPerWeek = 4m, Phase = 1, Role = SupportRole.VirtualAssistant },
                template with { TaskId = "bill", Name = "Insurance claims", HoursPerWeek = 5m, Phase = 2, Role = SupportRole.BillingSpecialist },
                template with { TaskId = "kept", Name = "Sessions", HoursPerWeek = 20m, Phase = null, Role = null, Delegable = false },
            ],
        };
    }

    // The VA alone, registered at hiredAt (plan time); null leaves the role without a hire.
    static RolloutSnapshot HiredVa(DateTimeOffset? hiredAt, params CheckInRecord[] history) => Rollout(history: history) with
    {
        Roles = [new RoleProgress(SupportRole.VirtualAssistant, Cadence.Weekly, 1, hiredAt is null ? null : "Sam", hiredAt is not null, null, null, HiredAt: hiredAt)],
    };

    static RolloutSnapshot Rollout(int phase = 1, PlanStatus status = PlanStatus.Active, DateTimeOffset? cancelledAt = null, params CheckInRecord[] history) =>
        new(Samples.PlanId, status, phase, 2, 0, 2,
            [
                new RoleProgress(SupportRole.VirtualAssistant, Cadence.Weekly, 1, "Sam", true, null, null),
                new RoleProgress(SupportRole.BillingSpecialist, Cadence.Monthly, 2, "Bea", true, null, null),
            ],
            history, cancelledAt);

    static CheckInRecord Held(int day, bool onTrack, int stress, SupportRole role = SupportRole.VirtualAssistant) =>
        new($"c{day}", role, new DateTimeOffset(2026, 4, day, 15, 0, 0, TimeSpan.Zero), false, onTrack, stress, onTrack, new DateTimeOffset(2026, 4, day, 16, 0, 0, TimeSpan.Zero));

    static CheckInRecord Missed(int day) =>
        new($"m{day}", SupportRole.VirtualAssistant, new DateTimeOffset(2026, 4, day, 15, 0, 0, TimeSpan.Zero), true, null, null, null, null);

    [Fact]
    public void Build_FullMonthInPhase1_PlansPhase1HoursForEveryWeekAndCostsPhase1Roles()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero)), Rollout(), April, Generated)!;

        Assert.Equal(4.29m, report.WeeksActive);
        Assert.Equal(4m, report.Hours.PlannedPerWeek);
        Assert.Equal(17.1m, report.Hours.Planned); // 4 × 30 / 7
        Assert.Equal(0m, report.Hours.Confirmed);
        Assert.Equal(758.33m, report.Spend.Spend);
        Assert.Equal(1200m, report.Spend.Budget);
        Assert.True(report.Spend.WithinBudget);
        Assert.Equal(April.Start, report.ActiveFrom);
        Assert.Equal(April.End, report.ActiveUntil);
    }

    [Fact]
    public void Build_PlanStartedMidMonth_CountsOnlyTheDaysSinceItStarted()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 4, 16, 0, 0, 0, TimeSpan.Zero)), Rollout(), April, Generated)!;

        Assert.Equal(2.14m, report.WeeksActive); // 15 days
        Assert.Equal(8.6m, report.Hours.Planned);
        Assert.Equal(379.17m, report.Spend.Spend); // half of 758.33
        Assert.Equal(new DateTimeOffset(2026, 4, 16, 0, 0, 0, TimeSpan.Zero), report.ActiveFrom);
    }

    [Fact]
    public void Build_CheckIns_ConfirmTheOnTrackShareOfARolesHours()
    {
        var rollout = Rollout(history: [Held(6, true, 4), Held(13, false, 3), Missed(20), Held(27, true, 3), Held(29, true, 2)]);

        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), rollout, April, Generated)!;

        Assert.Equal(new CheckInTally(Held: 4, Missed: 1, OnTrack: 3), report.CheckIns);
        Assert.Equal(10.3m, report.Hours.Confirmed); // 4 h × 30/7 weeks × 3 on track / 5 due
        Assert.Equal([4, 3, 3, 2], report.Stress.Values);
        Assert.Equal("easing", report.Stress.Direction);
    }

    [Fact]
    public void Build_CheckInsOfOtherMonths_AreLeftOut()
    {
        var march = new CheckInRecord("old", SupportRole.VirtualAssistant, new DateTimeOffset(2026, 3, 30, 15, 0, 0, TimeSpan.Zero), false, true, 5, true, null);
        var may = new CheckInRecord("new", SupportRole.VirtualAssistant, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), false, true, 1, true, null);

        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), Rollout(history: [march, Held(8, true, 3), may]), April, Generated)!;

        Assert.Equal(1, report.CheckIns.Held);
        Assert.Equal([3], report.Stress.Values);
    }

    [Fact]
    public void Build_Phase2_PlansAndCostsBothPhasesRoles()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), Rollout(phase: 2), April, Generated)!;

        Assert.Equal(9m, report.Hours.PlannedPerWeek);
        Assert.Equal(1733.33m, report.Spend.Spend);
        Assert.False(report.Spend.WithinBudget);
        Assert.Equal(2, report.CurrentPhase);
    }

    [Fact]
    public void Build_PlanCancelledBeforeTheMonth_IsNotReported()
    {
        var rollout = Rollout(status: PlanStatus.Cancelled, cancelledAt: new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.Null(ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), rollout, April, Generated));
    }

    [Fact]
    public void Build_PlanCancelledDuringTheMonth_IsReportedUntilItsCancellation()
    {
        var cancelled = new DateTimeOffset(2026, 4, 8, 0, 0, 0, TimeSpan.Zero);

        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), Rollout(status: PlanStatus.Cancelled, cancelledAt: cancelled), April, Generated)!;

        Assert.Equal(PlanStatus.Cancelled, report.Status);
        Assert.Equal(cancelled, report.ActiveUntil);
        Assert.Equal(1m, report.WeeksActive);
        Assert.Equal(4m, report.Hours.Planned);
        Assert.Contains("cancelled", report.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PlanStartedAfterTheMonth_IsNotReported() =>
        Assert.Null(ReportCalculator.Build(PlanStarted(new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)), null, April, Generated));

    [Fact]
    public void Build_OnTrackInAnEarlyPhase_RecommendsTheNextPhasesTasks()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), Rollout(history: [Held(6, true, 3), Held(13, true, 3)]), April, Generated)!;

        Assert.Contains("Insurance claims", report.NextStep, StringComparison.Ordinal);
        Assert.Contains("phase 2", report.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RoleNotYetFilled_RecommendsRegisteringTheHire()
    {
        var rollout = Rollout() with { Roles = [new RoleProgress(SupportRole.VirtualAssistant, Cadence.Weekly, 1, null, false, null, null)] };

        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), rollout, April, Generated)!;

        Assert.Contains("Register who you hired as your virtual assistant", report.NextStep, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Build_HireRegisteredOnThe20thOfA30DayMonth_CostsTheRole11Of30Days()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), HiredVa(new(2026, 4, 20, 14, 30, 0, TimeSpan.Zero)), April, Generated)!;

        var va = Assert.Single(report.Spend.Roles!);
        Assert.True(va.Hired);
        Assert.Equal(11m, va.Days);
        Assert.Equal(758.33m, va.MonthlyCost);
        Assert.Equal(278.05m, va.Spend); // 758.33 × 11 / 30 = 278.054
        Assert.Equal(278.05m, report.Spend.Spend);
        Assert.Equal(6.3m, report.Hours.Planned); // 4 h a week over the 11 days since the hire, not the whole month
    }

    [Fact]
    public void Build_HiredBeforeTheMonth_CostsTheWholeMonth()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), HiredVa(new(2026, 3, 9, 10, 0, 0, TimeSpan.Zero)), April, Generated)!;

        Assert.Equal(758.33m, report.Spend.Spend);
        Assert.Equal(30m, report.Spend.Roles!.Single().Days);
    }

    [Fact]
    public void Build_HiredThenCancelled_CostsOnlyTheDaysBetween()
    {
        var rollout = HiredVa(new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero)) with { Status = PlanStatus.Cancelled, CancelledAt = new DateTimeOffset(2026, 4, 26, 0, 0, 0, TimeSpan.Zero) };

        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), rollout, April, Generated)!;

        Assert.Equal(6m, report.Spend.Roles!.Single().Days);
        Assert.Equal(151.67m, report.Spend.Spend); // 758.33 × 6 / 30 = 151.666
    }

    [Fact]
    public void Build_NoHireRegistered_CostsNothing_AndTheRoleIsMarkedNotHired()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), HiredVa(null), April, Generated)!;

        Assert.Equal(0m, report.Spend.Spend);
        Assert.Equal(0m, report.Hours.Planned);
        Assert.True(report.Spend.WithinBudget);
        var va = Assert.Single(report.Spend.Roles!);
        Assert.False(va.Hired);
        Assert.Equal(0m, va.Spend);
        Assert.True(va.MonthlyCost > 0);
        Assert.Equal(ReportAction.RegisterHire, report.NextAction);
    }

    [Fact]
    public void Build_NoRolloutYet_CostsNothing()
    {
        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), null, April, Generated)!;

        Assert.Equal(0m, report.Spend.Spend);
        Assert.All(report.Spend.Roles!, r => Assert.False(r.Hired));
    }

    [Fact]
    public void Build_ConfirmedHours_AreValuedAtTheSessionFee()
    {
        var plan = PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        plan = plan with { Practice = plan.Practice with { SessionFee = 140m } };

        var report = ReportCalculator.Build(plan, Rollout(history: [Held(6, true, 4), Held(13, false, 3), Missed(20), Held(27, true, 3), Held(29, true, 2)]), April, Generated)!;

        Assert.Equal(10.3m, report.Hours.Confirmed);
        Assert.Equal(140m, report.Hours.SessionFee);
        Assert.Equal(1442m, report.Hours.ConfirmedWorth); // 10.3 h × 140
    }

    [Theory]
    [InlineData(PlanStatus.Cancelled, ReportAction.None)]
    [InlineData(PlanStatus.Paused, ReportAction.Resume)]
    [InlineData(PlanStatus.Active, ReportAction.ManagePlan)]
    public void Build_NextAction_FollowsTheNextStep(PlanStatus status, ReportAction expected)
    {
        var rollout = Rollout(status: status, cancelledAt: status == PlanStatus.Cancelled ? new DateTimeOffset(2026, 4, 8, 0, 0, 0, TimeSpan.Zero) : null);

        Assert.Equal(expected, ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), rollout, April, Generated)!.NextAction);
    }

    [Fact]
    public void Build_CarriesThePracticesCountry_ForItsDates()
    {
        var plan = PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("GB", ReportCalculator.Build(plan with { Practice = plan.Practice with { Country = "GB" } }, Rollout(), April, Generated)!.Country);
    }

    [Fact]
    public void Build_NextPhase_NamesTheRolloutsCheckInCountAndTheStreakSoFar()
    {
        var rollout = Rollout(history: [Held(6, true, 3)]) with { Streak = 1, CheckInsPerPhase = 3 };

        var report = ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), rollout, April, Generated)!;

        Assert.Equal("Next to hand over (phase 2): Insurance claims. It starts once 3 check-ins in a row are on track (1 so far).", report.NextStep);
    }

    [Fact]
    public void Build_FirstReport_SaysNothingAboutLastMonth() =>
        Assert.Null(ReportCalculator.Build(PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), Rollout(), April, Generated)!.SinceLastMonth);

    [Fact]
    public void Build_AfterAHire_SaysWhatMovedSinceLastMonth()
    {
        var plan = PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var march = ReportCalculator.Build(plan, HiredVa(null), new ReportMonth(2026, 3), Generated.AddMonths(-1))!;

        var april = ReportCalculator.Build(plan, HiredVa(new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero), Held(27, true, 3)), April, Generated, march)!;

        Assert.Equal("Since March: you registered your virtual assistant; confirmed hours went from 0 h to 6.3 h.", april.SinceLastMonth);
    }

    [Fact]
    public void Build_StillNoHire_SaysItIsStillWaiting_SoTheEmailIsNotLastMonthsAgain()
    {
        var plan = PlanStarted(new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)) with { HiringKits = [new(SupportRole.VirtualAssistant, "Virtual assistant hiring kit", "/api/plans/p/hiring/va", 1)] };
        var march = ReportCalculator.Build(plan, HiredVa(null), new ReportMonth(2026, 3), Generated.AddMonths(-1))!;

        var april = ReportCalculator.Build(plan, HiredVa(null), April, Generated, march)!;

        Assert.Equal("Nothing has moved since March: no virtual assistant is registered yet, so nothing can be handed over. "
            + "If hiring has stalled, your plan's hiring kit has the job description and interview questions to post and interview with.", april.SinceLastMonth);
        var link = new Uri("https://app.example.com/plans/p/manage?token=t");
        Assert.NotEqual(ReportWriter.Text(march, "Ana", link).Replace("March", "April", StringComparison.Ordinal), ReportWriter.Text(april, "Ana", link));
    }

    [Theory]
    [InlineData(new int[0], "too few check-ins")]
    [InlineData(new[] { 3 }, "too few check-ins")]
    [InlineData(new[] { 4, 5, 2 }, "easing")]
    [InlineData(new[] { 2, 1, 4 }, "rising")]
    [InlineData(new[] { 3, 1, 3 }, "steady")]
    public void DirectionOf_ComparesTheFirstAndLastStress(int[] stress, string expected) =>
        Assert.Equal(expected, ReportCalculator.DirectionOf(stress));

    [Fact]
    public void ConfirmedHours_WithNoCheckIn_ConfirmsNothing() =>
        Assert.Equal(0m, ReportCalculator.ConfirmedHours(10m, []));
}
