using System.Text;
using Delegation.Core.Email;
using Delegation.Core.Email.Notices;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Reports;
using Delegation.Core.Rollout;
using Delegation.Core.Sops;
using Delegation.Core.Workflow.Activities;
using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

/// <summary>
/// SOPs that go stale: what confirms one (its first version, an approved change, a check-in, the owner), when it counts
/// as stale (90 days), which SOPs count (handed over to a hire), and what the monthly report and the check-in brief say.
/// </summary>
public sealed class SopStalenessTests : IDisposable
{
    static readonly DateTimeOffset Written = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    // solo-us: the owner's own intake, its VA's tasks in phase 1 handed over, the VA hired.
    static (Plan Plan, RolloutSnapshot Rollout, PlanTask Task) SoloUs(int phase = 1, bool hired = true, PlanStatus status = PlanStatus.Active)
    {
        var plan = SoloUsPlan();
        var task = plan.Tasks.First(t => t.Phase == 1 && t.Role is not null);
        var roles = plan.Tasks.Where(t => t.Role is not null).Select(t => t.Role!.Value).Distinct()
            .Select(r => new RoleProgress(r, Cadence.Weekly, 1, hired ? "Jo Park" : null, hired, null, null)).ToList();
        return (plan, new RolloutSnapshot(plan.PlanId, status, phase, 3, 0, 2, roles, []), task);
    }

    // Its plan as composed, with the last delegated task of the first phase-1 role moved to phase 2, so work waits for a later phase.
    static Plan SoloUsPlan()
    {
        var (plan, _) = Samples.ComposePlan(ReviewIntakes.Load("solo-us"));
        var first = plan.Tasks.First(t => t.Phase == 1 && t.Role is not null);
        var moved = plan.Tasks.Last(t => t.Role == first.Role && t.TaskId != first.TaskId && t.Phase is not null);
        return plan with { CreatedAt = Written, Tasks = [.. plan.Tasks.Select(t => t.TaskId == moved.TaskId ? t with { Phase = Math.Max(2, t.Phase!.Value) } : t)] };
    }

    [Fact]
    public void Of_NinetyDaysWithoutAConfirmation_IsStale_EightyNineIsNot()
    {
        var (plan, rollout, task) = SoloUs();
        var confirmed = new Dictionary<string, DateTimeOffset> { [task.TaskId] = Written };

        var at89 = SopStaleness.Of(plan, [task], confirmed, Written.AddDays(89).AddHours(23));
        var at90 = SopStaleness.Of(plan, [task], confirmed, Written.AddDays(90));

        Assert.Equal(90, SopStaleness.Days);
        Assert.Empty(at89);
        var stale = Assert.Single(at90);
        Assert.Equal((task.TaskId, task.Name, task.Role!.Value, Written, 90), (stale.TaskId, stale.Task, stale.Role, stale.LastConfirmed, stale.Days));
    }

    [Fact]
    public void Of_NoRecordedConfirmation_CountsFromThePlansStart()
    {
        var (plan, _, task) = SoloUs();

        var stale = Assert.Single(SopStaleness.Of(plan, [task], new Dictionary<string, DateTimeOffset>(), Written.AddDays(100)));

        Assert.Equal(Written, stale.LastConfirmed);
        Assert.Equal(100, stale.Days);
    }

    [Fact]
    public void InUse_OnlyTheHandedOverTasksOfAHiredRole_AndNoneOnceCancelled()
    {
        var (plan, rollout, _) = SoloUs();
        var phase1 = plan.Tasks.Where(t => t.Phase == 1 && t.Role is not null).Select(t => t.TaskId).ToList();
        Assert.True(plan.Tasks.Any(t => t.Phase > 1 && t.Role is not null), "solo-us has work waiting for a later phase");

        Assert.Equal(phase1, SopStaleness.InUse(plan, rollout).Select(t => t.TaskId).ToList());
        Assert.Empty(SopStaleness.InUse(plan, SoloUs(hired: false).Rollout));
        Assert.Empty(SopStaleness.InUse(plan, SoloUs(status: PlanStatus.Cancelled).Rollout));
        Assert.Empty(SopStaleness.InUse(plan, null));
    }

