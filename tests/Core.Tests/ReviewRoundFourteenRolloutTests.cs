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
}
