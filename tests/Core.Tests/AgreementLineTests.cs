using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The plan email's closing line names who signs the country's agreement: outside help that touches client
/// information. An associate therapist, the practice's own workforce, is never told to sign a BAA.
/// </summary>
public sealed class AgreementLineTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    static string Closing(Intake.Intake intake)
    {
        var text = PlanEmailContent.Build(Samples.ComposePlan(intake).Plan, BaseUrl).ToText();
        var end = text.IndexOf(" This email holds no client information", StringComparison.Ordinal);
        Assert.True(end > 0, text);
        var start = text.LastIndexOf('\n', end) + 1;
        return text[start..end];
    }

    static PracticeTask Sessions => Samples.Task(name: "Therapy sessions", category: TaskCategory.Clinical, hours: 10m, stress: 4, clientInfo: true);

    [Fact]
    public void AssociateAndAVa_OnlyTheVaSignsTheBaa_TheAssociateSignsTheWorkforceAgreement()
    {
        var tasks = new[] { Sessions, Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true) };
        var plan = Samples.ComposePlan(Samples.IntakeOf(tasks, shareClientLoad: true, startWith: 2, budget: 3000m)).Plan;
        Assert.Contains(plan.Tasks, t => t.Role == SupportRole.AssociateTherapist);
        Assert.Contains(plan.Tasks, t => t.Role == SupportRole.VirtualAssistant);

        var closing = Closing(Samples.IntakeOf(tasks, shareClientLoad: true, startWith: 2, budget: 3000m));

        Assert.StartsWith("Before the virtual assistant touches client information, have them complete HIPAA privacy and security training and sign a Business Associate Agreement (BAA) under HIPAA with you.", closing, StringComparison.Ordinal);
        Assert.Contains("Your associate therapist is part of your workforce: before any access they sign an employment or contractor agreement with confidentiality terms (not a BAA, which is for outside services)", closing, StringComparison.Ordinal);
        Assert.DoesNotContain("anyone", closing, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpWithoutClientInformation_IsToldToGetNoAccess()
    {
        var closing = Closing(Samples.IntakeOf([Samples.Task(name: "Supply ordering", hours: 6m, stress: 5)], budget: 3000m));

        Assert.StartsWith("None of the work this plan hands to the virtual assistant needs client information, so give them no access to your EHR or client records;", closing, StringComparison.Ordinal);
    }

    [Fact]
    public void UkAssociate_IsToldItIsNotADpa_AndNothingSaysBaa()
    {
        var intake = Samples.IntakeOf([Sessions], shareClientLoad: true, startWith: 1, budget: 3000m);
        intake = intake with { Practice = intake.Practice with { Country = "GB", TimeZone = "Europe/London" }, Budget = intake.Budget with { Currency = "GBP" } };

        var closing = Closing(intake);

        Assert.StartsWith("Your associate therapist is part of your workforce: before any access they sign an employment or contractor agreement with confidentiality terms (not a DPA, which is for outside services) and complete UK GDPR and data protection training.", closing, StringComparison.Ordinal);
        Assert.DoesNotContain("BAA", closing, StringComparison.Ordinal);
    }
}
