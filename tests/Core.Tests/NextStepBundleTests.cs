using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// What more budget would buy, when nothing is affordable yet: every bundle a role's minimum would cover, none
/// offering a task twice, and steps that spend on the same task said to be alternatives.
/// </summary>
public sealed class NextStepBundleTests
{
    static SupportMatch Match(IEnumerable<PracticeTask> tasks, decimal monthly)
    {
        var intake = Samples.IntakeOf(tasks, budget: monthly);
        var options = new PlanningOptions();
        return SupportMatcher.Match(Samples.Rank(intake), options.Roles, monthly, intake.Preferences.StartWith);
    }

    /// <summary>The zero-budget review intake: five tasks, no monthly budget.</summary>
    static PracticeTask[] ZeroBudgetTasks() =>
    [
        Samples.Task(name: "Scheduling appointments", category: TaskCategory.Admin, hours: 3m, stress: 4, confidence: 3, repetitive: true, clientInfo: true),
        Samples.Task(name: "Appointment reminder calls", category: TaskCategory.Admin, hours: 2m, stress: 3, confidence: 4, repetitive: true, clientInfo: true),
        Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 3m, stress: 5, confidence: 2, repetitive: true, clientInfo: true),
        Samples.Task(name: "Blog posts", category: TaskCategory.Marketing, hours: 2m, stress: 3, confidence: 2),
        Samples.Task(name: "Intake paperwork and consent forms", category: TaskCategory.Onboarding, hours: 2m, stress: 3, confidence: 3, repetitive: true, clientInfo: true),
    ];

    [Fact]
    public void ZeroBudget_FillsTheVaMinimumOnlyWithTasksTheVaFitsBest()
    {
        var tasks = ZeroBudgetTasks();
        var intake = Samples.IntakeOf(tasks, budget: 0m);
        var options = new PlanningOptions();
        var ranked = Samples.Rank(intake);
        var match = SupportMatcher.Match(ranked, options.Roles, 0m, 2, nodeLimit: SupportMatcher.DefaultNodeLimit);

        var bundles = match.NextSteps!.Where(s => s.TaskIds!.Count > 1).ToList();
        // Claims goes to the billing specialist, who does it better, so the VA's 5-h minimum is filled from the rest:
        // scheduling (3 h) with a 2-h task, one exact fill; no task in two bundles.
        var bundle = Assert.Single(bundles);
        Assert.Equal(758.33m, bundle.ExtraMonthlyCost);
        Assert.Equal(5m, bundle.TaskIds!.Sum(id => tasks[int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) - 1].HoursPerWeek));
        Assert.Contains("t1", bundle.TaskIds!);
        Assert.DoesNotContain("t3", bundle.TaskIds!);
    }

    [Fact]
    public void BundleFinder_PrefersAnExactFillOverTheFirstTasksThatFit()
    {
        // First-fit in rank order takes 3 h + 1 h and stops at 4 h; 3 h + 2 h fills the 5-h minimum exactly.
        var tasks = new[]
        {
            Samples.Task(name: "Scheduling", hours: 3m, stress: 5, confidence: 1),
            Samples.Task(name: "Supplies", hours: 1m, stress: 4, confidence: 2),
            Samples.Task(name: "Reminder calls", hours: 2m, stress: 2, confidence: 4),
        };

        var match = Match(tasks, 0m);

        var bundle = Assert.Single(match.NextSteps!, s => s.TaskIds!.Count > 1);
        Assert.Equal(["t1", "t3"], bundle.TaskIds);
        Assert.Contains("5 h a week, exactly the 5-hour weekly minimum this plan prices a virtual assistant at.", bundle.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StepsThatSpendOnTheSameTask_AreWordedAsAlternatives()
    {
        var match = Match(ZeroBudgetTasks(), 0m);

        var steps = match.NextSteps!;
        for (var i = 0; i < steps.Count; i++)
        {
            var repeats = steps[i].TaskIds!.Any(id => steps.Take(i).Any(s => s.TaskIds!.Contains(id)));
            Assert.Equal(repeats, steps[i].Text.StartsWith("Instead of ", StringComparison.Ordinal));
        }

        // One role per task (round 12): claims is offered once, with the billing specialist who fits it best.
        var claims = Assert.Single(steps, s => s.TaskIds!.Contains("t3"));
        Assert.StartsWith("Add “Insurance claims” (3 h a week) with the billing specialist", claims.Text, StringComparison.Ordinal);
    }
}
