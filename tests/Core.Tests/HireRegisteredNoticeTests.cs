using Delegation.Core.Email;
using Delegation.Core.Email.Notices;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow.Activities;
using IcalCalendar = Ical.Net.Calendar;

namespace Delegation.Core.Tests;

/// <summary>The owner's email when a hire is registered: the kickoff's date, time and zone, and that role's calendar.</summary>
public sealed class HireRegisteredNoticeTests
{
    // The plan's alias (PlanAliases) as SendNotice passes it: every UID carries it instead of the plan id.
    const string Alias = "0123456789abcdef0123456789abcdef";

    static (Plan Plan, RolloutNotice Notice) Registered(Intake.Practice practice, DateTimeOffset at)
    {
        var intake = Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)]);
        var (plan, _) = Samples.ComposePlan(intake with { Practice = practice });
        var (_, notices) = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo <b>", "jo@example.com")), at);
        return (plan, Assert.Single(notices, n => !n.ToDelegate));
    }

    [Fact]
    public void Notice_UsPractice_NamesTheKickoffDateTimeAndZone_TheUsWay()
    {
        // Registered Monday 2 March 2026: the kickoff is Monday 9 March at 08:30 in Chicago.
        var (plan, notice) = Registered(Samples.Practice, Samples.Now);

        var message = NoticeWriter.Write(notice, plan, NoticeLinks.None, []);

        Assert.Equal($"{plan.PlanId}-hired-VirtualAssistant", message.MessageId);
        Assert.Equal(plan.Practice.Email, message.To.Email);
        Assert.Contains("Monday, March 9, 2026, 08:30", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Your kickoff is on Monday, March 9, 2026, 08:30 (America/Chicago)", message.Text, StringComparison.Ordinal);
        Assert.Contains("a Business Associate Agreement (BAA) under HIPAA", message.Text, StringComparison.Ordinal);
        // The delegate's name is the practice's text: encoded in HTML.
        Assert.Contains("Jo &lt;b&gt;", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo <b>", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_ProjectOnlyRole_SaysItsOneHandOverReview_NotFourWeeklyCheckIns()
    {
        var intake = Samples.IntakeOf([Samples.Task(name: "Fix the online booking widget", category: Intake.TaskCategory.Tech, hours: 0m, stress: 4, confidence: 1) with { OneTimeHours = 8m }], budget: 3000m);
        var (plan, _) = Samples.ComposePlan(intake);
        Assert.Equal(Cadence.UntilHandOver, Assert.Single(plan.CheckIns).Cadence);
        var (_, notices) = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.TechProfessional, "Sam", "sam@example.com")), Samples.Now);

        var message = NoticeWriter.Write(Assert.Single(notices, n => !n.ToDelegate), plan, NoticeLinks.None, []);

        Assert.Contains($"then one hand-over review {CheckInScheduler.HandOverWeeks} weeks later; none after that, since the work is one-off", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("every week", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_UkPractice_WritesTheDateTheUkWay_AndNamesNoUsAgreement()
    {
        var (plan, notice) = Registered(Samples.Practice with { TimeZone = "Europe/London", Country = "GB" }, Samples.Now);

        var message = NoticeWriter.Write(notice, plan, NoticeLinks.None, []);

        Assert.Contains("Monday 9 March 2026, 08:30 (Europe/London)", message.Text, StringComparison.Ordinal);
        Assert.Contains("a data processing agreement (DPA) under UK GDPR", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("BAA", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HIPAA", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_ToTheHire_NamesThePracticeTheKickoffAndWhomToAsk_WithNoCheckInLink()
    {
        var intake = Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)]);
        var (plan, _) = Samples.ComposePlan(intake);
        var (_, notices) = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "<b>Jo</b> Lee", "jo@example.com")), Samples.Now);
        var welcome = Assert.Single(notices, n => n.ToDelegate);

        var message = NoticeWriter.Write(welcome, plan, NoticeLinks.None, []);

        Assert.Equal("jo@example.com", message.To.Email);
        Assert.Contains($"Welcome to {plan.Practice.Name}", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Your kickoff with Ana Ruiz is on Monday, March 9, 2026, 08:30 (America/Chicago)", message.Text, StringComparison.Ordinal);
        Assert.Contains("write to Ana Ruiz at ana@example.com", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Scheduling", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("checkins/", message.Text, StringComparison.Ordinal);
        Assert.Contains("Dear &lt;b&gt;Jo&lt;/b&gt;,", message.Html, StringComparison.Ordinal);
        Assert.Equal(["Scheduling"], NoticeWriter.FirstPhaseTasks(plan, SupportRole.VirtualAssistant).Select(t => t.Name));
    }

    [Fact]
    public void Calendar_IsThatRolesSeries_WithThePlansUids_AndTheSameBytesOnARetry()
    {
        var (plan, notice) = Registered(Samples.Practice, Samples.Now.AddDays(40));

        var ics = SendNotice.RegisteredCalendar(notice, plan, Alias)!;
        var calendar = IcalCalendar.Load(ics)!;

        var kickoff = calendar.Events.Single(e => e.Uid == $"{Alias}-virtual-assistant-kickoff@delegation");
        Assert.Equal(notice.CheckInAt!.Value.UtcDateTime, kickoff.DtStart!.AsUtc);
        Assert.Equal(2 + CheckInScheduler.FirstWeeks, calendar.Events.Count);
        Assert.Equal(ics, SendNotice.RegisteredCalendar(notice, plan, Alias));
    }

    [Fact]
    public void Welcome_ToTheHire_CarriesTheOwnersSeries_SameUids_TitledForBoth()
    {
        var intake = Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)]);
        var (plan, _) = Samples.ComposePlan(intake);
        var (_, notices) = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(SupportRole.VirtualAssistant, "Jo Lee", "jo@example.com")), Samples.Now);

        var toHire = SendNotice.CalendarOf(Assert.Single(notices, n => n.ToDelegate), plan, Alias);
        var toOwner = SendNotice.CalendarOf(Assert.Single(notices, n => !n.ToDelegate), plan, Alias);
        var welcome = NoticeWriter.Write(Assert.Single(notices, n => n.ToDelegate), plan, NoticeLinks.None, []);

        Assert.NotNull(toHire);
        Assert.Equal(toOwner, toHire);
        var events = IcalCalendar.Load(toHire)!.Events;
        Assert.Equal(
            ["Virtual assistant kickoff", "Virtual assistant check-in, week 2", "Virtual assistant check-in, week 3", "Virtual assistant check-in, week 4",
                "Virtual assistant check-in, week 5", "Weekly virtual assistant check-in"],
            events.Select(e => e.Summary));
        // Both people read every title and description: none addresses the owner alone.
        Assert.All(events, e => Assert.DoesNotContain("your ", e.Summary + e.Description, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("The attached calendar file holds the kickoff, then a check-in every week, each public holiday moved to the next working day; import it once. "
            + "If Ana Ruiz moves a meeting, you both get an update for it.", welcome.Text, StringComparison.Ordinal);
    }
}
