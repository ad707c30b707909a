using Delegation.Core.Email;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>A plan that hands nothing over says how many free steps it lists, and lists that many.</summary>
public sealed class FreeStepCountTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    [Theory]
    // The reminder to list the admin; notes add the note-writing step. No batching: no admin was listed.
    [InlineData(new[] { "Therapy sessions" }, "one free step", 1)]
    [InlineData(new[] { "Therapy sessions", "Progress notes" }, "2 free steps", 2)]
    public void ClinicalOnlyOpening_CountsTheFreeStepsItLists(string[] tasks, string expected, int count)
    {
        var intake = Samples.IntakeOf(tasks.Select(t => Samples.Task(name: t, category: TaskCategory.Clinical, hours: 5m, clientInfo: true)), budget: 500m);
        var plan = Samples.ComposePlan(intake).Plan;

        var email = PlanEmailContent.Build(plan, BaseUrl);
        var text = email.ToText();

        Assert.Contains($"This plan lists {expected} for the admin around your sessions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("free ways", text, StringComparison.Ordinal);
        // The number is the list's: every bullet under "Free first steps", the reminder included.
        var listed = Assert.Single(email.Sections, s => s.Heading == "Free first steps").Items.Count;
        Assert.Equal(count, listed);
    }
}
