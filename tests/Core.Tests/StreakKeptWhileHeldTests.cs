using Delegation.Core.Email;
using Delegation.Core.Planning;
using Delegation.Core.Rollout;
using static Delegation.Core.Tests.ReviewRoundNineRolloutTests;

namespace Delegation.Core.Tests;

/// <summary>
/// Rollout reads 7 and 8: the group practice's count of good check-ins was met and phase 2 waited only for the billing
/// specialist, then one unrecorded meeting in the holiday week reset it to "0 of 2". A miss keeps a count already met
/// while a hire holds the phase; the phase starts at the first good check-in once the hire is registered.
/// </summary>
public sealed class StreakKeptWhileHeldTests
{
    [Fact]
    public void MissedCheckIn_AfterTheCountIsMet_WhileAHireHoldsThePhase_KeepsTheCount_AndThePhaseStartsOnceRegistered()
    {
        var (_, s, _) = TwoGoodCheckIns();
        Assert.Equal(2, s.Streak);

        // The next check-in goes unrecorded past its grace period: the follow-up goes out and the count stands.
        (s, var notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.FollowUp && !n.ToDelegate);
        Assert.Contains(notices, n => n.Kind == NoticeKind.FollowUp);
        Assert.Equal(2, s.Streak);
        Assert.Equal(1, s.CurrentPhase);

        var now = s.Track(Jo.Role)!.NextCheckInAt!.Value.AddDays(-2);
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.BillingSpecialist, "Sam Lee", "sam@example.com")), now).State;
        (s, _) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder && n.Role == Jo.Role && !n.ToDelegate);
        var (after, started) = RolloutMachine.Apply(s, Good(s, Jo.Role), s.Track(Jo.Role)!.Open!.At.AddHours(1));
        Assert.Contains(started, n => n.Kind == NoticeKind.PhaseStarted && !n.ToDelegate);
        Assert.Equal(2, after.CurrentPhase);
    }

    [Fact]
    public void MissedCheckIn_BeforeTheCountIsMet_StartsItAgain()
    {
        var (_, s) = GroupPractice();
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Jo), ReviewIntakes.ReceivedAt).State;
        (s, _) = Samples.TickUntil(s, x => x.Kind == NoticeKind.CheckInReminder);
        var met = s.Track(Jo.Role)!.Open!.At;
        (s, _) = RolloutMachine.Tick(s, met);
        (s, _) = RolloutMachine.Apply(s, Good(s, Jo.Role), met.AddHours(1));
        Assert.Equal(1, s.Streak);

        (s, _) = Samples.TickUntil(s, n => n.Kind == NoticeKind.FollowUp && !n.ToDelegate);
        Assert.Equal(0, s.Streak);
    }

    [Fact]
    public void Pause_WhileAHireHoldsTheNextPhase_TellsTheOwnerResumingAloneDoesNotStartIt()
    {
        var (plan, s, _) = TwoGoodCheckIns();

        (_, var notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.PausedForMisses && !n.ToDelegate);
        var paused = Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && !n.ToDelegate);

        Assert.Equal([SupportRole.BillingSpecialist], paused.Waiting);
        Assert.Contains("Phase 2 also waits until you register your billing specialist, resumed or not.", NoticeWriter.Write(paused, plan, Links, []).Text, StringComparison.Ordinal);
    }
}
