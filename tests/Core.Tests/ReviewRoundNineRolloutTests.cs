using Delegation.Core.Email;
using Delegation.Core.Email.Notices;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>
/// The rollout emails of the months after the plan, as the round-9 readers got them from
/// tools/review/collect_rollout.py: the group practice's plan started one task at a time, its associate hired, two
/// good check-ins, then two unrecorded ones.
/// </summary>
public sealed class ReviewRoundNineRolloutTests
{
    internal static readonly NoticeLinks Links = new("https://app.example/checkins/tok", "https://app.example/plans/p/manage?token=o", new Uri("https://app.example/"));

    internal static readonly DelegateInfo Jo = new(SupportRole.AssociateTherapist, "Jo Park", "jo@example.com");

    // As the collect script does: startWith 1, so phase 2 follows the kickoff's good check-ins.
    internal static (Plan Plan, RolloutState State) GroupPractice(RolloutSettings? settings = null)
    {
        var intake = ReviewIntakes.Load("group-associate");
        var plan = Samples.ComposePlan(intake with { Preferences = intake.Preferences with { StartWith = 1 } }).Plan;
        var s = RolloutMachine.Start(plan, intake.Preferences.CheckInDay, settings ?? RolloutSettings.Default, ReviewIntakes.ReceivedAt, plan.CheckIns[0].Time);
        return (plan, s);
    }

    internal static PlanEvent Good(RolloutState s, SupportRole role) =>
        new(PlanEventKind.CheckInRecorded, CheckInId: s.Track(role)!.Open!.Id, Outcome: new CheckInOutcome(true, 2, true, null));

