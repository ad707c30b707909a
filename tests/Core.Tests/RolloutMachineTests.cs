using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>The staged rollout's rules, without an engine: every orchestration generation runs exactly these.</summary>
public sealed class RolloutMachineTests
{
    static readonly RolloutSettings Settings = RolloutSettings.Default;
    static readonly DateTimeOffset Start = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    static RolloutState NewRollout()
    {
        var intake = Samples.Intake(
            new TaskForm("Scheduling appointments", "admin", 1.5m, 5, 2, true, true, null),
            new TaskForm("Inbox", "admin", 1.5m, 4, 2, true, false, null),
            new TaskForm("Intake forms", "onboarding", 1m, 4, 3, true, true, null));
        var withOne = intake with { Preferences = intake.Preferences with { StartWith = 1 } };
        var (plan, _) = Samples.ComposePlan(withOne);
        return RolloutMachine.Start(plan, DayOfWeek.Monday, Settings, Start);
    }

    static (RolloutState State, List<RolloutNotice> Notices) RunUntil(RolloutState s, DateTimeOffset until)
    {
        var all = new List<RolloutNotice>();
        while (RolloutMachine.NextDue(s) is { } due && due <= until)
        {
            var (next, notices) = RolloutMachine.Tick(s, due);
            all.AddRange(notices);
            s = next;
        }

        return (s, all);
    }

    static RolloutState Hire(RolloutState s, DateTimeOffset at) =>
        RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo", "jo@example.com")), at).State;

    [Fact]
    public void Start_UnfilledRole_RemindsToHireTwiceThenWaitsQuietly()
    {
        var s = NewRollout();

        var (after, notices) = RunUntil(s, Start.AddDays(60));

        Assert.Equal(["hire-VirtualAssistant-1", "hire-VirtualAssistant-2"], notices.Select(n => n.MessageKey));
        Assert.Null(RolloutMachine.NextDue(after));
        Assert.Equal(PlanStatus.Active, after.Status);
    }

