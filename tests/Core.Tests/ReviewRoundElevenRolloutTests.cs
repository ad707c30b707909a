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
        // Round 12: the website move counts toward the one task asked for, so it is no longer in phase 1 and its hire is not awaited.
        Assert.Equal([SupportRole.BillingSpecialist], wait.Waiting);
        var message = NoticeWriter.Write(wait, plan, Links, []);
        Assert.Equal("Phase 2 waits for your billing specialist", message.Subject);
        Assert.Contains("you said you are ready for more, and 2 check-ins in a row have gone well. Phase 2 still waits: you have not registered your billing specialist yet, so the tasks below are still with you", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Insurance eligibility and benefits checks (billing specialist)", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- Move the website to a new host (tech professional)", message.Text, StringComparison.Ordinal);
        Assert.Contains("Do not let “Credential your new associate with each insurer you bill” wait for the hire", message.Text, StringComparison.Ordinal);
        Assert.Contains("Register who you hired: https://app.example/plans/p/manage?token=o", message.Text, StringComparison.Ordinal);

        // The owner's reminders say the count alone does not start it.
        // Round 14: said in the first reminder it is true in, not again until it changes.
        var first = NoticeWriter.Write(notices.First(n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate), plan, Links, []).Text;
        Assert.Contains("Phase 2 starts once 2 check-ins in a row go well and you say you are ready for more: 0 of 2 so far. "
            + "It also waits until you register your billing specialist, whose tasks are still with you.", first, StringComparison.Ordinal);
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

    [Fact]
    public void AssociateStart_OwnerChecksTheLicenceAndStartsCredentialingNow_AndTheAssociateBringsWhatThatNeeds()
    {
        var (plan, s) = GroupPractice();
        var (_, hired) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Jo), ReviewIntakes.ReceivedAt);
        var owner = NoticeWriter.Write(Assert.Single(hired, n => !n.ToDelegate), plan, Links, []).Text;
        var welcome = NoticeWriter.Write(Assert.Single(hired, n => n.ToDelegate), plan, Links, []).Text;

        Assert.Contains("Before the kickoff: have an employment or contractor agreement with confidentiality terms signed, check Jo Park's license on the state board's website "
            + "(and for a pre-licensed associate, the supervisor's), and have Jo Park complete your HIPAA privacy and security training as a member of your workforce.", owner, StringComparison.Ordinal);
        // The billing specialist credentials the associate in this plan, and nobody is registered as one: the owner starts it.
        Assert.Contains("Credentialing with each insurer you bill starts now, since each can take months: in this plan your billing specialist does it, and nobody is registered as one yet, "
            + "so start the applications yourself this week", owner, StringComparison.Ordinal);
        Assert.Contains("book them only self-pay clients and members of the insurers that have.", owner, StringComparison.Ordinal);
        Assert.Contains("Bring to the kickoff your license number, your NPI, your CAQH ID, and your malpractice insurance certificate: Daniel Okafor needs them to credential you "
            + "with each insurer the practice bills, which starts now.", welcome, StringComparison.Ordinal);
        Assert.Contains("complete the practice's HIPAA privacy and security training for its workforce", welcome, StringComparison.Ordinal);
    }

    [Fact]
    public void AssociateBriefs_AskWhereCredentialingStands_AndNeverTellThemOfPhasesThatBringThemNothing()
    {
        var (plan, _, notices) = TwoGoodCheckIns();
        var week2 = notices.Where(n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == 2).ToList();
        var owner = NoticeWriter.Write(Assert.Single(week2, n => !n.ToDelegate), plan, Links, []).Text;
        var hire = NoticeWriter.Write(Assert.Single(week2, n => n.ToDelegate), plan, Links, []).Text;

        // Round 14: week 2 asks what is due then (ReviewRoundFourteenRolloutTests); the rule on whom to book stays.
        Assert.Contains("until each has, book Jo Park only self-pay clients and members of the insurers that have.", owner, StringComparison.Ordinal);
        Assert.Contains("until each has, see only self-pay clients and members of the insurers that have.", hire, StringComparison.Ordinal);
        Assert.Contains("Where you are: week 2 with Daniel Okafor.", hire, StringComparison.Ordinal);
        Assert.DoesNotContain("phase", hire, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AssociatePause_KeepsConsultationAndSendsRiskToTheOwnerByPhoneTheSameDay()
    {
        var (plan, s, _) = TwoGoodCheckIns();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.PausedForMisses);
        var hire = NoticeWriter.Write(Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && n.ToDelegate), plan, Links, []).Text;

        Assert.DoesNotContain("waits for Daniel Okafor", hire, StringComparison.Ordinal);
        Assert.DoesNotContain("phase", hire, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Keep seeing your clients as planned. Clinical consultation goes on: keep meeting Daniel at the usual time", hire, StringComparison.Ordinal);
        Assert.Contains("A concern about a client's safety goes to Daniel by phone the same day, never only by email; in an emergency, call 911.", hire, StringComparison.Ordinal);
        // The owner's name once: who resumes the plan.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(hire, "Daniel Okafor"));
    }

    [Fact]
    public void HireReminders_NeverPutCredentialingOff_NorOfferATrialMonthForAOneOffOrAnAssociate_AndSayEachRoleInItsOwnWords()
    {
        var (plan, s) = GroupPractice();
        var (_, notices) = Samples.TickUntil(s, n => n.MessageKey == "hire-AssociateTherapist-2");
        string Text(string key) => NoticeWriter.Write(Assert.Single(notices, n => n.MessageKey == key), plan, Links, []).Text;

        Assert.Contains("Your plan hands “Overflow sessions from the waitlist” to an associate therapist first", Text("hire-AssociateTherapist-1"), StringComparison.Ordinal);
        Assert.Contains("many billing specialists work only with mental-health practices", Text("hire-BillingSpecialist-1"), StringComparison.Ordinal);
        Assert.DoesNotContain("virtual assistants", Text("hire-BillingSpecialist-1"), StringComparison.Ordinal);

        var billing = Text("hire-BillingSpecialist-2");
        Assert.DoesNotContain("trial month", billing, StringComparison.Ordinal);
        Assert.DoesNotContain("hand over the rest", billing, StringComparison.Ordinal);
        Assert.Contains("do not let “Credential your new associate with each insurer you bill” wait for it: start the applications yourself as soon as your associate has accepted", billing, StringComparison.Ordinal);
        Assert.Contains("This is the last reminder. Until you register someone, these tasks stay with you and the next phase waits for them.", billing, StringComparison.Ordinal);

        // The tech professional's one-off reminder is read where the project is in phase 1 (ReviewRoundTwelvePlanTests).
        var associate = Text("hire-AssociateTherapist-2");
        Assert.DoesNotContain("trial month", associate, StringComparison.Ordinal);
        Assert.Contains("Once someone accepts, credentialing them with each insurer you bill starts that day", associate, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnersPause_SaysWhichMissedCheckInCanStillBeRecorded_UntilWhenAndWhy_AndThatResumingKeepsTheCalendarsMeetings()
    {
        var (plan, s, _) = TwoGoodCheckIns();
        var (after, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.PausedForMisses);
        var paused = Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && !n.ToDelegate);
        var text = NoticeWriter.Write(paused, plan, Links, []).Text;
        string Full(DateTimeOffset d) => DateWords.FullAt(d, "America/New_York", "US");

        Assert.Contains($"If you did meet on {Full(paused.MissedAt![1])}, record it late with the “Record it late” link: it works until {DateWords.BriefOn(paused.RecordBy!.Value, "America/New_York", "US")}, 14 days after that meeting, and only before you resume.", text, StringComparison.Ordinal);
        // Round 14: the day it closed, the day the next reminder went out.
        Assert.Contains($"The one on {Full(paused.MissedAt[0])} can no longer be recorded: its link closed on "
            + $"{DateWords.BriefOn(paused.MissedAt[1] - RolloutSettings.Default.ReminderLead, "America/New_York", "US")}, when the reminder for the next check-in went out, and it stays counted as missed.", text, StringComparison.Ordinal);
        // What the email says is what the rollout does: only the last of the two can still be recorded.
        Assert.False(RolloutMachine.IsOpen(after, "AssociateTherapist-3"));
        Assert.True(RolloutMachine.IsOpen(after, "AssociateTherapist-4"));
        Assert.Contains("the reminders start again with the next of those check-ins that is at least a day away", text, StringComparison.Ordinal);
        Assert.DoesNotContain("next free date", text, StringComparison.Ordinal);
        // An associate's clients are still seen: the owner keeps the consultation, not "nobody is reviewing that work".
        Assert.Contains("Jo Park keeps seeing their clients, and the pause stops only the reminders: keep the weekly consultation at the usual time", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody is reviewing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstWeeksBriefs_EachCarryTheirOwnWeeksLine_AndSayTheRecordParagraphAndTheSopLinksOnce()
    {
        var (plan, s, notices) = TwoGoodCheckIns();
        (_, var more) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder && n.Meeting == 4 && n.ToDelegate);
        var reminders = notices.Concat(more).Where(n => n.Kind == NoticeKind.CheckInReminder).ToList();
        // The hire's copies carry their SOP links, as SendNotice gives them.
        var links = Links with { Sops = plan.Tasks.ToDictionary(t => t.TaskId, t => "https://app.example/sops/" + t.TaskId) };
        string Text(int meeting, bool hire) => NoticeWriter.Write(reminders.Single(n => n.Meeting == meeting && n.ToDelegate == hire), plan, links, []).Text;
        const string record = "Afterwards, take one minute to record how it went";
        const string sopLinks = "Each task's SOP is linked beside it.";
        const string before = "Before it, note where a step in an SOP did not match how the work really went.";

        Assert.Contains(record, Text(1, false), StringComparison.Ordinal);
        Assert.Contains(sopLinks, Text(1, true), StringComparison.Ordinal);
        Assert.Contains(before, Text(2, true), StringComparison.Ordinal);
        Assert.Contains("This week is the first look at a full week of the work", Text(2, false), StringComparison.Ordinal);
        Assert.Contains("This week, compare each KPI with last week's figure", Text(3, false), StringComparison.Ordinal);
        Assert.Contains("This week, look at the questions that came up more than once", Text(4, true), StringComparison.Ordinal);
        // Round 14: weeks after the applications, what moves is an insurer asking for more, or confirming.
        Assert.Contains("Credentialing: any application still to send, and any insurer that has asked for more or confirmed Jo Park since last week.", Text(3, false), StringComparison.Ordinal);
        Assert.Contains("Credentialing: bring anything an insurer has asked you for or sent you to sign since last week.", Text(3, true), StringComparison.Ordinal);
        foreach (var meeting in new[] { 2, 3, 4 })
        {
            Assert.DoesNotContain(record, Text(meeting, false), StringComparison.Ordinal);
            Assert.Contains("Afterwards, record how it went, or that you could not meet, with the link below.", Text(meeting, false), StringComparison.Ordinal);
            Assert.DoesNotContain(sopLinks, Text(meeting, true), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(before, Text(3, true), StringComparison.Ordinal);
        Assert.NotEqual(Text(3, true).Split("What this meeting is for")[1][..80], Text(4, true).Split("What this meeting is for")[1][..80]);
    }
}
