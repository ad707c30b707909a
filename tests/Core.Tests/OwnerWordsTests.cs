using Delegation.Core.Email;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>KPIs written for the delegate read, in the owner's email, as about "you".</summary>
public sealed class OwnerWordsTests
{
    [Theory]
    [InlineData("Calls handed to the therapist, and how many mentioned risk", "Calls handed to you, and how many mentioned risk")]
    [InlineData("Acceptance checks the therapist ran at hand-over, and how many passed", "Acceptance checks you ran at hand-over, and how many passed")]
    [InlineData("The therapist's sign-offs outstanding", "Your sign-offs outstanding")]
    [InlineData("Sessions the therapists' associate ran", "Sessions the therapists' associate ran")]
    public void Of_TurnsTheTherapistIntoYou(string kpi, string expected)
    {
        Assert.Equal(expected, OwnerWords.Of(kpi));
    }

    [Fact]
    public void PlanEmail_KpisSpeakToTheOwner_NotOfTheTherapist()
    {
        var intake = Samples.IntakeOf([Samples.Task(name: "Phone calls and voicemail", hours: 5m, stress: 5, repetitive: true, clientInfo: true)], budget: 2000m);
        var plan = Samples.ComposePlan(intake).Plan;
        var va = Assert.Single(plan.CheckIns);
        // The agenda the workflow gives the check-in: the task's own SOP KPIs.
        var kpis = Sops.SopWriter.KpisOf(intake.Tasks[0], va.Role);
        plan = plan with { CheckIns = [va with { Review = [new Planning.KpiReview("t1", intake.Tasks[0].Name, kpis)] }] };

        var text = PlanEmailContent.Build(plan, new Uri("https://delegation.example/")).ToText();

        Assert.Contains("Calls handed to you, and how many mentioned risk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the therapist", text, StringComparison.OrdinalIgnoreCase);
    }
}