    // Registers the associate, and records the kickoff and the next check-in as good, each an hour after it met.
    internal static (Plan Plan, RolloutState State, List<RolloutNotice> Notices) TwoGoodCheckIns()
    {
        var (plan, s) = GroupPractice();
        var all = new List<RolloutNotice>();
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Jo), ReviewIntakes.ReceivedAt).State;
        for (var n = 1; n <= 2; n++)
        {
            (s, var reminded) = Samples.TickUntil(s, x => x.Kind == NoticeKind.CheckInReminder);
            all.AddRange(reminded);
            var met = s.Track(Jo.Role)!.Open!.At;
            (s, var passed) = RolloutMachine.Tick(s, met);
            all.AddRange(passed);
            (s, var recorded) = RolloutMachine.Apply(s, Good(s, Jo.Role), met.AddHours(1));
            all.AddRange(recorded);
        }

        return (plan, s, all);
    }

    /// <summary>
    /// Runs the rollout and records every check-in as good an hour after it meets, whoever it is with, until a notice
    /// matches <paramref name="stop"/>; returns every notice on the way.
    /// </summary>
    internal static (RolloutState State, List<RolloutNotice> Notices) EveryCheckInGood(RolloutState s, Func<RolloutNotice, bool> stop, int limit = 400)
    {
        var all = new List<RolloutNotice>();
        for (var i = 0; i < limit && RolloutMachine.NextDue(s) is { } due; i++)
        {
            var met = s.Roles.Where(r => r.Open is { Recorded: false } o && o.At.AddHours(1) <= due).ToList();
            foreach (var r in met)
            {
                (s, var recorded) = RolloutMachine.Apply(s, Good(s, r.Role), r.Open!.At.AddHours(1));
                all.AddRange(recorded);
            }

            (s, var notices) = RolloutMachine.Tick(s, due);
            all.AddRange(notices);
            if (all.Any(stop))
            {
                break;
            }
        }

        return (s, all);
    }

    [Fact]
    public void PhaseStart_NamesTheCheckInThatHandsTheTasksOver_AndWritesOnlyToHiresWhoGainTasks()
    {
        // Phase 2 waits for every phase-1 hire (round 11): all three are registered, and their check-ins go well.
        var (plan, s) = GroupPractice();
        foreach (var role in s.Roles.Where(r => r.FromPhase == 1).Select(r => r.Role).ToList())
        {
            s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, role == Jo.Role ? Jo : new DelegateInfo(role, "Sam Lee", "sam@example.com")), ReviewIntakes.ReceivedAt).State;
        }

        (s, var notices) = EveryCheckInGood(s, n => n.Kind == NoticeKind.PhaseStarted);

        var owner = Assert.Single(notices, n => n.Kind == NoticeKind.PhaseStarted && !n.ToDelegate);
        var phase2 = plan.Tasks.Where(t => t.Phase == 2).ToList();
        Assert.DoesNotContain(phase2, t => t.Role == Jo.Role);
        // Phase 2 hands nothing to the associate: "these tasks come to you" with none would be false.
        Assert.DoesNotContain(notices, n => n.Kind == NoticeKind.PhaseStarted && n.ToDelegate);

        var text = NoticeWriter.Write(owner, plan, Links, []).Text;
        var names = Lists.And([.. phase2.Select(t => $"“{t.Name}”")]);
        Assert.Contains($"Nobody is registered as your virtual assistant yet, so {names} stay with you until you register who you hired; a reminder to do so follows.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("walk through them with your virtual assistant at your next check-in", text, StringComparison.Ordinal);
        Assert.Equal(s.Track(SupportRole.VirtualAssistant)!.NextHireReminderAt, owner.StartsAt + s.Settings.HireReminderDelay);
    }

    [Fact]
    public void PhaseStart_ToTheHire_TheirTasksStartAtTheCheckInThatGoesThroughThem_OneDateInBothEmails()
    {
        // A VA plan: one good check-in starts phase 2, whose tasks are the VA's too.
        var intake = Samples.IntakeOf(
        [
            Samples.Task(name: "Scheduling", hours: 3m, stress: 5, repetitive: true, clientInfo: true),
            Samples.Task(name: "Inbox", hours: 3m, stress: 4, repetitive: true),
        ], startWith: 1, budget: 3000m);
        var (plan, _) = Samples.ComposePlan(intake);
        var s = RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default with { CheckInsPerPhase = 1 }, Samples.Now);
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com")), Samples.Now).State;
        (s, _) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder);
        var kickoff = s.Roles.Single().Open!.At;
        (s, _) = RolloutMachine.Tick(s, kickoff);
        var (_, started) = RolloutMachine.Apply(s, Good(s, SupportRole.VirtualAssistant), kickoff.AddHours(2));

        var hire = NoticeWriter.Write(Assert.Single(started, n => n.Kind == NoticeKind.PhaseStarted && n.ToDelegate), plan, Links, []);
        var owner = NoticeWriter.Write(Assert.Single(started, n => n.Kind == NoticeKind.PhaseStarted && !n.ToDelegate), plan, Links, []);

        // The next check-in is a week after the kickoff: the day the task is Jo's, and the meeting that goes through it.
        var next = DateWords.FullAt(kickoff.AddDays(7), "America/Chicago", "US");
        Assert.Equal("Calm Harbor Counseling: new tasks for you from March 16, 2026", hire.Subject);
        Assert.Contains($"Its SOP is attached: read it before your check-in on {next} (America/Chicago), where you go through it together; it is yours from that meeting on.", hire.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("to you on ", hire.Text, StringComparison.Ordinal);
        Assert.Contains($"Its SOP is attached; walk through it with Jo Park at your check-in on {next} (America/Chicago): it is Jo Park's from that meeting on.", owner.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pause_SaysTheMeetingsInBothCalendarsStand_AndNoRemindersComeUntilTheOwnerResumes()
    {
        var (plan, s, _) = TwoGoodCheckIns();
        var (_, notices) = Samples.TickUntil(s, n => n.Kind == NoticeKind.PausedForMisses);

        var owner = NoticeWriter.Write(Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && !n.ToDelegate), plan, Links, []).Text;
        var hire = NoticeWriter.Write(Assert.Single(notices, n => n.Kind == NoticeKind.PausedForMisses && n.ToDelegate), plan, Links, []).Text;

        Assert.Contains("The check-ins already in your calendar and Jo Park's stand: the pause cancels none of them. Meet as planned, or cancel the ones you will not hold "
            + "and tell Jo Park, since your calendar and theirs are separate. No reminder or record link comes for them until you resume.", owner, StringComparison.Ordinal);
        Assert.Contains("The check-ins already in your calendar stand: meet as planned unless you hear otherwise.", hire, StringComparison.Ordinal);
        Assert.Contains("Until Daniel Okafor resumes it there are no check-in reminders", hire, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadyForMore_WithNothingLeft_IsAnsweredOnce_WithWhatIsLeftAndWhatToDoNext()
    {
        // The London plan hands everything over in its first phase.
        var (plan, _) = Samples.ComposePlan(ReviewIntakes.Load("uk-london"));
        Assert.All(plan.Tasks.Where(t => t.Role is not null), t => Assert.Equal(1, t.Phase));
        var s = RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, ReviewIntakes.ReceivedAt, new TimeOnly(8, 30));
        foreach (var role in s.Roles.Select(r => r.Role))
        {
            s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(role, "Jo Park", "jo@example.com")), ReviewIntakes.ReceivedAt).State;
        }

        var answers = new List<RolloutNotice>();
        var first = s.Roles[0].Role;
        for (var n = 1; n <= 2; n++)
        {
            (s, _) = Samples.TickUntil(s, x => x.Kind == NoticeKind.CheckInReminder && x.Role == first && !x.ToDelegate);
            var met = s.Track(first)!.Open!.At;
            (s, var recorded) = RolloutMachine.Apply(s, Good(s, first), met.AddHours(1));
            answers.AddRange(recorded);
        }

        var answer = Assert.Single(answers);
        Assert.Equal(NoticeKind.AllHandedOver, answer.Kind);
        var message = NoticeWriter.Write(answer, plan, Links, []);
        Assert.Equal(plan.Practice.Email, message.To.Email);
        Assert.Equal("Everything in your delegation plan is handed over", message.Subject);
        Assert.Contains("you said you are ready for more. Everything this plan delegates is already handed over, so there is no next phase to start.", message.Text, StringComparison.Ordinal);
        Assert.Contains("To hand over more, make a new plan from the intake form with the work you still do.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Make a new plan: https://app.example/", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- Therapy sessions", message.Text, StringComparison.Ordinal);
        var kept = plan.Tasks.Where(t => t.Role is null && t.Category != Intake.TaskCategory.Clinical).ToList();
        Assert.All(kept, t => Assert.Contains("- " + t.Name, message.Text, StringComparison.Ordinal));
        // The video platform waits for the money set aside, as the plan said; the email says so too.
        var waiting = Assert.Single(kept, t => t.Waits is not null);
        Assert.Contains($"- {waiting.Name}: {waiting.Waits}", message.Text, StringComparison.Ordinal);
        Assert.Contains(kept.Count > 0 ? "Look at them again when your next monthly report arrives" : "What is still with you is clinical work", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefs_EachSayTheirWeekPhaseLastOutcomeAndWhatFollows_AndTheHiresCopyHasNoGrading()
    {
        var (plan, s, notices) = TwoGoodCheckIns();
        (_, var more) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder);
        var reminders = notices.Concat(more).Where(n => n.Kind == NoticeKind.CheckInReminder).ToList();
        var owner = reminders.Where(n => !n.ToDelegate).Select(n => NoticeWriter.Write(n, plan, Links, []).Text).ToList();
        var hire = reminders.Where(n => n.ToDelegate).Select(n => NoticeWriter.Write(n, plan, Links, []).Text).ToList();
        Assert.Equal(3, owner.Count);
        var at = reminders.Where(n => !n.ToDelegate).Select(n => n.CheckInAt!.Value).ToList();
        string Full(DateTimeOffset d) => DateWords.FullAt(d, "America/New_York", plan.Practice.Country);
        string Brief(DateTimeOffset d) => DateWords.BriefOn(d, "America/New_York", plan.Practice.Country);
        var phases = plan.Tasks.Max(t => t.Phase);

        Assert.Contains($"After this: the week 2 check-in on {Full(at[1])}.", owner[0], StringComparison.Ordinal);
        Assert.Contains($"Where you are: week 2 with Jo Park, phase 1 of {phases} of the plan.", owner[1], StringComparison.Ordinal);
        Assert.Contains($"Last time ({Brief(at[0])}) you recorded it as on track, your stress 2 of 5, and you were ready for more.", owner[1], StringComparison.Ordinal);
        Assert.Contains($"After this: the week 3 check-in on {Full(at[2])}.", owner[1], StringComparison.Ordinal);
        // The two good check-ins did not start phase 2 (round 11): the billing specialist and tech professional are not registered.
        Assert.Contains($"Where you are: week 3 with Jo Park, phase 1 of {phases} of the plan.", owner[2], StringComparison.Ordinal);
        Assert.Contains($"Last time ({Brief(at[1])}) you recorded it as on track", owner[2], StringComparison.Ordinal);
        Assert.StartsWith("Week 3 check-in with Jo Park on ", NoticeWriter.Write(reminders.Last(n => !n.ToDelegate), plan, Links, []).Subject, StringComparison.Ordinal);
        Assert.Contains("Where you are: week 3 with Daniel Okafor", hire[2], StringComparison.Ordinal);
        Assert.All(hire, text =>
        {
            Assert.DoesNotContain("Last time", text, StringComparison.Ordinal);
            Assert.DoesNotContain("stress", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Brief_AfterAPhaseStarts_MarksItsTasksNew_AndSaysThisMeetingReviewsThemFirst()
    {
        var intake = Samples.IntakeOf(
        [
            Samples.Task(name: "Scheduling", hours: 3m, stress: 5, repetitive: true, clientInfo: true),
            Samples.Task(name: "Inbox", hours: 3m, stress: 4, repetitive: true),
        ], startWith: 1, budget: 3000m);
        var (plan, _) = Samples.ComposePlan(intake);
        var s = RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default with { CheckInsPerPhase = 1 }, Samples.Now);
        s = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com")), Samples.Now).State;
        (s, var first) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder);
        var kickoff = s.Roles.Single().Open!.At;
        (s, _) = RolloutMachine.Tick(s, kickoff);
        (s, _) = RolloutMachine.Apply(s, Good(s, SupportRole.VirtualAssistant), kickoff.AddHours(2));
        (_, var second) = Samples.TickUntil(s, n => n.Kind == NoticeKind.CheckInReminder);

        var week2 = NoticeWriter.Write(Assert.Single(second, n => n.Kind == NoticeKind.CheckInReminder && n.ToDelegate), plan, Links, []).Text;
        var kickoffBrief = NoticeWriter.Write(Assert.Single(first, n => n.Kind == NoticeKind.CheckInReminder && n.ToDelegate), plan, Links, []).Text;
        var inbox = plan.Tasks.Single(t => t.Phase == 2).Name;

        Assert.Contains($"New at this check-in: phase 2's task, marked “new in phase 2” below. Its KPIs are reviewed for the first time: go through its SOP together first", week2, StringComparison.Ordinal);
        Assert.Contains($"- {inbox} (new in phase 2)", week2, StringComparison.Ordinal);
        Assert.DoesNotContain("New at this check-in", kickoffBrief, StringComparison.Ordinal);
    }

    [Fact]
    public void Kickoffs_OfHiresRegisteredTogether_NeverRunBackToBack()
    {
        var (plan, s) = GroupPractice();
        Assert.Equal(4, s.Roles.Count);
        var kickoffs = new List<RolloutNotice>();
        foreach (var role in s.Roles.Select(r => r.Role).ToList())
        {
            (s, var hired) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(role, "Jo Park", "jo@example.com")), ReviewIntakes.ReceivedAt);
            kickoffs.Add(Assert.Single(hired, n => !n.ToDelegate));
        }

        // Four hour-long kickoffs at the roles' own hours, one hour apart: two a morning with an hour free between them,
        // the other two the week after; each one's calendar and reminders follow its date.
        var times = kickoffs.Select(k => k.CheckInAt!.Value).Order().ToList();
        Assert.Equal(2, times.Select(t => t.Date).Distinct().Count());
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromHours(2), $"{pair.First} then {pair.Second}"));
        Assert.Equal(7, (times[2].Date - times[0].Date).Days);
        Assert.All(kickoffs, k => Assert.Equal(k.CheckInAt, s.Track(k.Role!.Value)!.NextCheckInAt));
        Assert.Contains("if two hires' kickoffs would fall on the same day an hour apart, the one registered later moves a week, so you never have two kickoffs back to back", plan.CheckIns[0].Starts, StringComparison.Ordinal);
    }
}
