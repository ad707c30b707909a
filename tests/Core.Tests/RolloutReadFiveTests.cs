using Delegation.Core.Email;
using Delegation.Core.Planning;
using Delegation.Core.Rollout;
using static Delegation.Core.Tests.ReviewRoundNineRolloutTests;

namespace Delegation.Core.Tests;

/// <summary>
/// The group practice's rollout as rollout read 5 got it (collect_rollout.py: startWith 1, only the billing specialist
/// registered): the one-off tech job and the associate no longer hold the next phase, briefs do not ask for figures of
/// credentialing nobody can start, a count back at 0 says why, and the owner's kickoff email asks for the training too.
/// </summary>
public sealed class RolloutReadFiveTests
{
    static readonly DelegateInfo Sam = new(SupportRole.BillingSpecialist, "Sam Lee", "sam@example.com");

    static (Delegation.Core.Plans.Plan Plan, RolloutState State, IReadOnlyList<RolloutNotice> Hired) BillingOnly()
    {
        var (plan, s) = GroupPractice();
        var (after, hired) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Sam), ReviewIntakes.ReceivedAt);
        return (plan, after, hired);
    }

    [Fact]
    public void NextPhase_DoesNotWaitForTheOneOffTechJobNorTheAssociate_OnlyForWeeklyWorkStillWithTheOwner()
    {
        var (plan, s) = GroupPractice();
        // Read 5's plan had the website move in phase 1; since round 12 it counts toward the tasks asked for and waits for
        // phase 2, so the rule is tried on that shape directly: the one-off tech role starts in phase 1, nobody registered.
        var first = s.Track(SupportRole.BillingSpecialist)!.NextHireReminderAt;
        s = s with { Roles = [.. s.Roles.Select(r => r.Role == SupportRole.TechProfessional ? r with { FromPhase = 1, Phases = [1], NextHireReminderAt = first } : r)] };
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Sam), ReviewIntakes.ReceivedAt).State;
        var tech = s.Track(SupportRole.TechProfessional)!;
        Assert.Equal(Cadence.UntilHandOver, tech.Cadence);
        Assert.Null(tech.Delegate);

        // Its last hire reminder says the rest goes on, not that the plan "waits quietly" (read 5 got that three times).
        var (_, reminders) = Samples.TickUntil(s, n => n.MessageKey == "hire-TechProfessional-2");
        var last = NoticeWriter.Write(Assert.Single(reminders, n => n.MessageKey == "hire-TechProfessional-2"), plan, Links, []).Text;
        Assert.Contains("This is the last reminder about this role: nothing more is sent about it until you register someone, and it does not hold back the other roles' work.", last, StringComparison.Ordinal);

        var (after, notices) = EveryCheckInGood(s, n => n.Kind is NoticeKind.PhaseStarted or NoticeKind.PhaseWaitsForHires);

        Assert.DoesNotContain(notices, n => n.Kind == NoticeKind.PhaseWaitsForHires);
        Assert.Contains(notices, n => n.Kind == NoticeKind.PhaseStarted && !n.ToDelegate);
        Assert.Equal(2, after.CurrentPhase);
    }

    [Fact]
    public void BillingBriefs_ListCredentialingAsNotStarted_WhileNoAssociateIsRegistered_WithoutItsKpis()
    {
        var (plan, s, _) = BillingOnly();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder && n.ToDelegate);
        var credentialing = plan.Tasks.Single(t => t.TaskId == AssociateCredentialing.TaskId);
        foreach (var brief in notices.Where(n => n.Kind == NoticeKind.CheckInReminder))
        {
            Assert.True(brief.AssociatePending);
            var text = NoticeWriter.Write(brief, plan, Links, []).Text;
            Assert.Contains($"{credentialing.Name}: starts once the new associate accepts the offer; nothing to review until then", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OwnersKickoffEmail_AsksForTheTrainingTheHiresWelcomeAsksFor()
    {
        var (plan, _, hired) = BillingOnly();
        var owner = NoticeWriter.Write(Assert.Single(hired, n => !n.ToDelegate), plan, Links, []).Text;
        var welcome = NoticeWriter.Write(Assert.Single(hired, n => n.ToDelegate), plan, Links, []).Text;

        Assert.Contains("and have Sam Lee complete HIPAA privacy and security training (their welcome email asks for both). Nothing touches client information before then.", owner, StringComparison.Ordinal);
        Assert.Contains("HIPAA privacy and security training", welcome, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefAfterAMissedCheckIn_SaysWhyTheCountIsBackAtZero_AndThatOneMoreMissPauses()
    {
        var (plan, s, _) = BillingOnly();
        // The kickoff goes well; the next check-in passes unrecorded (its follow-up goes out); then the next brief.
        (s, _) = EveryCheckInGood(s, n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == 2 && !n.ToDelegate);
        (s, var missed) = Samples.TickUntil(s, n => n.Kind == NoticeKind.FollowUp);
        Assert.Contains(missed, n => n.Kind == NoticeKind.FollowUp);
        (_, var next) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate);
        var brief = Assert.Single(next, n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate);
        var text = NoticeWriter.Write(brief, plan, Links, []).Text;

        Assert.Contains("0 of 2 so far. The count started again when the check-in on ", text, StringComparison.Ordinal);
        Assert.Contains(" went unrecorded; one more in a row without an outcome pauses the rollout.", text, StringComparison.Ordinal);
    }
}
