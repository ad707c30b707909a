using System.Globalization;
using Delegation.Core.Email;
using Delegation.Core.Email.Notices;
using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>
/// The rollout's emails after the hire: the check-in reminder as a meeting brief, the pause told truly, the next
/// phase with its money and date. Driven through the real rollout machine and the stored plan's own figures.
/// </summary>
public sealed class RolloutBriefTests
{
    static readonly NoticeLinks Links = new("https://app.example/checkins/tok", "https://app.example/plans/p/manage?token=o", new Uri("https://app.example/"));

    // Three VA tasks, one a phase: phase 1 holds the first, the rest wait for good check-ins.
    static (Plan Plan, RolloutState State) Hired(RolloutSettings? settings = null)
    {
        var intake = Samples.IntakeOf(
        [
            Samples.Task(name: "Scheduling", hours: 3m, stress: 5, repetitive: true, clientInfo: true),
            Samples.Task(name: "Inbox", hours: 3m, stress: 4, repetitive: true),
            Samples.Task(name: "Supply orders", hours: 2m, stress: 3, repetitive: true),
        ], startWith: 1, budget: 3000m);
        var (plan, _) = Samples.ComposePlan(intake);
        var s = RolloutMachine.Start(plan, DayOfWeek.Monday, settings ?? RolloutSettings.Default, Samples.Now);
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com")), Samples.Now).State;
        return (plan, s);
    }

    [Fact]
    public void Reminder_Owner_IsABrief_ZoneLengthPhaseTasksKpisProgressAndTheRecordLink()
    {
        var (plan, s) = Hired();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder);
        var owner = Assert.Single(notices, n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate);

        // The workflow stores each SOP's KPIs on the check-in; the sample plan has none, so two are set here.
        var byName = plan.Tasks.ToDictionary(t => t.Name, t => t.TaskId);
        plan = plan with
        {
            CheckIns = [plan.CheckIns.Single() with
            {
                Review = [new KpiReview(byName["Scheduling"], "Scheduling", ["Requests booked within a working day (%)"]),
                    new KpiReview(byName["Inbox"], "Inbox", ["Inbox zero by Friday"])],
            }],
        };

        var message = NoticeWriter.Write(owner, plan, Links, []);

