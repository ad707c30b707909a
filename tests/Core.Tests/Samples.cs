using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>A realistic intake, shaped like the one in the walking-skeleton issue.</summary>
internal static class Samples
{
    public static IntakeForm Form(params TaskForm[] tasks) => new(
        new PracticeForm("Calm Harbor Counseling", "Ana Ruiz", "ana@example.com", "America/Chicago", 150m, 25m),
        new BudgetForm(1200m, "USD"),
        tasks.Length > 0 ? tasks :
        [
            new TaskForm("Scheduling appointments", "admin", 4m, 4, 3, true, true, null),
            new TaskForm("Insurance claims", "billing", 5m, 5, 2, true, true, null),
            new TaskForm("Social media", "marketing", 2m, 3, 2, false, false, null),
        ],
        new PreferencesForm(2, "Monday", false));

    public static Intake.Intake Intake(params TaskForm[] tasks) =>
        IntakeValidator.Validate(Form(tasks)).Intake ?? throw new InvalidOperationException("sample must be valid");

    /// <summary>A valid task form; tests change only the field they are about.</summary>
    public static TaskForm TaskForm(string name = "Inbox", string category = "admin", decimal hours = 2m) =>
        new(name, category, hours, 3, 3, false, false, null);

    public static Practice Practice { get; } =
        new("Calm Harbor Counseling", "Ana Ruiz", "ana@example.com", "America/Chicago", 150m, 25m);

    /// <summary>A domain task built directly, for the stages that take validated input.</summary>
    public static PracticeTask Task(
        string id = "t1",
        string name = "Inbox",
        TaskCategory category = TaskCategory.Admin,
        decimal hours = 2m,
        int stress = 3,
        int confidence = 3,
        bool repetitive = false,
        bool clientInfo = false,
        string? notes = null) =>
        new(id, name, category, hours, stress, confidence, repetitive, clientInfo, notes);

    /// <summary>An intake built directly from domain tasks (no validation), with tasks given fresh ids in order.</summary>
    public static Intake.Intake IntakeOf(IEnumerable<PracticeTask> tasks, bool shareClientLoad = false, int startWith = 2, decimal budget = 1200m) =>
        new(Practice, new Budget(budget, "USD"),
            tasks.Select((t, i) => t with { TaskId = $"t{i + 1}" }).ToList(),
            new Preferences(startWith, DayOfWeek.Monday, shareClientLoad));

    /// <summary>Ranks with the default weights.</summary>
    public static IReadOnlyList<RankedTask> Rank(Intake.Intake intake) => TaskRanker.Rank(intake, new PlanningOptions());

    public const string PlanId = "0123456789abcdef0123456789abcdef";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the real stages over <paramref name="intake"/> and composes the plan, as the workflow does,
    /// with the SOPs of the phase-1 tasks the email attaches.</summary>
    public static (Plan Plan, IReadOnlyList<Sop> Phase1Sops) ComposePlan(Intake.Intake intake)
    {
        var options = new PlanningOptions();
        var ranked = TaskRanker.Rank(intake, options);
        var match = SupportMatcher.Match(ranked, options.Roles, intake.Budget.Monthly, intake.Preferences.StartWith,
            new MatchTerms(intake.Budget.OneTime, intake.Budget.Currency, intake.Practice.SessionFee, intake.Preferences.AssociatePayShareOrDefault));
        var byId = ranked.ToDictionary(r => r.Task.TaskId, r => r.Task);
        var sops = match.Assignments.Select(a => (a, Sop: SopWriter.Write(intake.Practice, byId[a.TaskId], a.Role, 1))).ToList();
        var links = sops.Select(s => new SopLink(s.a.TaskId, s.Sop.Title, $"/api/plans/{PlanId}/sops/{s.a.TaskId}", 1)).ToList();
        var meetings = MeetingCalendar.For(intake.Practice.TimeZone, intake.Preferences.CheckInTimeOrDefault, intake.Practice.Country);
        // As the workflow does: a role that only does one-off projects meets until the hand-over.
        var projectOnly = match.SupportMix.Where(l => l.HoursPerWeek == 0 && l.OneTimeHours > 0).Select(l => l.Role).ToHashSet();
        // As the workflow does: each role's standing agenda follows the kinds of work it takes.
        var kinds = match.Assignments.GroupBy(a => a.Role)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(a => SopWriter.KindOf(byId[a.TaskId])).ToHashSet(StringComparer.Ordinal));
        var checkIns = CheckInScheduler.Schedule(match.SupportMix.Select(l => l.Role), meetings, intake.Preferences.CheckInDay, projectOnly: projectOnly, kinds: kinds);
        var plan = PlanComposer.Compose(PlanId, Now, intake, ranked, match, options.Roles, links, checkIns, PlanStatus.Active, PlanStage.PlanSent);
        return (plan, sops.Where(s => s.a.Phase == 1).Select(s => s.Sop).ToList());
    }

    /// <summary>
    /// Runs the rollout from one due wake-up to the next until a notice matches <paramref name="stop"/>
    /// (or nothing is due, or <paramref name="limit"/> wake-ups pass), returning every notice on the way.
    /// </summary>
    public static (RolloutState State, List<RolloutNotice> Notices) TickUntil(RolloutState s, Func<RolloutNotice, bool> stop, int limit = 400)
    {
        var all = new List<RolloutNotice>();
        for (var i = 0; i < limit && RolloutMachine.NextDue(s) is { } due; i++)
        {
            (s, var notices) = RolloutMachine.Tick(s, due);
            all.AddRange(notices);
            if (notices.Any(stop))
            {
                break;
            }
        }

        return (s, all);
    }

    /// <summary>Eight tasks across every category, some touching client information.</summary>
    public static IReadOnlyList<PracticeTask> MixedTasks() =>
    [
        Task(name: "Scheduling", category: TaskCategory.Admin, hours: 4m, stress: 4, confidence: 3, repetitive: true, clientInfo: true),
        Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 5m, stress: 5, confidence: 2, repetitive: true, clientInfo: true),
        Task(name: "Social media", category: TaskCategory.Marketing, hours: 2m, stress: 3, confidence: 2),
        Task(name: "Website fixes", category: TaskCategory.Tech, hours: 1.5m, stress: 4, confidence: 1),
        Task(name: "Intake packets", category: TaskCategory.Onboarding, hours: 3m, stress: 2, confidence: 4, repetitive: true, clientInfo: true),
        Task(name: "Newsletter", category: TaskCategory.Marketing, hours: 1m, stress: 2, confidence: 3, repetitive: true),
        Task(name: "Inbox", category: TaskCategory.Admin, hours: 6m, stress: 3, confidence: 4, repetitive: true, clientInfo: true),
        // Part of the practice's 25 client hours: an associate shares a caseload, never takes all of it (SharedSessions).
        Task(name: "Sessions", category: TaskCategory.Clinical, hours: 10m, stress: 3, confidence: 5, clientInfo: true),
    ];
}
