namespace Delegation.Core.Tests;

/// <summary>
/// Round 13: the plans that hand nothing over never answered the form's "start with N tasks" in the email, and the
/// zero-budget one gave no way to act on an option it priced.
/// </summary>
public sealed class StartWithAnsweredTests
{
    [Fact]
    public void ZeroBudget_Email_AnswersStartWith_AndLinksTheFormToPlanAgainWithAnOptionsBudget()
    {
        var text = ReviewPlanDocuments.Email("zero-budget");

        Assert.Contains("You asked to start with 2 tasks; none fits the budget yet, so nothing is handed over until the budget grows (see what more would buy).", text, StringComparison.Ordinal);
        Assert.Contains("To take up options, plan again on the form with a monthly budget of at least what the ones you want cost together.", text, StringComparison.Ordinal);
        Assert.Contains("- Start a new plan on the form: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_Email_AnswersStartWith()
    {
        var text = ReviewPlanDocuments.Email("clinical-only");

        Assert.Contains("You asked to start with 2 tasks; none of the tasks you listed can go to support, so nothing is handed over yet.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("To take up an option", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_BillingHoursBesideTheNoteTool_FitTheBudgetTogether()
    {
        var text = ReviewPlanDocuments.Email("clinical-only");

        // 500 − 100 = 400; 400 ÷ (45 × 52 ÷ 12) = 2.05, rounded down: 2 h, $390.00, with the tool $490.00.
        Assert.Contains("with a tool at $100.00, the $400.00 left would buy the billing specialist about 2 h a week, not the whole budget's hours", text, StringComparison.Ordinal);
    }
}
