using System.Globalization;

namespace Delegation.Core.Planning;

/// <summary>
/// A task's score as the owner reads it: a whole number. Scores are sums of weighted shares, and "score 59.8"
/// claims a precision an owner's 1-to-5 ratings do not have; the ranking itself keeps the exact scores.
/// </summary>
public static class ScoreWords
{
    /// <summary>The score rounded to a whole number, halves away from zero ("59.8" reads "60").</summary>
    /// <param name="score">The ranker's score, 0 to 100.</param>
    public static string Of(double score) => Math.Round(score, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
