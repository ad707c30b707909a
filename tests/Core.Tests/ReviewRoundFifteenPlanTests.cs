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

    [Fact]
    public void ZeroBudget_SaysWhatBudgetToEnter_AndThatTheNewPlanChoosesWithinIt()
    {
        var text = EmailText("zero-budget");

        Assert.DoesNotContain("plan again with the budget it names", text, StringComparison.Ordinal);
        Assert.Contains("To take up options, plan again on the form with a monthly budget of at least what the ones you want cost together. "
            + "The new plan hands over what is worth most within that budget, which may not be exactly those options", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_ThePercentageBiller_IsItsOwnLineBesideTheClaimsOption_ComparedWithIt()
    {
        var text = EmailText("zero-budget");
        var option1 = text.IndexOf("- Option 1: Add “Insurance claims”", StringComparison.Ordinal);
        var beside = text.IndexOf("- Another way to hand claims over than option 1: billing services for therapy practices commonly charge a share of what they collect", StringComparison.Ordinal);
        var option2 = text.IndexOf("- Option 2:", StringComparison.Ordinal);
        var free = text.IndexOf("FREE FIRST STEPS", StringComparison.Ordinal);

        Assert.True(option1 >= 0 && option1 < beside && beside < option2, "the billing service line sits right after option 1");
        // $468.00 to $936.00 on the practice's fees, against option 1's $585.00.
        Assert.Contains("5–10% would be $468.00 to $936.00 a month at most, less for the part that is self-pay: option 1's $585.00 a month falls inside that range", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commonly charge a share", text[free..], StringComparison.Ordinal);
        Assert.Contains("If you still send any claims by hand, send them electronically from your EHR or a clearinghouse", text[free..], StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_WhatIsLeftToThePractice_IsSaidAtTheSelfPayFee_NotAsTheInsuredFigure()
    {
        var text = EmailText("group-associate");

        Assert.Contains("pay about $3,640.00, leaving $2,426.67 to the practice at that fee; once they are credentialed, an insured session brings in the insurer's rate instead, often less", text, StringComparison.Ordinal);
        Assert.DoesNotContain("to the practice, once they are credentialed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_TheAiToolConditions_AreWrittenOnce()
    {
        var text = EmailText("clinical-only");

        // The free step for notes sets out the agreement, the vendor's terms and the clients' consent; the budget paragraph points to it.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "how long it keeps recordings and drafts"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "written consent before any session is recorded or transcribed"));
        Assert.Contains("Buy one only on the conditions the free step for notes sets out; try it on a few sessions and keep it only if it saves you time.", text, StringComparison.Ordinal);
    }
}
