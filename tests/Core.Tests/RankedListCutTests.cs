using System.Globalization;
using System.Text.RegularExpressions;

namespace Delegation.Core.Tests;

/// <summary>
/// A long ranked list in the plan email shows every task handed over and only the top of what stays: the readers of
/// round 13 took the kept tasks it leaves out for gaps in the ranking. The list says what it holds, and the count at its
/// end gives the highest score left out, which is below every kept task shown.
/// </summary>
public sealed partial class RankedListCutTests
{
    [Fact]
    public void FortyTasks_TheListSaysWhatItHolds_AndTheTasksLeftOutScoreBelowEveryKeptTaskShown()
    {
        var text = ReviewPlanDocuments.Email("forty-tasks");

        Assert.Contains("The list holds every task handed over and the ", text, StringComparison.Ordinal);
        var tail = TailLine().Match(text);
        Assert.True(tail.Success, "no count of the tasks left out");
        var leftOutTop = int.Parse(tail.Groups[2].Value, CultureInfo.InvariantCulture);
        var keptShown = KeptLine().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(keptShown);
        Assert.True(keptShown.Min() >= leftOutTop, $"a kept task shown scores {keptShown.Min()}, below the {leftOutTop} of one left out");
    }

    [Fact]
    public void ShortList_SaysNothingOfACut()
    {
        Assert.DoesNotContain("The list holds every task handed over", ReviewPlanDocuments.Email("solo-us"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"- (\d+) more tasks, each scoring (\d+) or less, stay with you for now")]
    private static partial Regex TailLine();

    [GeneratedRegex(@"\(.*score (\d+)\): stays with you")]
    private static partial Regex KeptLine();
}