        Assert.Contains("(America/Chicago) for 60 minutes, by phone or video (if you have not settled which, agree it by email before the day)", message.Text, StringComparison.Ordinal);
        Assert.StartsWith("Kickoff with Jo Park on ", message.Subject, StringComparison.Ordinal);
        Assert.Contains(CheckIn.KickoffAgenda, message.Text, StringComparison.Ordinal);
        var phase1 = plan.Tasks.Where(t => t.Phase == 1).Select(t => t.Name).ToList();
        var later = plan.Tasks.Where(t => t.Phase > 1).Select(t => t.Name).ToList();
        Assert.NotEmpty(later);
        Assert.All(phase1, name => Assert.Contains("- " + name, message.Text, StringComparison.Ordinal));
        Assert.All(later, name => Assert.DoesNotContain("- " + name, message.Text, StringComparison.Ordinal));
        Assert.Contains("- Scheduling: Requests booked within a working day (%)", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Inbox zero by Friday", message.Text, StringComparison.Ordinal);
        Assert.Contains("Phase 2 starts once 2 check-ins in a row go well and you say you are ready for more: 0 of 2 so far.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Record how it went: https://app.example/checkins/tok", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_Delegate_CarriesNoOutcomeLink_ButLinksTheirSops()
    {
        var (plan, s) = Hired();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder);
        var hire = Assert.Single(notices, n => n.Kind == NoticeKind.CheckInReminder && n.ToDelegate);

        var first = plan.Tasks.Single(t => t.Phase == 1);
        var message = NoticeWriter.Write(hire, plan, Links with { Sops = new Dictionary<string, string> { [first.TaskId] = "https://app.example/sops/sealed" } }, []);

        Assert.Equal("jo@example.com", message.To.Email);
        Assert.DoesNotContain("checkins/", message.Text + message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("manage?token", message.Text + message.Html, StringComparison.Ordinal);
        Assert.Contains("(SOP: https://app.example/sops/sealed)", message.Text, StringComparison.Ordinal);
        // In the HTML part the SOP is a link to click (rollout read 5), and the text part stays plain.
        Assert.Contains("(<a href=\"https://app.example/sops/sealed\">SOP</a>)", message.Html, StringComparison.Ordinal);
        Assert.Contains(NoticeContent.SopsLinked, message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.PlanId, message.Text + message.Html, StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz and you meet on", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pause_Owner_NamesBothMissedDates_OffersRecordLateAndResume_AndSaysNobodyReviews()
    {
        var (plan, s) = Hired();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.PausedForMisses);
        var reminders = notices.Where(n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate).ToList();
        var pause = Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && !n.ToDelegate);

        var message = NoticeWriter.Write(pause, plan, Links, []);

        var dates = reminders.TakeLast(2).Select(r => DateWords.FullAt(r.CheckInAt!.Value, plan.Practice.TimeZone, "US")).ToList();
        Assert.Contains($"The check-ins with Jo Park on {dates[0]} and {dates[1]} have no recorded outcome", message.Text, StringComparison.Ordinal);
        Assert.Contains("and phase 2's tasks wait until you resume", message.Text, StringComparison.Ordinal);
        Assert.Contains("some of it touches client information", message.Text, StringComparison.Ordinal);
        Assert.Contains($"If you did meet on {dates[1]}, record it late", message.Text, StringComparison.Ordinal);
        Assert.Contains("Record it late: https://app.example/checkins/tok", message.Text, StringComparison.Ordinal);
        Assert.Contains("Resume the rollout: https://app.example/plans/p/manage?token=o", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUp_NamesTheWaitingPhase_OnlyWhenThereIsOne()
    {
        var (plan, s) = Hired();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.FollowUp);
        var phased = NoticeWriter.Write(Assert.Single(notices, n => n.Kind == NoticeKind.FollowUp), plan, Links, []);
        Assert.Contains("Until you record it, it counts as missed, and the count of good check-ins toward phase 2 starts again. "
            + "One more check-in in a row without an outcome pauses the rollout: no more check-in reminders until you resume it. "
            + "The link below works until ", phased.Text, StringComparison.Ordinal);
        // The day named is the next meeting's, in the practice's zone (rollout read 6: "names no date").
        var followUp = Assert.Single(notices, n => n.Kind == NoticeKind.FollowUp);
        Assert.NotNull(followUp.FollowingAt);
        // Round 14: the day the link closes is the day that reminder goes out, a reminder's lead before the meeting.
        string Brief(DateTimeOffset d) => Delegation.Core.Locale.DateWords.BriefOn(d, plan.Practice.TimeZone, plan.Practice.Country);
        Assert.Contains($"works until {Brief(followUp.FollowingAt!.Value - RolloutSettings.Default.ReminderLead)}, when the reminder for the next check-in ({Brief(followUp.FollowingAt!.Value)}) goes out.", phased.Text, StringComparison.Ordinal);

        var (single, _) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 5m, stress: 5, repetitive: true, clientInfo: true)]));
        var one = RolloutMachine.Start(single, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now);
        one = RolloutMachine.Apply(one, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com")), Samples.Now).State;
        var (_, more) = Samples.TickUntil(one, n => n.Kind == NoticeKind.FollowUp);
        var onePhase = NoticeWriter.Write(Assert.Single(more, n => n.Kind == NoticeKind.FollowUp), single, Links, []);
        Assert.Contains("Until you record it, it counts as missed. One more check-in in a row without an outcome pauses the rollout: no more check-in reminders until you resume it.", onePhase.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("phase", onePhase.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pause_Delegate_IsToldPlainly_WithNoLinks()
    {
        var (plan, s) = Hired();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.PausedForMisses);
        var hire = Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && n.ToDelegate);

        var message = NoticeWriter.Write(hire, plan, Links, []);

        Assert.Equal("jo@example.com", message.To.Email);
        Assert.Contains("The plan for Calm Harbor Counseling pauses on its own when two check-ins in a row have no recorded outcome", message.Text, StringComparison.Ordinal);
        Assert.Contains("and phase 2's tasks for you wait", message.Text, StringComparison.Ordinal);
        Assert.Contains("Keep doing the tasks you already have", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PhaseStart_Owner_SaysWhatItAddsAgainstTheBudget_FromWhen_AndHowToHold()
    {
        // One good check-in per phase, so the kickoff's outcome starts phase 2.
        var (plan, s) = Hired(RolloutSettings.Default with { CheckInsPerPhase = 1 });
        var at = Samples.Now.AddDays(29);
        (s, _) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder);
        var (_, started) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: s.Roles.Single().Open!.Id,
            Outcome: new CheckInOutcome(true, 2, true, null)), at);
        var owner = Assert.Single(started, n => n.Kind == NoticeKind.PhaseStarted && !n.ToDelegate);
        var hire = Assert.Single(started, n => n.Kind == NoticeKind.PhaseStarted && n.ToDelegate);

        var message = NoticeWriter.Write(owner, plan, Links, []);
        var toHire = NoticeWriter.Write(hire, plan, Links, []);

        var va = plan.Roles.Single(r => r.Role == SupportRole.VirtualAssistant);
        var phase2 = plan.Tasks.Where(t => t.Phase == 2).ToList();
        var before = va.MonthlyCost(plan.Tasks.Where(t => t.Phase == 1).Sum(t => t.HoursPerWeek));
        var after = va.MonthlyCost(plan.Tasks.Where(t => t.Phase <= 2).Sum(t => t.HoursPerWeek));
        Assert.Contains("phase 2 starts on March 31, 2026", message.Text, StringComparison.Ordinal);
        Assert.Contains($"{phase2.Sum(t => t.HoursPerWeek).ToString("0.##", CultureInfo.InvariantCulture)} h a week", message.Text, StringComparison.Ordinal);
        Assert.Contains(after > before
            ? $"the plan costs {Money.Format(after, "USD")} a month of your $3,000.00 budget, up from {Money.Format(before, "USD")}"
            : $"the plan still costs {Money.Format(after, "USD")} a month", message.Text, StringComparison.Ordinal);
        Assert.Contains("Pause or manage the rollout: https://app.example/plans/p/manage?token=o", message.Text, StringComparison.Ordinal);
        Assert.Contains("Phase 2 of Calm Harbor Counseling's plan", toHire.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("your delegation plan", toHire.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", toHire.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PhaseMoney_ThroughTheLastPhase_IsThePlansMonthlyCost()
    {
        foreach (var tasks in new[] { Samples.MixedTasks() })
        {
            var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(tasks, startWith: 1, budget: 5000m));
            var last = plan.Tasks.Max(t => t.Phase) ?? 0;
            // The phase email's figure, once every phase is in, is the plan's own monthly cost; before phase 1 it is nothing.
            Assert.Equal(plan.Totals.MonthlyCost, PhaseNotice.MonthlyThrough(plan, last));
            Assert.Equal(0m, PhaseNotice.MonthlyThrough(plan, 0));
        }
    }
}

/// <summary>The reminders to register a hire: each says something new, and only what is true for the role.</summary>
public sealed class HireReminderTests
{
    static readonly NoticeLinks Links = new(null, "https://app.example/plans/p/manage?token=o", new Uri("https://app.example/"));

    static (Plan Plan, List<RolloutNotice> Reminders) Reminded(params PracticeTask[] tasks)
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf(tasks, startWith: 2, budget: 3000m));
        var s = RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now);
        var all = new List<RolloutNotice>();
        for (var i = 0; i < 10 && RolloutMachine.NextDue(s) is { } due; i++)
        {
            (s, var notices) = RolloutMachine.Tick(s, due);
            all.AddRange(notices);
        }

        return (plan, all.Where(n => n.Kind == NoticeKind.HireReminder).ToList());
    }

