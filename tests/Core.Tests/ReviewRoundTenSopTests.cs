namespace Delegation.Core.Tests;

/// <summary>
/// The round-10 readers' findings on the SOPs and hiring kits: each test holds an SOP or kit inside the plan it is
/// part of, so no step does work the plan keeps with the therapist, or work the hire was not given access for.
/// </summary>
public sealed class ReviewRoundTenSopTests
{
    [Fact]
    public void ClaimsSop_DoesNotPromisePaymentPosting_WhenThePlanKeepsIt()
    {
        // forty-tasks keeps "ERA and payment posting" with the therapist: the claims SOP says so, and nowhere posts payments.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Claim submission");

        Assert.Contains("do not post remittances yourself", sop, StringComparison.Ordinal);
        Assert.Contains("Claims twice a week (for example Tuesday and Friday); a month-end claims report.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("every payment is posted to its session", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("payment posting as remittances arrive", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("payments or remittances received", sop, StringComparison.Ordinal);
    }
}
