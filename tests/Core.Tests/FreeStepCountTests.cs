using Delegation.Core.Email;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>A plan that hands nothing over says how many free steps it lists, and lists that many.</summary>
public sealed class FreeStepCountTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    [Theory]
    [InlineData(new[] { "Therapy sessions" }, "one free step")]
    [InlineData(new[] { "Therapy sessions", "Progress notes" }, "2 free steps")]
    public void ClinicalOnlyOpening_CountsTheFreeStepsItLists(string[] tasks, string expected)
    {
        var intake = Samples.IntakeOf(tasks.Select(t => Samples.Task(name: t, category: TaskCategory.Clinical, hours: 5m, clientInfo: true)), budget: 500m);
        var plan = Samples.ComposePlan(intake).Plan;

        var text = PlanEmailContent.Build(plan, BaseUrl).ToText();

        Assert.Contains($"This plan lists {expected} for the admin around your sessions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("free ways", text, StringComparison.Ordinal);
        Assert.Equal(expected.StartsWith("one", StringComparison.Ordinal) ? 1 : int.Parse(expected[..1], System.Globalization.CultureInfo.InvariantCulture), FreeSteps.For(plan).Count);
    }
}
