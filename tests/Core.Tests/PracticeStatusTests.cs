using System.Text;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Reports;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>The operator's view: which practices need a call, and why, in the summary email and its CSV.</summary>
public sealed class PracticeStatusTests
{
    static readonly ReportMonth April = new(2026, 4);
    static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    static Plan PlanOf(DateTimeOffset createdAt, string name = "Calm Harbor Counseling")
    {
        var (plan, _) = Samples.ComposePlan(Samples.Intake());
        return plan with { CreatedAt = createdAt, Practice = plan.Practice with { Name = name } };
    }

    static RolloutSnapshot Rollout(bool filled, PlanStatus status = PlanStatus.Active, params CheckInRecord[] history) =>
        new(Samples.PlanId, status, 1, 2, 0, 2,
            [new RoleProgress(SupportRole.VirtualAssistant, Cadence.Weekly, 1, filled ? "Sam" : null, filled, null, null)], history);

    static CheckInRecord Missed(int day) =>
        new($"m{day}", SupportRole.VirtualAssistant, new DateTimeOffset(2026, 4, day, 15, 0, 0, TimeSpan.Zero), true, null, null, null, null);

    [Fact]
    public void NoHireWeeksAfterThePlan_NeedsAttentionSinceThePlansDay()
    {
        var created = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

        var status = PracticeStatus.Of(Samples.PlanId, PlanOf(created), Rollout(filled: false), April, Now);

        Assert.Equal(PracticeState.Hiring, status.State);
        Assert.Equal(created, status.Since);
        Assert.Equal("No virtual assistant registered 51 days after the plan: hiring has stalled.", status.Attention);
    }

    [Fact]
    public void NoHireDaysAfterThePlan_IsStillWithinTheHireReminders()
    {
        var status = PracticeStatus.Of(Samples.PlanId, PlanOf(Now.AddDays(-5)), Rollout(filled: false), April, Now);

        Assert.Equal(PracticeState.Hiring, status.State);
        Assert.Null(status.Attention);
    }

    [Fact]
    public void PausedRollout_NamesTheMissedDatesAndTheUnreviewedWork()
    {
        var status = PracticeStatus.Of(Samples.PlanId, PlanOf(Now.AddDays(-60)), Rollout(true, PlanStatus.Paused, Missed(14), Missed(21)), April, Now);

        Assert.Equal(PracticeState.Paused, status.State);
        Assert.Equal(2, status.MissedThisMonth);
        Assert.Equal("Paused after missed check-ins on April 14, 2026 and April 21, 2026; the delegated work goes on, but no check-in reminders go out until the owner resumes.", status.Attention);
    }

    [Fact]
    public void ActiveWithAMissedCheckIn_NeedsAttention_ActiveWithoutIsFine()
    {
        var plan = PlanOf(Now.AddDays(-60));

        Assert.Equal("Missed 1 check-in this month, the first on April 14, 2026.", PracticeStatus.Of(Samples.PlanId, plan, Rollout(true, PlanStatus.Active, Missed(14)), April, Now).Attention);
        Assert.Null(PracticeStatus.Of(Samples.PlanId, plan, Rollout(true), April, Now).Attention);
    }

    [Fact]
    public void MissedDates_AreThePracticesLocalDay_WrittenItsCountrysWay()
    {
        var us = PlanOf(Now.AddDays(-60));
        // 23:00 UTC on 13 April is 09:00 on 14 April in Sydney, the day the meeting was on.
        var sydney = us with { Practice = us.Practice with { Country = "AU", TimeZone = "Australia/Sydney" } };
        var lateMissed = Missed(13) with { At = new DateTimeOffset(2026, 4, 13, 23, 0, 0, TimeSpan.Zero) };

        Assert.Equal("Missed 1 check-in this month, the first on 14 April 2026.", PracticeStatus.Of(Samples.PlanId, sydney, Rollout(true, PlanStatus.Active, lateMissed), April, Now).Attention);
        Assert.Equal("Missed 1 check-in this month, the first on April 13, 2026.", PracticeStatus.Of(Samples.PlanId, us, Rollout(true, PlanStatus.Active, lateMissed), April, Now).Attention);
    }

    [Fact]
    public void LastPhase_IsTheRolloutsOnceOneRuns_ElseThePlansHighestPhase()
    {
        var plan = PlanOf(Now.AddDays(-60));
        var planned = plan.Tasks.Max(t => t.Phase) ?? 0;

        Assert.True(planned > 0);
        Assert.Equal(7, PracticeStatus.Of(Samples.PlanId, plan, Rollout(true) with { LastPhase = 7 }, April, Now).LastPhase);
        Assert.Equal(planned, PracticeStatus.Of(Samples.PlanId, plan, null, April, Now).LastPhase);
    }

    [Fact]
    public void Summary_ListsWhoNeedsACall_WithNameSinceAndEmail_AndAttachesEveryPractice()
    {
        var stuck = PracticeStatus.Of("a1", PlanOf(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), "Stuck <b>Practice</b>"), Rollout(filled: false), April, Now);
        var fine = PracticeStatus.Of("a2", PlanOf(Now.AddDays(-60), "=HYPERLINK(\"http://x\")"), Rollout(true), April, Now);

        var message = ReportWriter.Summary(new ReportSummary("2026-04", 2, 2, 0, 0, []), [stuck, fine], "ops@example.com");

        Assert.Equal("Monthly reports for April 2026: 2 practices, 1 needs attention", message.Subject);
        Assert.Contains("- Stuck <b>Practice</b> <ana@example.com>, since 10 Mar 2026: No virtual assistant registered 51 days after the plan", message.Text, StringComparison.Ordinal);
        Assert.Contains("Where every practice stands: waiting for a hire: 1, active: 1.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Stuck &lt;b&gt;Practice&lt;/b&gt;", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Practice", message.Html, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(Assert.Single(message.Attachments, a => a.FileName == "practices-2026-04.csv").Content).Split("\r\n");
        Assert.Equal("planId,practice,ownerEmail,state,since,phase,lastPhase,missedThisMonth,attention", csv[0]);
        Assert.StartsWith("a1,Stuck <b>Practice</b>,ana@example.com,Hiring,2026-03-10,1,2,0,", csv[1]);
        // A practice name that a spreadsheet would run as a formula is written as text.
        Assert.StartsWith("a2,\"'=HYPERLINK(\"\"http://x\"\")\",ana@example.com,Active,", csv[2]);
    }
}
