using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// Spelling follows the practice's country through the locale words: a US reader of the round-6 kit met an
/// "ageing report", and a London one would have met an "aging" one in the denials SOP.
/// </summary>
public sealed class LocaleSpellingTests
{
    static readonly Practice London = Samples.Practice with { Name = "Camden Talking Therapies", TimeZone = "Europe/London", Country = "GB" };

    static HiringKit Kit(Practice practice, SupportRole role, params PracticeTask[] tasks)
    {
        var line = new SupportLine(role, tasks.Sum(t => t.HoursPerWeek), 30m, 30m * tasks.Sum(t => t.HoursPerWeek) * 52 / 12);
        var brief = new HiringBrief(line, [.. tasks.Select((t, i) => new HiringTask(t with { TaskId = $"t{i + 1}" }, 1))], null);
        return HiringKitWriter.Write(practice, practice.Country == "US" ? "USD" : "GBP", brief, 1);
    }

    [Fact]
    public void UsKit_ForClaimsAndDenials_SpellsAging()
    {
        var kit = Kit(Samples.Practice, SupportRole.BillingSpecialist,
            Samples.Task(name: "Insurance claims submission", category: TaskCategory.Billing, clientInfo: true),
            Samples.Task(name: "Claim denials and appeals", category: TaskCategory.Billing, clientInfo: true));

        Assert.Contains("aging report", kit.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("ageing", kit.Markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("US", "aging report", "ageing")]
    [InlineData("GB", "ageing report", "aging report")]
    [InlineData("AU", "ageing report", "aging report")]
    public void DenialsSop_SpellsAgeingAsTheCountryDoes(string country, string expected, string foreign)
    {
        var practice = country == "US" ? Samples.Practice : London with { Country = country };

        var sop = SopWriter.Write(practice, Samples.Task(name: "Claim denials and appeals", category: TaskCategory.Billing, clientInfo: true), SupportRole.BillingSpecialist, 1);

        Assert.Contains(expected, sop.Markdown, StringComparison.Ordinal);
        // "aging" alone would also find "messaging": the foreign spelling is matched as the reader meets it.
        Assert.DoesNotContain(foreign, sop.Markdown, StringComparison.OrdinalIgnoreCase);
    }
}
