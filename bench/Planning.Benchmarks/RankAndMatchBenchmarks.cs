using BenchmarkDotNet.Attributes;
using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Planning.Benchmarks;

/// <summary>Ranking and exact matching, as the RankTasks and MatchSupport activities run them, for growing intakes.</summary>
[MemoryDiagnoser]
public class RankAndMatchBenchmarks
{
    static readonly TaskCategory[] Categories = Enum.GetValues<TaskCategory>();

    readonly PlanningOptions options = new();
    Intake intake = null!;
    IReadOnlyList<RoleProfile> roles = null!;

    [Params(10, 40, 100)]
    public int Tasks { get; set; }

    /// <summary>Tight, partial and ample: 800 buys one role, 2500 part of the work, 100000 all of it (then cost alone decides).</summary>
    [Params(800, 2500, 100_000)]
    public int Budget { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Fixed seed: every run times the same intakes. Every category, so every role is in play.
        var random = new Random(42);
        var tasks = Enumerable.Range(0, Tasks).Select(i => new PracticeTask(
            $"t{i + 1}", $"Task {i + 1}", Categories[i % Categories.Length],
            random.Next(1, 33) / 4m, random.Next(1, 6), random.Next(1, 6), random.Next(2) == 0, random.Next(3) == 0, null)).ToList();
        intake = new Intake(
            new Practice("Calm Harbor Counseling", "Ana Ruiz", "ana@example.com", "America/Chicago", 150m, 25m),
            new Budget(Budget, "USD"), tasks, new Preferences(2, DayOfWeek.Monday, ShareClientLoad: true));
        roles = options.RolesFor(intake.Preferences);
        // Stated in the log so the figures are read with it: a result cut short by the node limit is not exact.
        Console.WriteLine($"// Tasks={Tasks} Budget={Budget}: matching optimal = {RankAndMatch().Optimal}");
    }

    [Benchmark]
    public SupportMatch RankAndMatch()
    {
        var ranked = TaskRanker.Rank(intake, options);
        return SupportMatcher.Match(ranked, roles, intake.Budget.Monthly, intake.Preferences.StartWith);
    }
}
