namespace Delegation.Core.Tests;

/// <summary>
/// The round-14 readers' findings on the plan email's sentences, for the review intakes' own output: a raise quoted on
/// money already set aside, a project offered as extra that the plan pays for later, what to enter to take up an option,
/// the associate's fee before credentialing, and the clinical-only plan's repeated conditions.
/// </summary>
public sealed class ReviewRoundFifteenPlanTests
{
    static string EmailText(string intake) => ReviewPlanDocuments.Email(intake);

    [Fact]
    public void SoloUs_TheNearestRaise_WorksOnlyOnceTheSetAsideProjectsArePaid_OrCostsTheWholeTaskBeforeThen()
    {
        var reason = ReviewIntakes.Match("solo-us").KeptReasons[ReviewIntakes.IdOf("solo-us", "Superbills for out-of-network clients")];

        // The $141.67 a month goes to the month-3 and month-6 projects: $10.00 more hands superbills over only from month 7;
        // before then the task's whole $151.67 must come on top, so the set-aside goes on.
        Assert.EndsWith("The nearest way to hand it over: raise your monthly budget by $10.00 to $910.00, and the virtual assistant can take it from month 7, "
            + "once the set-aside has paid for the projects that wait for it; to hand it over sooner, raise it by $151.67 to $1,051.67 instead, so the set-aside goes on.",
            reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondon_AProjectTheSetAsideAlreadyPaysFor_IsNotOfferedAsExtra()
    {
        var match = ReviewIntakes.Match("uk-london");
        var id = ReviewIntakes.IdOf("uk-london", "Set up a secure video platform for online sessions");

        Assert.True(match.KeptWaits!.ContainsKey(id));
        Assert.DoesNotContain(match.NextSteps ?? [], s => s.TaskIds!.Contains(id));
        Assert.DoesNotContain("Add “Set up a secure video platform", EmailText("uk-london"), StringComparison.Ordinal);
        // Likewise solo-us: both projects wait for the set-aside, so neither is an extra.
        Assert.DoesNotContain("h, one-off) with the tech professional", EmailText("solo-us"), StringComparison.Ordinal);
    }
}