    [Fact]
    public async Task Confirmations_FirstVersionIsCreateOnly_ALaterConfirmationWins_AnEarlierOneChangesNothing()
    {
        var store = new SopConfirmations(new LocalFolderDocumentStore(folder.Path));

        Assert.True(await store.WrittenAsync(Samples.PlanId, "t1", Written));
        Assert.False(await store.WrittenAsync(Samples.PlanId, "t1", Written.AddDays(1)));
        Assert.Equal(new SopConfirmation(Written, SopConfirmedBy.Written), await store.LastAsync(Samples.PlanId, "t1"));

        await store.ConfirmAsync(Samples.PlanId, "t1", new SopConfirmation(Written.AddDays(30), SopConfirmedBy.CheckIn));
        await store.ConfirmAsync(Samples.PlanId, "t1", new SopConfirmation(Written.AddDays(10), SopConfirmedBy.Change));

        Assert.Equal(new SopConfirmation(Written.AddDays(30), SopConfirmedBy.CheckIn), await store.LastAsync(Samples.PlanId, "t1"));
        Assert.True(File.Exists(Path.Combine(folder.Path, "plans", Samples.PlanId, "sops", "t1", "confirmed.json")));
        Assert.Equal(Written.AddDays(30), (await store.LastOfAsync(Samples.PlanId, ["t1", "t2"])).Single(kv => kv.Key == "t1").Value);
    }

    [Fact]
    public async Task GenerateSops_FirstVersion_IsConfirmedTheDayItIsWritten_ARerunLaterKeepsThatDay()
    {
        var documents = new LocalFolderDocumentStore(folder.Path);
        var clock = new FixedTime(Written);
        var activity = new GenerateSops(new SopStore(documents), new SopConfirmations(documents), clock);
        var request = new SopRequest(Samples.PlanId, Samples.Practice, [new SopTask(Samples.Task(id: "t1", name: "Scheduling"), SupportRole.VirtualAssistant, 1)]);

        await activity.RunAsync(request);
        clock.Now = Written.AddDays(3);
        await activity.RunAsync(request);

        Assert.Equal(new SopConfirmation(Written, SopConfirmedBy.Written), await new SopConfirmations(documents).LastAsync(Samples.PlanId, "t1"));
    }

