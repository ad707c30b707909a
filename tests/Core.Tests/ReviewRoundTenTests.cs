using System.Text.RegularExpressions;
using Delegation.Core.Email;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-9 readers' findings on the plan email's words (round 10's work): each thing said once, plainly.
/// </summary>
public sealed class ReviewRoundTenTests
{
    static string EmailText(string intake) => ReviewPlanDocuments.Email(intake);

    [Fact]
    public void SoloUsEmail_SaysWhatTheMonthlyBudgetLeavesOnce_AndEachKeptTaskOnlyItsCostAgainstIt()
    {
        var text = EmailText("solo-us");

        Assert.Single(Regex.Matches(text, @"leaves \$141\.67 each month"));
        Assert.Contains("so your monthly budget leaves $141.67 each month.", text, StringComparison.Ordinal);
        Assert.Contains("Handing that over too would add $606.67 a month with the virtual assistant, more than the $141.67 left.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudgetEmail_KeptTasksSayTheirCost_NotTheBudgetAgain()
    {
        var text = EmailText("zero-budget");

        Assert.DoesNotContain("beyond your monthly budget", text, StringComparison.Ordinal);
        Assert.Contains("Kept for now: handing it over to the billing specialist at $45.00 an hour would add $585.00 a month.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_OneOffWebsiteMoveSop_SaysItsPurposeWithoutTheWeeklyHoursBoilerplate()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Move the website to a new host");

        Assert.Contains("(a one-off project of about", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("go back to clients and rest", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondonEmail_SaysTheAssistantsMinimumOnce_AsThePlansAssumption()
    {
        var text = EmailText("uk-london");

        Assert.Single(Regex.Matches(text, "This plan prices a virtual assistant at a 5-hour weekly minimum, which many such services ask for."));
        Assert.DoesNotContain("so that is what it is priced at", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_AssociatesKit_SaysThePayTerms_NotTheOwnersTradeOff()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.AssociateTherapist);

        Assert.Contains("Pay: a 60% share of what each session brings in: about $105.00 a session hour at the $175.00 self-pay fee, less where an insurer pays less; about $3,640.00 a month at these hours if every session is at that fee.", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("new income", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("you trade", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("your $175.00 session fee", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("$2,426.67", kit, StringComparison.Ordinal);
    }
}
