using Delegation.Core.Email;
using Delegation.Core.Planning;
using Delegation.Core.Rollout;
using static Delegation.Core.Tests.ReviewRoundNineRolloutTests;

namespace Delegation.Core.Tests;

/// <summary>
/// The group practice's rollout emails after rollout read 6 (docs/review-reports/rollout-read-6.md): what is due
/// when, each window said truly, and nothing repeated that has not changed.
/// </summary>
public sealed class ReviewRoundFourteenRolloutTests
{
    [Fact]
    public void WeekTwoBriefs_AskWhatIsDueThen_TheTenBusinessDayApplications_NotWhichInsurersConfirmed()
    {
        var (plan, _, notices) = TwoGoodCheckIns();
        var week2 = notices.Where(n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == 2).ToList();
        var owner = NoticeWriter.Write(Assert.Single(week2, n => !n.ToDelegate), plan, Links, []).Text;
        var hire = NoticeWriter.Write(Assert.Single(week2, n => n.ToDelegate), plan, Links, []).Text;

        // Nobody is registered as the billing specialist who holds it: the owner's part, and whether they started.
        Assert.Contains("Credentialing: its SOP has every insurer's application sent within ten business days of Jo Park accepting, so they are due about now if not already. "
            + "Nobody is registered as your billing specialist yet, so the applications are yours for now: check which you have sent and which are still to send, "
            + "and that Jo Park has attested their CAQH profile.", owner, StringComparison.Ordinal);
        Assert.Contains("Credentialing: its SOP has every insurer's application sent within ten business days of your accepting. "
            + "Bring whether you have attested your CAQH profile and signed each application sent to you", hire, StringComparison.Ordinal);
        Assert.DoesNotContain("which insurers have confirmed", owner + hire, StringComparison.Ordinal);
    }

    [Fact]
    public void WeekTwoBrief_WithTheBillingSpecialistRegistered_AsksThemWhatIsSent_AndTheOwnerSigns()
    {
        var (plan, s) = GroupPractice();
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.BillingSpecialist, "Sam Lee", "sam@example.com")), ReviewIntakes.ReceivedAt).State;
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Jo), ReviewIntakes.ReceivedAt).State;
        var (_, notices) = EveryCheckInGood(s, n => n.Kind == NoticeKind.CheckInReminder && n.Role == Jo.Role && n.Meeting == 2 && !n.ToDelegate);
        var owner = NoticeWriter.Write(notices.Last(n => n.Kind == NoticeKind.CheckInReminder && n.Role == Jo.Role && n.Meeting == 2 && !n.ToDelegate), plan, Links, []).Text;

        Assert.Contains("Ask your billing specialist which are sent and which are still to send, and sign what they have sent you (they never sign for you or Jo Park).", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("the applications are yours", owner, StringComparison.Ordinal);
    }

    [Fact]
    public void Pause_DatesEachMissedCheckInsOwnClose_AndOnAScaledClockTheLateLinkExpiresWhenTheEmailSays()
    {
        var (plan, s) = GroupPractice(RolloutSettings.Default with { TimeScale = 20000 });
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Jo), ReviewIntakes.ReceivedAt).State;
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.PausedForMisses);
        var paused = Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && !n.ToDelegate);
        var followUp = Assert.Single(notices, n => n.Kind == NoticeKind.FollowUp);

        // The token's real expiry is the plan-time date the email names, not 14 real days (years of plan time at this scale).
        Assert.Equal(s.Clock.RealTime(paused.RecordBy!.Value), paused.LinkExpiresAt);
        Assert.Equal(s.Clock.RealTime(followUp.CheckInAt!.Value + RolloutSettings.Default.LinkExpiry), followUp.LinkExpiresAt);

        var text = NoticeWriter.Write(paused, plan, Links, []).Text;
        var follow = NoticeWriter.Write(followUp, plan, Links, []).Text;
        string Full(DateTimeOffset d) => Delegation.Core.Locale.DateWords.FullAt(d, "America/New_York", "US");
        string Brief(DateTimeOffset d) => Delegation.Core.Locale.DateWords.BriefOn(d, "America/New_York", "US");
        // Each miss its own close: the first closed with the next meeting's reminder, a day before it; the last is open 14 days.
        Assert.Contains($"The one on {Full(paused.MissedAt![0])} can no longer be recorded: its link closed on {Brief(paused.MissedAt[1].AddDays(-1))}, "
            + "when the reminder for the next check-in went out", text, StringComparison.Ordinal);
        Assert.Contains($"it works until {Brief(paused.MissedAt[1].AddDays(14))}, 14 days after that meeting", text, StringComparison.Ordinal);
        Assert.Contains($"The link below works until {Brief(paused.MissedAt[1].AddDays(-1))}, when the reminder for the next check-in ({Brief(paused.MissedAt[1])}) goes out.", follow, StringComparison.Ordinal);
    }
}
