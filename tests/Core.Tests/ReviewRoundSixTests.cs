namespace Delegation.Core.Tests;

/// <summary>
/// The round-6 readers' findings on money and dates, each read off the plan the reader was sent: what a step
/// would add, one-offs paid from the same leftover, a higher-ranked task kept at equal cost, credentialing
/// dated before anyone is hired, a near miss, and wording a person would not use.
/// </summary>
public sealed class ReviewRoundSixTests
{
    static string KeptReason(string intake, string task) =>
        ReviewIntakes.Match(intake).KeptReasons[ReviewIntakes.IdOf(intake, task)];

    static string RoleReason(string intake, string task) =>
        ReviewIntakes.Match(intake).Assignments.Single(a => a.TaskId == ReviewIntakes.IdOf(intake, task)).RoleReason!;

    [Fact]
    public void BetterFitMove_AddsTheExactChange_AndSaysTheMinimumItIsBilledAt()
    {
        // 1 h to marketing support is billed at its 2-hour minimum, 2 × $50 × 52/12 = $433.333…, while the VA
        // (9 h, above its minimum) bills 1 h less, $151.666…: the plan's spend rises by $281.666…, rounded once.
        var reason = RoleReason("group-associate", "Psychology Today profile");

        // Said against what the budget leaves: the move is not affordable, and the sentence must not read as if it were.
        Assert.Contains("but moving it there would cost $281.67 more a month, and only $50.00 a month is left.", reason, StringComparison.Ordinal);
        Assert.Contains("This plan prices marketing support at a 2-hour weekly minimum, so this task's 1 h would be billed as 2 h", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("$281.66", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOffsFromTheSameLeftover_AreCoveredCumulatively_FromExactMoney()
    {
        // $900 less 5 h × $35 × 52/12 leaves $141.666… a month. The workspace BAA ($300) closes a compliance gap, so it is
        // paid first, in month 3 (3 × 141.666… = $425.00); the widget ($450) once both are, $750, in month 6 ($850.00).
        var widget = KeptReason("solo-us", "Fix the online booking widget");
        var workspace = KeptReason("solo-us", "Set up Google Workspace with a BAA");

        Assert.Contains("by month 3 it covers this ($425.00 by then)", workspace, StringComparison.Ordinal);
        Assert.Contains("The same $141.67 a month pays for “Set up Google Workspace with a BAA” first", widget, StringComparison.Ordinal);
        Assert.Contains("by month 6 it covers this too ($850.00 set aside by then, against $750.00 for both)", widget, StringComparison.Ordinal);
        Assert.DoesNotContain("$425.01", workspace, StringComparison.Ordinal);
        Assert.DoesNotContain("$566.68", widget, StringComparison.Ordinal);
    }

    [Fact]
    public void HigherRankedTaskKeptAtEqualCost_SaysTheFitReason()
    {
        // Credentialing (53) would cost the VA the same $303.33 as bookkeeping (46), but a billing specialist does
        // it best: with the VA it counts at 60%, 53 × 2 × 0.6 < 46 × 2. The sentence must say that, not only budget, and
        // what the billing specialist (already engaged above its minimum) would add: 2 h × $45 × 52/12 = $390.00.
        var reason = KeptReason("group-associate", "Credentialing and CAQH re-attestation");

        Assert.Contains("The virtual assistant could take it instead of lower-ranked “Bookkeeping in QuickBooks” (score 46) at the same 2 h a week and cost", reason, StringComparison.Ordinal);
        // The plan already has a billing specialist: what is missing is budget for more of their hours, not one to add.
        Assert.Contains("or $390.00 with the billing specialist, who does it best.", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("add a billing specialist", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentialing_IsDatedFromTheAssociatesAcceptance_NotThePlanDate()
    {
        var match = ReviewIntakes.Match("group-associate");
        var note = match.SupportMix.Single(l => l.Role == Planning.SupportRole.AssociateTherapist).Note!;
        var reason = match.Assignments.Single(a => a.Role == Planning.SupportRole.AssociateTherapist).RoleReason!;

        Assert.Contains("start credentialing them with each insurer you bill the day they accept", note, StringComparison.Ordinal);
        Assert.Contains("Insurers usually take 3 to 6 months to credential a new clinician, and until an insurer has, only self-pay sessions can be billed", note, StringComparison.Ordinal);
        Assert.Contains("the billing specialist credentials them with each insurer you bill from the day they accept", reason, StringComparison.Ordinal);
        foreach (var text in new[] { note, reason })
        {
            Assert.DoesNotContain("December 3, 2026", text, StringComparison.Ordinal);
            Assert.DoesNotContain("2027", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NearMiss_SaysHowMuchMoreThanTheBudgetHasLeft()
    {
        // Superbills: 1 h on top of the VA's 5 h adds $151.666…; the budget leaves $141.666…: $10.00 short.
        var reason = KeptReason("solo-us", "Superbills for out-of-network clients");

        Assert.Contains("would add $151.67 a month: $10.00 a month more than the $141.67 left.", reason, StringComparison.Ordinal);
        // A near miss names the nearest way in.
        Assert.Contains("The nearest way to hand it over: raise your monthly budget by $10.00 to", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewPlans_SayEachMinimumOnce_AndNameNoPersonIt()
    {
        foreach (var name in ReviewIntakes.Names)
        {
            var said = ReviewIntakes.Sentences(ReviewIntakes.Match(name));
            Assert.All(said, s =>
            {
                Assert.DoesNotContain("paid for its", s, StringComparison.Ordinal);
                Assert.DoesNotContain("with none of it unused", s, StringComparison.Ordinal);
                Assert.DoesNotContain("h weekly minimum.", s, StringComparison.Ordinal);
                Assert.DoesNotContain("Or, for", s, StringComparison.Ordinal);
            });
            foreach (var role in new[] { "a virtual assistant", "marketing support", "a billing specialist", "a tech professional" })
            {
                Assert.True(said.Count(s => s.Contains($"This plan prices {role} at a", StringComparison.Ordinal)) <= 1, $"{name}: {role} minimum said twice");
            }
        }
    }

    [Fact]
    public void MinimumHolds_NamesThePersonsUsualMinimum()
    {
        var reason = RoleReason("solo-us", "Insurance claims submission");

        Assert.Contains("would cost $585.00 more a month, and only $141.67 a month is left. The move saves nothing with the virtual assistant, who would still be paid for the 5-hour weekly minimum this plan prices them at.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AlternativeStep_SaysWhatItReplaces_InPlainWords()
    {
        // zero-budget no longer offers claims twice (round 12: one role per task), so the wording is checked on the step itself.
        var step = new Planning.NextStep("t3", Planning.SupportRole.BillingSpecialist, 585m, null,
            "Add “Insurance claims” (3 h a week) with the billing specialist at $45.00 an hour, for $585.00 more a month.", ["t3"]);

        var alternative = Planning.MatchWords.Alternative(step, ["Insurance claims"], above: true);

        Assert.StartsWith("Instead of the step above, you could hand over only “Insurance claims”: add “Insurance claims” (3 h a week) with the billing specialist", alternative.Text, StringComparison.Ordinal);
    }
}