    [Fact]
    public void SecondReminder_SaysWhatIsStillWaiting_AndThatItIsTheLast_UnlikeTheFirst()
    {
        var (plan, reminders) = Reminded(
            Samples.Task(name: "Scheduling", hours: 3m, stress: 5, repetitive: true, clientInfo: true),
            Samples.Task(name: "Inbox", hours: 3m, stress: 4, repetitive: true));
        Assert.Equal(2, reminders.Count);

        var first = NoticeWriter.Write(reminders[0], plan, Links, []);
        var second = NoticeWriter.Write(reminders[1], plan, Links, []);

        Assert.Contains("Your plan hands “Scheduling” and “Inbox” to a virtual assistant first, about 6 h a week.", first.Text, StringComparison.Ordinal);
        Assert.Contains("a Business Associate Agreement (BAA) under HIPAA must be signed", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("last reminder", first.Text, StringComparison.Ordinal);
        Assert.Equal("Still looking for your virtual assistant?", second.Subject);
        Assert.Contains("“Scheduling” and “Inbox” are still with you", second.Text, StringComparison.Ordinal);
        Assert.Contains("offer “Scheduling” alone for a trial month", second.Text, StringComparison.Ordinal);
        Assert.Contains("This is the last reminder", second.Text, StringComparison.Ordinal);
        Assert.Contains("Register who you hired: https://app.example/plans/p/manage?token=o", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_ForARoleWithoutClientInformation_AsksForNoAgreement_AndNoTherapyOnlyClaim()
    {
        var (plan, reminders) = Reminded(Samples.Task(name: "Instagram posts", category: TaskCategory.Marketing, hours: 3m, stress: 5, repetitive: true));
        var first = NoticeWriter.Write(Assert.Single(reminders, r => r.Attempt == 1), plan, Links, []);

        Assert.DoesNotContain("BAA", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("work only with therapy practices", first.Text, StringComparison.Ordinal);
        Assert.Contains("“Instagram posts”", first.Text, StringComparison.Ordinal);
    }
}

/// <summary>Moving an upcoming check-in: only before it meets, only to a time before the following one, and as a calendar update of that one event.</summary>
public sealed class RescheduleTests
{
    static (Plan Plan, RolloutState State, RolloutNotice Reminder) AtFirstReminder()
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 5m, stress: 5, repetitive: true, clientInfo: true)]));
        var s = RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now);
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com")), Samples.Now).State;
        (s, var notices) = RolloutMachine.Tick(s, RolloutMachine.NextDue(s)!.Value);
        return (plan, s, Assert.Single(notices, n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate));
    }

    static PlanEvent Move(string id, DateTimeOffset at) => new(PlanEventKind.Reschedule, CheckInId: id, At: at);

    [Fact]
    public void Move_BeforeTheMeeting_SetsTheNewTime_TellsBoth_AndTheSeriesGoesOnFromItsSlot()
    {
        var (_, s, reminder) = AtFirstReminder();
        var slot = reminder.CheckInAt!.Value;
        var now = slot.AddHours(-20);
        var later = slot.AddDays(2);

        var (moved, notices) = RolloutMachine.Apply(s, Move(reminder.CheckInId!, later), now);

        var track = moved.Roles.Single();
        Assert.Equal(later, track.NextCheckInAt);
        Assert.Equal(later, track.Open!.At);
        Assert.Equal(["moved-VirtualAssistant-1-1", "moved-VirtualAssistant-1-1-delegate"], notices.Select(n => n.MessageKey));
        Assert.All(notices, n => Assert.Equal(slot, n.MovedFrom));

        // The meeting passes at its new time; the next one is the series' own second meeting, a week after the slot.
        (moved, _) = RolloutMachine.Tick(moved, later);
        Assert.Equal(slot.AddDays(7), moved.Roles.Single().NextCheckInAt);
    }

    [Fact]
    public void Move_PastTheFollowingMeeting_OrIntoThePast_OrAfterItMet_ChangesNothing()
    {
        var (_, s, reminder) = AtFirstReminder();
        var slot = reminder.CheckInAt!.Value;

        Assert.Empty(RolloutMachine.Apply(s, Move(reminder.CheckInId!, slot.AddDays(7)), slot.AddHours(-20)).Notices);
        Assert.Empty(RolloutMachine.Apply(s, Move(reminder.CheckInId!, slot.AddHours(-21)), slot.AddHours(-20)).Notices);
        var (met, _) = RolloutMachine.Tick(s, slot);
        var (after, none) = RolloutMachine.Apply(met, Move(reminder.CheckInId!, slot.AddDays(1)), slot.AddHours(1));
        Assert.Empty(none);
        Assert.Equal(met.Roles.Single().NextCheckInAt, after.Roles.Single().NextCheckInAt);
    }

    [Fact]
    public void Notices_SayFromAndTo_AndTheCalendarUpdateKeepsTheEventsUid()
    {
        var (plan, s, reminder) = AtFirstReminder();
        var slot = reminder.CheckInAt!.Value;
        var (_, notices) = RolloutMachine.Apply(s, Move(reminder.CheckInId!, slot.AddDays(1)), slot.AddHours(-20));
        var owner = NoticeWriter.Write(notices[0], plan, NoticeLinks.None, []);
        var hire = NoticeWriter.Write(notices[1], plan, NoticeLinks.None, []);

        var from = DateWords.FullAt(slot, plan.Practice.TimeZone, "US");
        var to = DateWords.FullAt(slot.AddDays(1), plan.Practice.TimeZone, "US");
        Assert.Contains($"Your check-in with Jo Park moves from {from} to {to} (America/Chicago); Jo Park has been told.", owner.Text, StringComparison.Ordinal);
        Assert.Equal("jo@example.com", hire.To.Email);
        Assert.Contains($"Ana Ruiz moved your check-in from {from} to {to}", hire.Text, StringComparison.Ordinal);

        // Meeting 1 is the kickoff: its own event, moved with a higher SEQUENCE and no RECURRENCE-ID.
        var kickoff = Ical.Net.Calendar.Load(Calendar.MovedMeetingCalendar.Write(plan, "alias1", SupportRole.VirtualAssistant, 1, slot, slot.AddDays(1), 1))!.Events.Single();
        Assert.Equal("alias1-virtual-assistant-kickoff@delegation", kickoff.Uid);
        Assert.Equal(1, kickoff.Sequence);
        Assert.Null(kickoff.RecurrenceIdentifier);

        // Meeting 7 is an occurrence of the weekly series: the series' UID, with its slot as RECURRENCE-ID.
        var series = Ical.Net.Calendar.Load(Calendar.MovedMeetingCalendar.Write(plan, "alias1", SupportRole.VirtualAssistant, 7, slot.AddDays(42), slot.AddDays(43), 2))!.Events.Single();
        Assert.Equal(Calendar.CheckInCalendar.Uid("alias1", SupportRole.VirtualAssistant), series.Uid);
        Assert.Equal(2, series.Sequence);
        Assert.Equal(slot.AddDays(42).UtcDateTime, series.RecurrenceIdentifier!.StartTime.AsUtc);
    }
}

