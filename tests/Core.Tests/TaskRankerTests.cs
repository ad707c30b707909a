using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

public sealed class TaskRankerTests
{
    static readonly decimal[] Hours = [0.25m, 1m, 2.5m, 4.5m, 9.9m, 10m, 40m, 80m];

    /// <summary>Every combination of the factors the intake allows, across a spread of hours.</summary>
    static IEnumerable<PracticeTask> AllCombinations() =>
        from h in Hours
        from s in Enumerable.Range(1, 5)
        from c in Enumerable.Range(1, 5)
        from r in new[] { false, true }
        select Samples.Task(hours: h, stress: s, confidence: c, repetitive: r);

    [Fact]
    public void Rank_EveryScore_IsFrom0To100AndEqualsTheSumOfItsBreakdown()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(AllCombinations()));

        Assert.All(ranked, r =>
        {
            Assert.InRange(r.Score, 0, 100);
            var b = r.Breakdown;
            Assert.Equal(r.Score, b.Time + b.Stress + b.LowConfidence + b.Repetitive, 9);
            Assert.All(new[] { b.Time, b.Stress, b.LowConfidence, b.Repetitive }, part => Assert.True(part >= 0, $"negative part in {b}"));
        });
    }

    [Fact]
    public void Rank_ExtremeTasks_ScoreNearZeroAndExactlyOneHundred()
    {
        var intake = Samples.IntakeOf([
            Samples.Task(name: "Easy", hours: 0.25m, stress: 1, confidence: 5, repetitive: false),
            Samples.Task(name: "Hardest", hours: 80m, stress: 5, confidence: 1, repetitive: true),
        ]);

        var ranked = Samples.Rank(intake);

        Assert.Equal(100, ranked[0].Score);
        Assert.Equal(1, ranked[1].Score);
    }

    [Fact]
    public void Rank_MoreHours_RaiseTheScoreUntilFullTimeThenHoldIt()
    {
        var options = new PlanningOptions();
        var scores = Hours.Select(h => ScoreOf(Samples.Task(hours: h))).ToList();

        for (var i = 1; i < Hours.Length; i++)
        {
            if ((double)Hours[i] <= options.FullTimeHours)
            {
                Assert.True(scores[i] > scores[i - 1], $"{Hours[i]} h should score above {Hours[i - 1]} h");
            }
            else
            {
                Assert.Equal(scores[i - 1], scores[i]);
            }
        }
    }

    [Fact]
    public void Rank_HigherStress_RaisesTheScore()
    {
        var scores = Enumerable.Range(1, 5).Select(s => ScoreOf(Samples.Task(stress: s))).ToList();

        Assert.Equal(scores.Order(), scores);
        Assert.Equal(5, scores.Distinct().Count());
    }

    [Fact]
    public void Rank_LowerConfidence_RaisesTheScore()
    {
        var scores = Enumerable.Range(1, 5).Select(c => ScoreOf(Samples.Task(confidence: c))).ToList();

        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(5, scores.Distinct().Count());
    }

    [Fact]
    public void Rank_RepetitiveTask_ScoresAboveTheSameTaskDoneAdHoc()
    {
        Assert.True(ScoreOf(Samples.Task(repetitive: true)) > ScoreOf(Samples.Task(repetitive: false)));
    }

    [Fact]
    public void Rank_Tasks_ComeHighestScoreFirst()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(Samples.MixedTasks()));

        Assert.Equal(ranked.Select(r => r.Score).OrderDescending(), ranked.Select(r => r.Score));
        Assert.Equal(Samples.MixedTasks().Count, ranked.Count);
    }

    [Fact]
    public void Rank_ClinicalTask_IsNeverDelegable()
    {
        var intake = Samples.IntakeOf([Samples.Task(category: TaskCategory.Clinical, hours: 30m, stress: 5, confidence: 1, repetitive: true)]);

        var ranked = Samples.Rank(intake).Single();

        Assert.False(ranked.Delegable);
        Assert.Equal(100, ranked.Score);
        Assert.Contains("clinical", ranked.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rank_ClinicalTask_IsDelegableWhenTheTherapistSharesTheClientLoad()
    {
        var intake = Samples.IntakeOf([Samples.Task(name: "Overflow sessions", category: TaskCategory.Clinical)], shareClientLoad: true);

        var ranked = Samples.Rank(intake).Single();

        Assert.True(ranked.Delegable);
        Assert.Contains("associate therapist", ranked.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rank_NonClinicalTasks_AreAlwaysDelegable(bool shareClientLoad)
    {
        var tasks = Enum.GetValues<TaskCategory>().Where(c => c != TaskCategory.Clinical).Select(c => Samples.Task(category: c));

        var ranked = Samples.Rank(Samples.IntakeOf(tasks, shareClientLoad));

        Assert.All(ranked, r => Assert.True(r.Delegable, r.Task.Category.ToString()));
    }

    [Fact]
    public void Rank_EqualScores_PutTheLongerTaskFirst()
    {
        // 2.5 h (10) + stress 5/5 (25) and 5 h (20) + repetitive (15) both score 35.
        var shorter = Samples.Task(name: "Shorter", hours: 2.5m, stress: 5, confidence: 5);
        var longer = Samples.Task(name: "Longer", hours: 5m, stress: 1, confidence: 5, repetitive: true);

        var ranked = Samples.Rank(Samples.IntakeOf([shorter, longer]));

        Assert.Equal(ranked[0].Score, ranked[1].Score);
        Assert.Equal(["Longer", "Shorter"], ranked.Select(r => r.Task.Name));
    }

    [Fact]
    public void Rank_EqualScoresAndHours_KeepTheOrderGiven()
    {
        string[] names = ["Zeta", "Alpha", "Mid", "Beta"];

        var ranked = Samples.Rank(Samples.IntakeOf(names.Select(n => Samples.Task(name: n))));

        Assert.Equal(names, ranked.Select(r => r.Task.Name));
        Assert.Equal(["t1", "t2", "t3", "t4"], ranked.Select(r => r.Task.TaskId));
    }

    [Fact]
    public void Rank_SameIntake_GivesTheSameResultEveryTime()
    {
        var intake = Samples.IntakeOf(Samples.MixedTasks());

        var first = Samples.Rank(intake);
        var second = Samples.Rank(intake);

        Assert.Equal(first, second);
    }

    // Each case has one factor far ahead of the others in points and in share of its weight.
    [Theory]
    [InlineData(10, 1, 5, false, "10 h a week")]
    [InlineData(1, 5, 5, false, "stress (5/5)")]
    [InlineData(1, 1, 1, false, "confidence")]
    [InlineData(1, 1, 5, true, "repeats the same way each week, so an SOP can carry it")]
    public void Rank_Reason_IsOneSentenceNamingTheStrongestFactor(decimal hours, int stress, int confidence, bool repetitive, string factor)
    {
        var task = Samples.Task(hours: hours, stress: stress, confidence: confidence, repetitive: repetitive);

        var reason = Samples.Rank(Samples.IntakeOf([task])).Single().Reason;

        Assert.Contains(factor, reason, StringComparison.OrdinalIgnoreCase);
        AssertOneSentence(reason);
    }

    [Theory]
    [InlineData("Quarterly tax paperwork for the accountant", "every quarter")]
    [InlineData("Monthly bookkeeping", "each month")]
    [InlineData("Annual CE hours log", "each year")]
    // A renewal may come every two years: a name that does not say its rhythm is the form's week.
    [InlineData("Licence renewal tracking", "each week")]
    [InlineData("Phone calls and voicemail", "each week")]
    public void Rank_Reason_SaysHowOftenTheTaskRepeatsFromItsName(string name, string rhythm)
    {
        // Little stress, full confidence: repetition is the one reason this task ranks where it does.
        var task = Samples.Task(name: name, hours: 1m, stress: 2, confidence: 5, repetitive: true);

        var reason = Samples.Rank(Samples.IntakeOf([task])).Single().Reason;

        Assert.Contains($"it repeats the same way {rhythm}, so an SOP can carry it", reason, StringComparison.Ordinal);
        AssertOneSentence(reason);
    }

    [Fact]
    public void Rank_Reason_LeavesRepetitionOutWhereTwoRatingsEarnMore()
    {
        // Stress 5/5 earns 25 points and confidence 2/5 earns 15, as many as repeating does: those are the reasons.
        var task = Samples.Task(name: "Insurance claims", hours: 1m, stress: 5, confidence: 2, repetitive: true);

        var reason = Samples.Rank(Samples.IntakeOf([task])).Single().Reason;

        Assert.DoesNotContain("repeats", reason, StringComparison.Ordinal);
        Assert.Contains("stress (5/5)", reason, StringComparison.Ordinal);
        Assert.Contains("confidence in doing it low (2/5)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_Reason_SaysAMiddleConfidenceInPlainWords()
    {
        var task = Samples.Task(hours: 1m, stress: 1, confidence: 3, repetitive: false);

        var reason = Samples.Rank(Samples.IntakeOf([task])).Single().Reason;

        Assert.Contains("you rated your confidence in doing it only 3 out of 5", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("middling", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_Reason_NamesTheStrongerFactorFirst()
    {
        // Time earns all 40 of its points, stress 4/5 three quarters of its 25.
        var task = Samples.Task(hours: 10m, stress: 4, confidence: 5);

        var reason = Samples.Rank(Samples.IntakeOf([task])).Single().Reason;

        var time = reason.IndexOf("10 h a week", StringComparison.Ordinal);
        var stress = reason.IndexOf("(4/5)", StringComparison.Ordinal);
        Assert.True(time >= 0 && stress > time, reason);
        AssertOneSentence(reason);
    }

    [Fact]
    public void Rank_Reason_ForALightTask_StillSaysHowLongItTakes()
    {
        var task = Samples.Task(hours: 1m, stress: 2, confidence: 4);

        var reason = Samples.Rank(Samples.IntakeOf([task])).Single().Reason;

        Assert.Contains("1 h a week", reason, StringComparison.Ordinal);
        AssertOneSentence(reason);
    }

    [Fact]
    public void Rank_Reason_ForEveryCombination_IsOneSentence()
    {
        var ranked = Samples.Rank(Samples.IntakeOf(AllCombinations()));

        Assert.All(ranked, r => AssertOneSentence(r.Reason));
    }

    [Fact]
    public void Rank_Reason_ForEveryCombination_JoinsWholeClauses()
    {
        var tasks = AllCombinations().Concat(Hours.Select(h => Samples.Task(hours: 0m, repetitive: true) with { OneTimeHours = h + 1 }));

        var reasons = Samples.Rank(Samples.IntakeOf(tasks)).Select(r => r.Reason).Distinct().ToList();

        Assert.All(reasons, reason =>
        {
            // Every clause has its own subject, so none dangles off the one before ("…carry it and low confidence").
            var clauses = reason["Why it ranks here: ".Length..^1].Split("; ");
            Assert.All(clauses, c => Assert.True(c.StartsWith("it ", StringComparison.Ordinal) || c.StartsWith("you ", StringComparison.Ordinal)
                || c == "nothing about it stands out", $"'{c}' in '{reason}' is not a whole clause"));
            Assert.DoesNotContain(" and ", reason, StringComparison.Ordinal);
        });
        Assert.Contains(reasons, r => r.Contains("; you rated your confidence in doing it low (", StringComparison.Ordinal));
    }

    static double ScoreOf(PracticeTask task) => Samples.Rank(Samples.IntakeOf([task])).Single().Score;

    static void AssertOneSentence(string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.True(char.IsUpper(reason[0]), $"'{reason}' should start with a capital");
        Assert.EndsWith(".", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(". ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reason);
    }
}
