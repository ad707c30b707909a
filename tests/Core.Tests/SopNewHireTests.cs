using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// What fresh readers, playing the new hire on day one (round 6), found untrue or unusable in the SOPs:
/// a KPI that points at a date "above" in an invitation with nothing above, a privacy line the steps
/// contradict, no channel for the client details the SOP tells them to pass on, and a crisis script
/// that does not ask where the caller is.
/// </summary>
public sealed class SopNewHireTests
{
    static readonly Practice London = Samples.Practice with
    {
        Name = "Camden Talking Therapies", TimeZone = "Europe/London", Country = "GB",
        Systems = new PracticeSystems(Ehr: "WriteUpp", Billing: "Xero"),
    };

    static IEnumerable<PracticeTask> EveryKind() => SopKindTableTests.Table
        .Select((row, i) => Samples.Task(id: $"t{i}", name: (string)row[0], category: (TaskCategory)row[1], clientInfo: true));

    [Fact]
    public void Kpis_StateTheirOwnRule_BecauseCheckInsListThemWithoutTheSop()
    {
        var pointing = EveryKind()
            .SelectMany(t => SopWriter.KpisOf(t, SupportRole.VirtualAssistant))
            .Where(k => k.Contains("above", StringComparison.OrdinalIgnoreCase) || k.Contains("below", StringComparison.OrdinalIgnoreCase)
                || k.Contains("SLA", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.Empty(pointing);
    }

    [Fact]
    public void SuperbillKpi_NamesTheThirdDayOfTheMonth()
    {
        var kpis = SopWriter.KpisOf(Samples.Task(name: "Superbills for out-of-network clients", category: TaskCategory.Billing), SupportRole.VirtualAssistant);

        Assert.Contains(kpis, k => k.StartsWith("Monthly superbills sent by the third day", StringComparison.Ordinal));
    }
}
