using Delegation.Core.Email;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using static Delegation.Core.Tests.ReviewRoundNineRolloutTests;

namespace Delegation.Core.Tests;

/// <summary>
/// The rollout emails of the group practice's first months as the round-10 reader got them (collect_rollout.py: startWith 1,
/// only the associate registered, two good check-ins, two unrecorded), after round 11's fixes.
/// </summary>
public sealed class ReviewRoundElevenRolloutTests
{
    [Fact]
    public void GoodCheckIns_WithPhaseOneHiresMissing_DoNotStartPhaseTwo_AndTheOwnerIsToldWhatWaitsForWhom()
    {
        var (plan, s, notices) = TwoGoodCheckIns();

        Assert.DoesNotContain(notices, n => n.Kind == NoticeKind.PhaseStarted);
        Assert.Equal(1, s.CurrentPhase);
        var wait = Assert.Single(notices, n => n.Kind == NoticeKind.PhaseWaitsForHires);
        Assert.Equal([SupportRole.BillingSpecialist, SupportRole.TechProfessional], wait.Waiting);
        var message = NoticeWriter.Write(wait, plan, Links, []);
        Assert.Equal("Phase 2 waits for your billing specialist and tech professional", message.Subject);
        Assert.Contains("you said you are ready for more, and 2 check-ins in a row have gone well. Phase 2 still waits: you have not registered your billing specialist and tech professional yet, so the tasks below are still with you", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Insurance eligibility and benefits checks (billing specialist)", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Move the website to a new host (tech professional)", message.Text, StringComparison.Ordinal);
        Assert.Contains("Do not let “Credential your new associate with each insurer you bill” wait for the hire", message.Text, StringComparison.Ordinal);
        Assert.Contains("Register who you hired: https://app.example/plans/p/manage?token=o", message.Text, StringComparison.Ordinal);

        // The owner's reminders say the count alone does not start it.
        var second = NoticeWriter.Write(notices.Last(n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate), plan, Links, []).Text;
        Assert.Contains("Phase 2 starts once 2 check-ins in a row go well and you say you are ready for more: 1 of 2 so far. "
            + "It also waits until you register your billing specialist and tech professional, whose tasks are still with you.", second, StringComparison.Ordinal);
    }

    [Fact]
    public void WaitingPhase_IsToldOnce_AndStartsAtTheFirstGoodCheckInAfterTheMissingHiresAreRegistered()
    {
        var (_, s, _) = TwoGoodCheckIns();
        (s, var third) = EveryCheckInGood(s, n => n.Kind == NoticeKind.CheckInReminder && n.Role == Jo.Role && !n.ToDelegate);
        (s, third) = EveryCheckInGood(s, n => n.Kind == NoticeKind.CheckInReminder && n.Role == Jo.Role && !n.ToDelegate);
        Assert.DoesNotContain(third, n => n.Kind is NoticeKind.PhaseWaitsForHires or NoticeKind.PhaseStarted);

        var now = s.Track(Jo.Role)!.Open!.At.AddHours(-12);
        foreach (var role in new[] { SupportRole.BillingSpecialist, SupportRole.TechProfessional })
        {
            s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(role, "Sam Lee", "sam@example.com")), now).State;
        }

        var (after, started) = RolloutMachine.Apply(s, Good(s, Jo.Role), now.AddHours(13));
        Assert.Contains(started, n => n.Kind == NoticeKind.PhaseStarted && !n.ToDelegate);
        Assert.Equal(2, after.CurrentPhase);
    }

    [Fact]
    public void PhaseEmail_SaysWhatThePlanCostsOnceTheNewRoleIsHired_NotAsIfItWerePaidAlready()
    {
        var (plan, s) = GroupPractice();
        foreach (var role in s.Roles.Where(r => r.FromPhase == 1).Select(r => r.Role).ToList())
        {
            s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, role == Jo.Role ? Jo : new DelegateInfo(role, "Sam Lee", "sam@example.com")), ReviewIntakes.ReceivedAt).State;
        }

        var (_, notices) = EveryCheckInGood(s, n => n.Kind == NoticeKind.PhaseStarted);
        var text = NoticeWriter.Write(Assert.Single(notices, n => n.Kind == NoticeKind.PhaseStarted && !n.ToDelegate), plan, Links, []).Text;
        Assert.Contains("Once your virtual assistant is hired, the plan costs $1,495.00 a month of your $2,000.00 budget, up from $585.00.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("With them the plan costs", text, StringComparison.Ordinal);
    }
}