    [Fact]
    public void Register_SchedulesCheckInsOnTheCheckInDayAtTenLocal_WithRemindersADayBefore()
    {
        var s = Hire(NewRollout(), Start);

        var (_, notices) = RunUntil(s, Start.AddDays(8));

        var reminder = Assert.Single(notices, n => n.MessageKey == "remind-VirtualAssistant-1-owner");
        var local = TimeZoneInfo.ConvertTime(reminder.CheckInAt!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));
        Assert.Equal(DayOfWeek.Monday, local.DayOfWeek);
        Assert.Equal(Preferences.DefaultCheckInTime, TimeOnly.FromDateTime(local.DateTime));
        Assert.Contains(notices, n => n.MessageKey == "remind-VirtualAssistant-1-delegate" && n.ToDelegate);
    }

    [Fact]
    public void Reminders_FollowThePlansSeries_KickoffFirstWeeksAndTheMemorialDayMove()
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true)]));
        var s = Hire(RolloutMachine.Start(plan, DayOfWeek.Monday, Settings, Samples.Now), Samples.Now);
        var meetings = new List<DateTimeOffset>();

        // Record every check-in as held, so the rollout never pauses for misses.
        while (RolloutMachine.NextDue(s) is { } due && due <= new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero))
        {
            (s, var notices) = RolloutMachine.Tick(s, due);
            foreach (var reminder in notices.Where(n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate))
            {
                meetings.Add(reminder.CheckInAt!.Value);
                s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: reminder.CheckInId, Outcome: new CheckInOutcome(true, 2, false, null)), reminder.CheckInAt.Value).State;
            }
        }

        var planned = Registered(plan, Samples.Now);
        Assert.Equal([planned.Kickoff!.At, .. planned.FirstWeeks!.Select(m => m.At), planned.CadenceFrom!.Value], meetings.Take(6));
        var chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var days = meetings.Select(m => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m, chicago).DateTime)).ToList();
        Assert.Contains(new DateOnly(2026, 5, 26), days);
        Assert.DoesNotContain(new DateOnly(2026, 5, 25), days);
        Assert.Equal(new DateOnly(2026, 6, 8), days[^1]);
    }

    [Fact]
    public void Register_InARolloutFromBeforeCheckInTimes_KeepsTenOClockAndTheCadence()
    {
        var fresh = NewRollout();
        var legacy = fresh with { CheckInTime = null, Country = null, Roles = fresh.Roles.Select(r => r with { KickoffDate = null, MeetingTime = null }).ToList() };

        var s = Hire(legacy, Start);

        // A day's reminder lead after Monday 2 November 15:00 UTC: the next Monday, 9 November, 10:00 CST.
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 16, 0, 0, TimeSpan.Zero), s.Track(SupportRole.VirtualAssistant)!.NextCheckInAt);
    }

    [Fact]
    public void TwoPositiveCheckIns_StartTheNextPhase_AndOffTrackHoldsIt()
    {
        var s = Hire(NewRollout(), Start);
        (s, _) = RunUntil(s, Start.AddDays(8));
        var ready = new CheckInOutcome(true, 2, true, null);

        (s, var first) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-1", Outcome: new CheckInOutcome(false, 4, false, null)), Start.AddDays(8));
        Assert.Equal("adjust-VirtualAssistant-1", Assert.Single(first).MessageKey);
        (s, _) = RunUntil(s, Start.AddDays(15));
        (s, _) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-2", Outcome: ready), Start.AddDays(15));
        (s, _) = RunUntil(s, Start.AddDays(22));
        (s, var third) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-3", Outcome: ready), Start.AddDays(22));

        Assert.Equal(2, s.CurrentPhase);
        Assert.Contains(third, n => n.MessageKey == "phase-2-owner");
        Assert.Contains(third, n => n.MessageKey == "phase-2-VirtualAssistant" && n.ToDelegate);
    }

    [Fact]
    public void CouldNotMeet_BeforeTheGraceEnds_IsNoMiss_NoFollowUp_AndKeepsTheRunOfGoodCheckIns()
    {
        var s = Hire(NewRollout(), Start);
        var ready = new CheckInOutcome(true, 2, true, null);
        (s, _) = RunUntil(s, Start.AddDays(8));
        (s, _) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-1", Outcome: ready), Start.AddDays(8));
        (s, _) = RunUntil(s, Start.AddDays(15));
        (s, var notMet) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-2", Outcome: CheckInOutcome.NotMet()), Start.AddDays(15));
        Assert.Empty(notMet);

        // A week later: no follow-up for the meeting that did not happen, and the next good one completes the run of two.
        (s, var week) = RunUntil(s, Start.AddDays(22));
        Assert.DoesNotContain(week, n => n.Kind is NoticeKind.FollowUp or NoticeKind.PausedForMisses);
        var record = Assert.Single(s.History, h => h.CheckInId == "VirtualAssistant-2");
        Assert.False(record.Missed);
        Assert.Null(record.OnTrack);
        Assert.Equal(1, s.Streak);
        (s, var third) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-3", Outcome: ready), Start.AddDays(22));
        Assert.Contains(third, n => n.MessageKey == "phase-2-owner");
        Assert.False(RolloutMachine.IsOpen(s, "VirtualAssistant-2"));
    }

    [Fact]
    public void TwoMissedCheckIns_FollowUpOnceThenPause_AndResumeReschedules()
    {
        var s = Hire(NewRollout(), Start);

        var (paused, notices) = RunUntil(s, Start.AddDays(30));

        Assert.Equal(["followup-VirtualAssistant-1", "paused-1", "paused-1-delegate"], notices.Where(n => n.Kind is NoticeKind.FollowUp or NoticeKind.PausedForMisses).Select(n => n.MessageKey));
        Assert.Equal(PlanStatus.Paused, paused.Status);
        Assert.Null(RolloutMachine.NextDue(paused));

        var resumed = RolloutMachine.Apply(paused, new PlanEvent(PlanEventKind.Resume), Start.AddDays(30)).State;
        Assert.Equal(PlanStatus.Active, resumed.Status);
        Assert.True(RolloutMachine.NextDue(resumed) > Start.AddDays(30));
    }

    [Fact]
    public void RecordedCheckIn_CannotBeRecordedAgain_AndCancelEndsEverything()
    {
        var s = Hire(NewRollout(), Start);
        (s, _) = RunUntil(s, Start.AddDays(8));
        var outcome = new CheckInOutcome(true, 2, true, null);

        (s, _) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-1", Outcome: outcome), Start.AddDays(8));
        Assert.False(RolloutMachine.IsOpen(s, "VirtualAssistant-1"));
        var again = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: "VirtualAssistant-1", Outcome: outcome), Start.AddDays(8)).State;
        Assert.Equal(s.Streak, again.Streak);

        var cancelled = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.Cancel), Start.AddDays(9)).State;
        Assert.True(cancelled.IsOver);
        Assert.Null(RolloutMachine.NextDue(cancelled));
    }

    [Fact]
    public void Snapshot_ShowsDelegatesByNameOnly()
    {
        var s = Hire(NewRollout(), Start);

        var json = System.Text.Json.JsonSerializer.Serialize(RolloutSnapshot.Of(s), PlanJson.Options);

        Assert.Contains("Jo", json, StringComparison.Ordinal);
        Assert.DoesNotContain("jo@example.com", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectOnlyRole_RemindersStopAfterTheHandOverWeeks()
    {
        var project = Samples.Task(name: "Move the website to a new host", category: Intake.TaskCategory.Tech, hours: 0, stress: 5) with { OneTimeHours = 8m };
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf([project], budget: 1000m));
        Assert.Equal(Cadence.UntilHandOver, plan.CheckIns.Single().Cadence);
        var s = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, Settings, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.TechProfessional, "Sam", "sam@example.com")), Samples.Now).State;
        var reminders = new List<DateTimeOffset>();

        while (RolloutMachine.NextDue(s) is { } due && due <= Samples.Now.AddDays(365))
        {
            (s, var notices) = RolloutMachine.Tick(s, due);
            foreach (var reminder in notices.Where(n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate))
            {
                reminders.Add(reminder.CheckInAt!.Value);
                s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.CheckInRecorded, CheckInId: reminder.CheckInId, Outcome: new CheckInOutcome(true, 2, false, null)), reminder.CheckInAt.Value).State;
            }
        }

        var planned = Registered(plan, Samples.Now);
        Assert.Equal([planned.Kickoff!.At, .. planned.FirstWeeks!.Select(m => m.At)], reminders);
    }

    // The plan's one series as registering its hire at `at` dates it.
    static CheckIn Registered(Plan plan, DateTimeOffset at) => CheckInScheduler.Dated(plan.CheckIns.Single(),
        MeetingCalendar.For(plan.Practice.TimeZone, Preferences.DefaultCheckInTime, plan.Practice.Country), DayOfWeek.Monday, at);

    [Fact]
    public void Register_LateHire_KickoffFollowsTheRegistration_AndTheRemindersFollowThatSeries()
    {
        // Registered two months after the plan, on Thursday 31 December 2026 (New Year's Day is Friday).
        var registered = Start.AddDays(59);
        var s = Hire(NewRollout(), registered);

        var track = s.Track(SupportRole.VirtualAssistant)!;
        var chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        // Two days on is Saturday 2 January: the first Monday after it, 4 January 2027, 08:30 local.
        Assert.Equal(new DateOnly(2027, 1, 4), track.KickoffDate);
        Assert.Equal(new DateTime(2027, 1, 4, 8, 30, 0), TimeZoneInfo.ConvertTime(track.NextCheckInAt!.Value, chicago).DateTime);
        Assert.True(track.NextCheckInAt >= registered + CheckInScheduler.HireLead);

        var (_, notices) = RunUntil(s, registered.AddDays(40));
        var reminded = notices.Where(n => n.Kind == NoticeKind.CheckInReminder && !n.ToDelegate).Select(n => n.CheckInAt!.Value).ToList();
        var kickoff = notices.Single(n => n.MessageKey == "remind-VirtualAssistant-1-owner");
        Assert.Equal(track.NextCheckInAt, kickoff.CheckInAt);
        Assert.All(reminded, at => Assert.True(at > registered));
    }

    [Fact]
    public void Register_KeepsTheFirstHiresDate_ForTheReportsSpend_AndPublishesIt()
    {
        var hiredAt = Start.AddDays(18);

        var first = Hire(NewRollout(), hiredAt);
        var replaced = RolloutMachine.Apply(first, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Kim", "kim@example.com")), hiredAt.AddDays(9)).State;

        Assert.Null(NewRollout().Track(SupportRole.VirtualAssistant)!.HiredAt);
        Assert.Equal(hiredAt, first.Track(SupportRole.VirtualAssistant)!.HiredAt);
        // A replacement in the role does not restart its cost: the role has been paid for since the first hire.
        Assert.Equal(hiredAt, replaced.Track(SupportRole.VirtualAssistant)!.HiredAt);
        Assert.Equal(hiredAt, RolloutSnapshot.Of(replaced).Roles.Single(r => r.Role == SupportRole.VirtualAssistant).HiredAt);
    }

    [Fact]
    public void Register_TellsTheOwnerTheKickoffOnce_UnderAKeyARetryReuses()
    {
        var s = NewRollout();
        var hire = new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo", "jo@example.com"), Id: "e1");

        var (first, notices) = RolloutMachine.Apply(s, hire, Start);
        var (_, replayed) = RolloutMachine.Apply(s, hire, Start);
        var (_, again) = RolloutMachine.Apply(first, hire, Start.AddHours(1));
        var (_, replaced) = RolloutMachine.Apply(first, hire with { Id = "e2", Delegate = new DelegateInfo(SupportRole.VirtualAssistant, "Kim", "kim@example.com") }, Start.AddDays(3));

        var notice = Assert.Single(notices, n => !n.ToDelegate);
        Assert.Equal(NoticeKind.HireRegistered, notice.Kind);
        Assert.Equal("hired-VirtualAssistant", notice.MessageKey);
        var welcome = Assert.Single(notices, n => n.ToDelegate);
        Assert.Equal(("hired-VirtualAssistant-delegate", notice.CheckInAt), (welcome.MessageKey, welcome.CheckInAt));
        Assert.Equal(first.Track(SupportRole.VirtualAssistant)!.NextCheckInAt, notice.CheckInAt);
        Assert.Equal(first.Track(SupportRole.VirtualAssistant)!.KickoffDate, notice.KickoffDate);
        Assert.Equal(notices, replayed);
        Assert.Empty(again);
        // A new person in the role keeps the series: no second kickoff email.
        Assert.Empty(replaced);
    }
}
