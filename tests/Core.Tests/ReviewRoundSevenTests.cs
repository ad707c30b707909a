using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-7 readers' findings on the plan's money, fit and phases, each read off the plan the reader was sent:
/// a fit trade said as the objective, associate credentialing left as a step while the one-off budget sat idle,
/// one-off projects staged late for no money reason, a monthly leftover called the first month's, and a kept project
/// whose funding sentence contradicted "stays with you".
/// </summary>
public sealed class ReviewRoundSevenTests
{
    static string KeptReason(string intake, string task) =>
        ReviewIntakes.Match(intake).KeptReasons[ReviewIntakes.IdOf(intake, task)];

    [Theory]
    [InlineData("solo-us", "Claim denials and appeals", "“Phone calls and voicemail” (score 52)")]
    [InlineData("group-associate", "Credentialing and CAQH re-attestation", "“Bookkeeping in QuickBooks” (score 46)")]
    public void FitTrade_IsSaidAsWhoDoesItBest_WhatItWouldPushOut_AndWhatTheBetterFitWouldAdd(string intake, string task, string pushedOut)
    {
        var reason = KeptReason(intake, task);

        Assert.Contains("A billing specialist does this work best, and the budget has no room to add one.", reason, StringComparison.Ordinal);
        Assert.Contains($"Given to the virtual assistant instead, it would push out lower-ranked {pushedOut}, which gives you back as much time (2 h a week)", reason, StringComparison.Ordinal);
        Assert.Contains("So it waits until you can add a billing specialist for it (+$", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("weighs it at", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("count for more than", reason, StringComparison.Ordinal);
    }
}
