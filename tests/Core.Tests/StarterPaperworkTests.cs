using Delegation.Core.Email;
using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// An associate the practice may employ gets the country's starter paperwork in the kit (Form I-9 and W-4 in the US,
/// the right-to-work check in the UK), and the free "saved card" step is worded the country's way.
/// </summary>
public sealed class StarterPaperworkTests
{
    static HiringKit AssociateKit(string country, string timeZone)
    {
        var practice = new Practice("Oak Practice", "Ana Ruiz", "ana@example.com", timeZone, 150m, 25m, country);
        var line = new SupportLine(SupportRole.AssociateTherapist, 10m, 75m, 75m * 10m * 52 / 12);
        var brief = new HiringBrief(line, [new HiringTask(Samples.Task(id: "t1", name: "Therapy sessions", category: TaskCategory.Clinical, hours: 10m, clientInfo: true), 1)], null);
        return HiringKitWriter.Write(practice, country == "US" ? "USD" : "GBP", brief, 1);
    }

    static string Kickoff(HiringKit kit) => Html.SectionText(Html.Parse(kit.Html), "Kickoff and the first weeks");

    [Fact]
    public void UsAssociateKit_NamesFormI9AndW4_NotARightToWorkCheck()
    {
        var kickoff = Kickoff(AssociateKit("US", "America/Chicago"));

        Assert.Contains("Form I-9", kickoff, StringComparison.Ordinal);
        Assert.Contains("W-4", kickoff, StringComparison.Ordinal);
        Assert.DoesNotContain("right-to-work", kickoff, StringComparison.Ordinal);
    }

    [Fact]
    public void UkAssociateKit_NamesTheRightToWorkCheck_NotFormI9()
    {
        var kickoff = Kickoff(AssociateKit("GB", "Europe/London"));

        Assert.Contains("right-to-work check before their first day", kickoff, StringComparison.Ordinal);
        Assert.DoesNotContain("I-9", kickoff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "Keep a card on file for each client who agrees to it")]
    [InlineData("GB", "Keep a saved card for each client who agrees to it")]
    public void FreeInvoicingStep_UsesTheCountrysWordForASavedCard(string country, string expected)
    {
        var tasks = new[] { Samples.Task(name: "Client invoices", category: TaskCategory.Billing, hours: 3m, clientInfo: true) };
        var intake = Samples.IntakeOf(tasks, budget: 0m);
        var plan = Samples.ComposePlan(intake with { Practice = intake.Practice with { Country = country } }).Plan;

        var steps = FreeSteps.For(plan);

        Assert.Contains(steps, s => s.StartsWith(expected, StringComparison.Ordinal));
    }
}