/// <summary>The emails when a hire is registered, to both, name the first phase's work and what comes before access.</summary>
public sealed class HireRegisteredWordsTests
{
    [Fact]
    public void OwnersKickoffEmail_ListsOnlyTheFirstPhase_AndTheWelcomeNamesTheAgreementAndTrainingFirst()
    {
        var intake = Samples.IntakeOf(
        [
            Samples.Task(name: "Scheduling", hours: 3m, stress: 5, repetitive: true, clientInfo: true),
            Samples.Task(name: "Inbox", hours: 3m, stress: 4, repetitive: true),
        ], startWith: 1, budget: 3000m);
        var (plan, _) = Samples.ComposePlan(intake);
        var (_, notices) = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com")), Samples.Now);

        var owner = NoticeWriter.Write(Assert.Single(notices, n => !n.ToDelegate), plan, NoticeLinks.None, []);
        var welcome = NoticeWriter.Write(Assert.Single(notices, n => n.ToDelegate), plan, NoticeLinks.None, []);

        Assert.Contains("- Scheduling", owner.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- Inbox", owner.Text, StringComparison.Ordinal);
        Assert.Contains("then a check-in every week.", owner.Text, StringComparison.Ordinal);
        // The welcome already carries the SOPs: the owner is not told to send them again.
        Assert.Contains("Jo Park has the SOP for the task below, attached to their welcome email.", owner.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("send Jo Park the SOPs", owner.Text, StringComparison.Ordinal);
        Assert.Contains("before you get access to it, you sign a Business Associate Agreement (BAA) under HIPAA and complete HIPAA privacy and security training", welcome.Text, StringComparison.Ordinal);
        // The footer says it once; the body no longer repeats it.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(welcome.Text, "client information; please keep it that way"));
        Assert.DoesNotContain("Never put client information in an email", welcome.Text, StringComparison.Ordinal);
    }
}