    [Fact]
    public async Task AmendSop_AnApprovedChange_ConfirmsTheSopOnTheDayOfTheDecision()
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)]));
        var documents = new LocalFolderDocumentStore(folder.Path);
        var sops = new SopStore(documents);
        var changes = new SopChangeStore(documents);
        var confirmations = new SopConfirmations(documents);
        await new PlanStore(documents).SaveAsync(plan);
        await sops.SaveAsync(plan.PlanId, "t1", v => SopWriter.Write(Samples.Practice, Samples.Task(name: "Scheduling", clientInfo: true), SupportRole.VirtualAssistant, v));
        await confirmations.WrittenAsync(plan.PlanId, "t1", Written);
        await changes.TryProposeAsync(new SopChangeProposal(plan.PlanId, "VirtualAssistant-2", "t1", SupportRole.VirtualAssistant, "Confirm bookings the same day.", Written.AddDays(100)));

        await new AmendSop(new PlanStore(documents), sops, changes, confirmations).RunAsync(
            new AmendSopRequest(plan.PlanId, "VirtualAssistant-2", "t1", new SopChangeDecision(true), Written.AddDays(101)));

        Assert.Equal(new SopConfirmation(Written.AddDays(101), SopConfirmedBy.Change), await confirmations.LastAsync(plan.PlanId, "t1"));
    }

    [Fact]
    public void Report_StaleSop_IsListedWithTaskRoleDateAndDays_AndTheEmailLinksItsReview()
    {
        var (plan, rollout, task) = SoloUs();
        var generated = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
        var fresh = plan.Tasks.Where(t => t.Phase == 1 && t.Role is not null && t.TaskId != task.TaskId).ToDictionary(t => t.TaskId, _ => generated.AddDays(-20));
        var confirmed = new Dictionary<string, DateTimeOffset>(fresh) { [task.TaskId] = Written };

        var report = ReportCalculator.Build(plan, rollout, new ReportMonth(2026, 6), generated, lastConfirmed: confirmed)!;
        var link = new Uri("https://app.example/sop-reviews/tok");
        var email = ReportWriter.Email(report, plan, null, new Dictionary<string, Uri> { [task.TaskId] = link });
        var page = ReportWriter.Html(report);

        var stale = Assert.Single(report.StaleSops!);
        Assert.Equal((task.TaskId, 120), (stale.TaskId, stale.Days));
        var line = $"{task.Name} (your {RoleTitles.Of(task.Role!.Value)}): last confirmed March 2, 2026 (120 days before this report)";
        Assert.Contains($"- {line}\n  Review the SOP for {task.Name}: https://app.example/sop-reviews/tok", email.Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("this SOP has not been confirmed for 90 days or more.", email.Text, StringComparison.Ordinal);
        Assert.Contains("and when you confirm it on its review page.", email.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://app.example/sop-reviews/tok\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(line), page, StringComparison.Ordinal);
        Assert.Contains("The link to review each one is in your monthly email.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("sop-reviews", page, StringComparison.Ordinal);
        Assert.All(fresh.Keys, id => Assert.DoesNotContain(plan.Tasks.Single(t => t.TaskId == id).Name + " (your", email.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_NothingStale_OrConfirmationsNotLookedUp_HasNoSopSection()
    {
        var (plan, rollout, task) = SoloUs();
        var generated = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

        var recent = ReportCalculator.Build(plan, rollout, new ReportMonth(2026, 3), generated, lastConfirmed: new Dictionary<string, DateTimeOffset>())!;
        var unknown = ReportCalculator.Build(plan, rollout, new ReportMonth(2026, 3), generated.AddDays(200))!;

        Assert.Empty(recent.StaleSops!);
        Assert.Null(unknown.StaleSops);
        Assert.DoesNotContain("SOPs to check", ReportWriter.Email(recent, plan, null).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SOPs to check", ReportWriter.Email(unknown, plan, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_StaleHandedOverSop_IsAskedAboutFirst_InBothCopies_DatedTheWayTheUkWritesIt()
    {
        var (plan, _) = Samples.ComposePlan(ReviewIntakes.Load("uk-london"));
        var task = plan.Tasks.First(t => t.Phase == 1 && t.Role is not null);
        var role = task.Role!.Value;
        var at = new DateTimeOffset(2026, 6, 8, 9, 0, 0, TimeSpan.Zero);
        var hire = new DelegateInfo(role, "Jo Park", "jo@example.com");
        var notice = new RolloutNotice(plan.PlanId, NoticeKind.CheckInReminder, $"remind-{role}-6-owner", false, role, hire, $"{role}-6", at, Phase: 1, Meeting: 6);
        var stale = new List<StaleSop> { new(task.TaskId, task.Name, role, Written, 98) };

        var owner = NoticeWriter.Write(notice, plan, NoticeLinks.None, [], stale);
        var delegateCopy = NoticeWriter.Write(notice with { ToDelegate = true, MessageKey = $"remind-{role}-6-delegate" }, plan, NoticeLinks.None, [], stale);
        var none = NoticeWriter.Write(notice, plan, NoticeLinks.None, []);

        var question = $"First: is the SOP for {task.Name} still right? (last confirmed 2 March)";
        Assert.Contains(question + " Go through it together. If nothing has changed, tick “The SOPs for my tasks are still right” when you record the check-in", owner.Text, StringComparison.Ordinal);
        Assert.Contains(question + " Go through it step by step beforehand", delegateCopy.Text, StringComparison.Ordinal);
        // It comes straight after what the meeting is for, before the task list.
        var text = owner.Text.ReplaceLineEndings("\n");
        Assert.True(text.IndexOf("What this meeting is for:", StringComparison.Ordinal) < text.IndexOf(question, StringComparison.Ordinal));
        Assert.True(text.IndexOf(question, StringComparison.Ordinal) < text.IndexOf($"- {task.Name}", StringComparison.Ordinal));
        Assert.DoesNotContain("First: is the SOP", none.Text, StringComparison.Ordinal);
        // The kickoff walks through every SOP anyway: no question there.
        var kickoff = NoticeWriter.Write(notice with { Meeting = 1 }, plan, NoticeLinks.None, [], stale);
        Assert.DoesNotContain("First: is the SOP", kickoff.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_OnlyHandedOverSopsAreAskedAbout_NotTheOnesNewAtThisCheckIn()
    {
        var plan = SoloUsPlan();
        var task = plan.Tasks.First(t => t.Phase == 1 && t.Role is not null);
        var later = plan.Tasks.First(t => t.Phase > 1 && t.Role == task.Role);
        var role = task.Role!.Value;
        var notice = new RolloutNotice(plan.PlanId, NoticeKind.CheckInReminder, $"remind-{role}-3-owner", false, role,
            new DelegateInfo(role, "Jo Park", "jo@example.com"), $"{role}-3", new DateTimeOffset(2026, 6, 8, 14, 0, 0, TimeSpan.Zero), Phase: later.Phase, Meeting: 3,
            NewInPhase: later.Phase);
        var stale = new List<StaleSop> { new(task.TaskId, task.Name, role, Written, 98), new(later.TaskId, later.Name, role, Written, 98) };

        var message = NoticeWriter.Write(notice, plan, NoticeLinks.None, [], stale);

        Assert.Contains($"First: is the SOP for {task.Name} still right? (last confirmed March 2)", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"SOP for {later.Name} still right", message.Text, StringComparison.Ordinal);
    }
}
