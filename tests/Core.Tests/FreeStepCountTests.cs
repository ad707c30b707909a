using Delegation.Core.Email;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>A plan that hands nothing over says how many free steps it lists, and lists that many.</summary>
public sealed class FreeStepCountTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    [Theory]
    // Batching and the reminder to list the admin; notes add the note-writing step.
    [InlineData(new[] { "Therapy sessions" }, "2 free steps")]
    [InlineData(new[] { "Therapy sessions", "Progress notes" }, "3 free steps")]
    public void ClinicalOnlyOpening_CountsTheFreeStepsItLists(string[] tasks, string expected)
    {
        var intake = Samples.IntakeOf(tasks.Select(t => Samples.Task(name: t, category: TaskCategory.Clinical, hours: 5m, clientInfo: true)), budget: 500m);
        var plan = Samples.ComposePlan(intake).Plan;

        var email = PlanEmailContent.Build(plan, BaseUrl);
        var text = email.ToText();

        Assert.Contains($"This plan lists {expected} for the admin around your sessions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("free ways", text, StringComparison.Ordinal);
        // The number is the list's: every bullet under "Free first steps", the reminder included.
        var listed = Assert.Single(email.Sections, s => s.Heading == "Free first steps").Items.Count;
        Assert.Equal(int.Parse(expected[..1], System.Globalization.CultureInfo.InvariantCulture), listed);
    }
}
