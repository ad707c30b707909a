using Delegation.Core.Email;

namespace Delegation.Core.Tests;

/// <summary>The round-12 readers' findings on the zero-budget plan's words, for the review intake's own output.</summary>
public sealed class ReviewRoundThirteenPlanTests
{
    static string EmailText(string intake) => ReviewPlanDocuments.Email(intake);

    [Fact]
    public void ZeroBudget_OpeningPointsToTheOptions_NotToAFirstHireItNeverNames()
    {
        var text = EmailText("zero-budget");

        Assert.Contains("can be handed over within your budget yet. Below, each option says what it would take on and what it costs, and the free steps what you can do in the meantime.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("first hire", text, StringComparison.Ordinal);
        // A range said once, not "up to X to Y".
        Assert.DoesNotContain("up to $", text, StringComparison.Ordinal);
    }
}
