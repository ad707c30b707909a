using Delegation.Core.Email;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>A plan that hands nothing over says how many free steps it lists, and lists that many.</summary>
public sealed class FreeStepCountTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    [Theory]
    // Online booking and portal intake forms (every practice has that admin); notes add the note-writing step. The
    // reminder to list the admin is a date, not a step, and is not counted. No batching: no admin was listed.
    [InlineData(new[] { "Therapy sessions" }, "2 free steps for the admin around your sessions", 2)]
    [InlineData(new[] { "Therapy sessions", "Progress notes" }, "3 free steps for your notes and the admin around your sessions", 3)]
    public void ClinicalOnlyOpening_CountsTheFreeStepsItLists(string[] tasks, string expected, int count)
    {
        var intake = Samples.IntakeOf(tasks.Select(t => Samples.Task(name: t, category: TaskCategory.Clinical, hours: 5m, clientInfo: true)), budget: 500m);
        var plan = Samples.ComposePlan(intake).Plan;

        var email = PlanEmailContent.Build(plan, BaseUrl);
        var text = email.ToText();

        Assert.Contains($"This plan lists {expected}, and a date to list that admin.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("free ways", text, StringComparison.Ordinal);
        // The number is the list's: every bullet under "Free first steps" but the dated reminder, which comes last.
        var listed = Assert.Single(email.Sections, s => s.Heading == "Free first steps").Items;
        Assert.Equal(count, listed.Count - 1);
        Assert.StartsWith(ClinicalOnly.RevisitTitle, listed[^1].Lead, StringComparison.Ordinal);
    }
}
