using Delegation.Core.Email;
using Delegation.Core.Planning;
using Delegation.Core.Reports;
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

    [Fact]
    public void WaitingPhaseEmail_SaysWhatTheNextPhaseHoldsAndCosts_FromThePlan_AndWhatStartsIt()
    {
        var (bare, _, notices) = TwoGoodCheckIns();
        var wait = Assert.Single(notices, n => n.Kind == NoticeKind.PhaseWaitsForHires);
        // The plan as sent carries its hiring kits' links (DelegationPlan writes them); the email points to one only if it is there.
        var plan = bare with { HiringKits = [new(SupportRole.VirtualAssistant, "Hiring kit: virtual assistant", "https://app.example/hiring/va", 1)] };
        var text = NoticeWriter.Write(wait, plan, Links, []).Text;
        Assert.Contains("You hire your virtual assistant when it starts.", NoticeWriter.Write(wait, bare, Links, []).Text, StringComparison.Ordinal);
        var phase2 = plan.Tasks.Where(t => t.Phase == 2).ToList();
        Assert.All(phase2, t => Assert.Equal(SupportRole.VirtualAssistant, t.Role));

        Assert.Contains($"Phase 2 hands over {Delegation.Core.Locale.Lists.And([.. phase2.Select(t => $"“{t.Name}”")])} to your virtual assistant "
            + $"({phase2.Sum(t => t.HoursPerWeek):0.##} h a week).", text, StringComparison.Ordinal);
        // The plan's own figures: phase 1 $585.00, through phase 2 $1,495.00 (rollout read 6's money check).
        Assert.Contains("Phase 1 costs $585.00 a month once your billing specialist is hired; phase 2 brings the plan to $1,495.00 a month of your $2,000.00 budget.", text, StringComparison.Ordinal);
        Assert.Contains("You hire your virtual assistant when it starts; the hiring kit is linked in your plan email.", text, StringComparison.Ordinal);
        Assert.Contains("What starts it: register your billing specialist from your manage page once you have chosen them; phase 2 then starts at the first check-in after that which goes well", text, StringComparison.Ordinal);
        Assert.DoesNotContain("would not be starting small", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnersAssociateKickoffEmail_SaysWhatToHaveReady_TheItemsTheAssociatesSopAsksTheTherapistFor()
    {
        var (plan, s) = GroupPractice();
        var (_, hired) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Jo), ReviewIntakes.ReceivedAt);
        var owner = NoticeWriter.Write(Assert.Single(hired, n => !n.ToDelegate), plan, Links, []).Text;
        var sop = ReviewPlanDocuments.Sop("group-associate", "Overflow sessions from the waitlist");

        // The SOP's kickoff list asks the therapist for these; the owner is now told to have them ready.
        Assert.Contains("risk and crisis procedure (what you do, whom you call and in what order, and the urgent number), and its note and treatment-plan templates", sop, StringComparison.Ordinal);
        Assert.Contains("Have ready for the kickoff what Jo Park's SOP asks you for: your written risk and crisis procedure (what to do, whom to call in what order, and your urgent number), "
            + "and your note and treatment-plan templates", owner, StringComparison.Ordinal);
        // Its caseload rule: the therapist assigns each referral, within the plan's session hours.
        Assert.Contains("Take only referrals the therapist assigns to you", sop, StringComparison.Ordinal);
        Assert.Contains("Agree the caseload rule too: you decide which new clients fit Jo Park, and only those are offered their openings, within the 8 h a week of sessions the plan gives them.", owner, StringComparison.Ordinal);
        Assert.Contains("If Jo Park is pre-licensed, keep a copy of the signed supervision agreement and their supervisor's details", owner, StringComparison.Ordinal);
        Assert.Contains("Jo Park has the SOP for the task below, attached to their welcome email.", owner, StringComparison.Ordinal);
        Assert.Contains("Have the self-pay clients on your waitlist ready to refer (in your EHR, never by email), so that Jo Park's first clients are self-pay.", owner, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatThePhaseWaitsFor_IsSaidInTheFirstReminder_ThenOnlyWhenItChanges()
    {
        var (plan, s, notices) = TwoGoodCheckIns();
        (s, var more) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == 3 && !n.ToDelegate);
        string Owner(int meeting) => NoticeWriter.Write(notices.Concat(more).Single(n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == meeting && !n.ToDelegate), plan, Links, []).Text;
        const string waits = "It also waits until you register your billing specialist";

        Assert.Contains(waits, Owner(1), StringComparison.Ordinal);
        Assert.DoesNotContain("register your billing specialist", Owner(2), StringComparison.Ordinal);
        Assert.Contains("1 of 2 so far.", Owner(2), StringComparison.Ordinal);
        // The count is met: what holds phase 2 now is only the hire, which is news.
        Assert.Contains("2 of 2 so far, so it now waits only until you register your billing specialist, whose tasks are still with you.", Owner(3), StringComparison.Ordinal);

        (_, var fourth) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == 4 && !n.ToDelegate);
        var text = NoticeWriter.Write(fourth.Single(n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == 4 && !n.ToDelegate), plan, Links, []).Text;
        Assert.DoesNotContain("register your billing specialist", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyReport_WithOnlyTheAssociateHired_SpendsNothingOfTheBudget_AndCountsNoneOfTheirSessionsAsHoursBack()
    {
        var (plan, s, _) = TwoGoodCheckIns();
        var month = ReportMonth.Parse("2026-12");
        var report = ReportCalculator.Build(plan with { CreatedAt = ReviewIntakes.ReceivedAt }, RolloutSnapshot.Of(s), month, month.End)!;
        var rows = ReportFigures.Rows(report).ToDictionary(r => r.Label, r => r.Value);
        var text = ReportWriter.Text(report, "Daniel Okafor", null);

        // The plan: the associate is paid from their own sessions ($2,426.67 a month is what the practice keeps), not from the $2,000.00.
        Assert.Equal(0m, report.Spend.Spend);
        Assert.Equal("nothing yet: nobody paid from it is registered (monthly budget $2,000.00)", rows["Spend"]);
        Assert.StartsWith("hired December", rows["Associate therapist"], StringComparison.Ordinal);
        Assert.EndsWith("paid from the fees of their own sessions, not from this budget", rows["Associate therapist"], StringComparison.Ordinal);
        Assert.DoesNotContain("$2,426.67", text, StringComparison.Ordinal);
        // The plan's time given back leaves the associate's sessions out, and so does the report.
        Assert.Equal(0m, report.Hours.Confirmed);
        Assert.Equal("none yet: work is handed over from the day you register your billing specialist (3 h a week then)", rows["Hours handed over"]);
        Assert.DoesNotContain("What those hours are worth", text, StringComparison.Ordinal);
        Assert.Contains("Your associate therapist is on board, and their check-ins are below; none of the work your budget pays for is handed over yet", text, StringComparison.Ordinal);
        // Read 8: "the person you hired" beside a hired associate read as if someone else were in; the role is named.
        Assert.Contains("it leaves your desk from the day you register your billing specialist", text, StringComparison.Ordinal);
        Assert.Equal("2 held (2 on track), 0 missed", rows["Check-ins"]);
    }
}
