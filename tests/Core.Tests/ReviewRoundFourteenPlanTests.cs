namespace Delegation.Core.Tests;

/// <summary>
/// The round-12 readers' findings on the plan's money still open after round 13, for the review intakes' own output:
/// what the budget frees after a one-off project, add-ons priced at their marginal hours, the associate's insured income,
/// kept-task reasons without arithmetic, the revisit date and the first month on the earliest schedule.
/// </summary>
public sealed class ReviewRoundFourteenPlanTests
{
    static string EmailText(string intake) => ReviewPlanDocuments.Email(intake);

    [Fact]
    public void UkLondon_AfterTheVideoProject_TheLeftoverIsFree_AndTheSearchsNearestRaiseIsPriced()
    {
        var reason = ReviewIntakes.Match("uk-london").KeptReasons[ReviewIntakes.IdOf("uk-london", "Set up a secure video platform for online sessions")];

        // Month 3 on: the £210 is free, said as free, with what the same search hands over for the smallest raise.
        Assert.Contains("From month 3 that £210.00 a month is free again: no other task fits in it, so support costs £390.00 a month and the rest stays yours.", reason, StringComparison.Ordinal);
        Assert.EndsWith("The smallest raise that hands over more, weighed as this plan is: your monthly budget up by £115.00 to £715.00, and the tech professional takes “Website updates” (1 h a week).", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("unspent again", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_AfterTheLastProject_TheNearestRaiseMayRearrange_AndSaysWhatComesBack()
    {
        var reason = ReviewIntakes.Match("solo-us").KeptReasons[ReviewIntakes.IdOf("solo-us", "Fix the online booking widget")];

        // The search at $910 hands scheduling to the assistant in place of claims: what is added comes first, what comes back last.
        Assert.Contains("From month 7 that $141.67 a month is free again: no other task fits in it, so support costs $758.33 a month and the rest stays yours.", reason, StringComparison.Ordinal);
        Assert.EndsWith("your monthly budget up by $10.00 to $910.00, and the virtual assistant takes “Scheduling and rescheduling clients” (4 h a week) and “Insurance claims submission” (3 h a week) comes back to you.", reason, StringComparison.Ordinal);
    }
}
