using Delegation.Core.Intake;
using Delegation.Core.Planning;
using FsCheck;
using FsCheck.Fluent;

namespace Delegation.Core.Tests;

/// <summary>A matching problem: ranked tasks (highest score first), a catalogue and a budget.</summary>
public sealed record MatchInstance(IReadOnlyList<RankedTask> Ranked, IReadOnlyList<RoleProfile> Roles, decimal Budget, int StartWith, decimal OneTimeBudget = 0)
{
    public override string ToString() =>
        $"budget {Budget}, one-off {OneTimeBudget}; roles [{string.Join("; ", Roles.Select(r => $"{r.Role} {r.HourlyRate}/h min {r.MinHoursPerWeek} {string.Join(",", r.Categories)} hipaa={r.HipaaTrained}"))}]; "
        + $"tasks [{string.Join("; ", Ranked.Select(t => $"{t.Task.TaskId} '{t.Task.Name}' {t.Task.Category} {t.Task.HoursPerWeek}h/w {t.Task.OneTimeHours}h once score {t.Score} ci={t.Task.InvolvesClientInfo} delegable={t.Delegable}"))}]";
}

/// <summary>FsCheck generators of random matching problems: every role, random rates, minimums, categories and HIPAA training.</summary>
internal static class MatchInstances
{
    static readonly TaskCategory[] Categories = Enum.GetValues<TaskCategory>();

    /// <summary>Quarter hours from 0.25 to <paramref name="max"/>.</summary>
    static Gen<decimal> Hours(int max) => Gen.Choose(1, max * 4).Select(q => q / 4m);

    static Gen<RoleProfile> Role(SupportRole role) =>
        from rate in Gen.Choose(500, 12_000)
        from minQuarters in Gen.Choose(0, 32)
        from categories in Gen.SubListOf(Categories)
        from hipaa in Gen.Elements(true, false)
        select new RoleProfile(role, rate / 100m, minQuarters / 4m, categories.ToList(), hipaa);

    /// <summary>Every role in catalogue order, each with random terms; half the time the default catalogue with random rates.</summary>
    static Gen<IReadOnlyList<RoleProfile>> Catalogue() =>
        Gen.OneOf(
            Gen.CollectToList(Enum.GetValues<SupportRole>(), Role).Select(l => (IReadOnlyList<RoleProfile>)l),
            Gen.ArrayOf(Gen.Choose(500, 12_000), 5).Select(rates => (IReadOnlyList<RoleProfile>)PlanningOptions.DefaultRoles()
                .Select((r, i) => r with { HourlyRate = rates[i] / 100m }).ToList()));

    /// <summary>Names that mark specialist work (payer work, claims, tech, marketing) and names that mark none.</summary>
    static readonly string[] Names =
        ["Denials and appeals", "Claim submission", "Website updates", "Social media", "Scheduling", "Inbox", "CAQH re-attestation", "Office supplies"];

    static Gen<PracticeTask> Task(int maxHours) =>
        from category in Gen.Elements(Categories)
        from name in Gen.Elements(Names)
        from hours in Hours(maxHours)
        from project in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from clientInfo in Gen.Elements(true, false)
        select project && category != TaskCategory.Clinical
            ? Samples.Task(name: name, category: category, hours: 0, clientInfo: clientInfo) with { OneTimeHours = hours * 2 }
            : Samples.Task(name: name, category: category, hours: hours, clientInfo: clientInfo);

    /// <summary>Up to <paramref name="maxTasks"/> tasks with random scores (0–100 in tenths), ranked highest first.</summary>
    public static Gen<MatchInstance> Instances(int maxTasks, int maxHours = 10) =>
        from count in Gen.Choose(0, maxTasks)
        from tasks in Gen.ArrayOf(Task(maxHours), count)
        from scores in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(0, 1000)), (2, Gen.Elements(500, 750))), count)
        from share in Gen.Elements(true, false)
        from roles in Catalogue()
        from budgetCents in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(0, 600_000)), (1, Gen.Constant(10_000_000)))
        from startWith in Gen.Choose(1, 3)
        from oneTimeCents in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 200_000)))
        select new MatchInstance(Rank(tasks, scores, share), roles, budgetCents / 100m, startWith, oneTimeCents / 100m);

    static List<RankedTask> Rank(PracticeTask[] tasks, int[] scores, bool share) =>
        tasks
            .Select((t, i) => new RankedTask(t with { TaskId = $"t{i + 1}" }, scores[i] / 10.0, new ScoreBreakdown(scores[i] / 10.0, 0, 0, 0),
                t.Category != TaskCategory.Clinical || share, "generated"))
            .OrderByDescending(r => r.Score)
            .ToList();
}
