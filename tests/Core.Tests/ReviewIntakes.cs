using System.Text.Json;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Workflow.Activities;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Tests;

/// <summary>
/// The intakes the fresh readers reviewed (docs/review-intakes), matched as the workflow matches them on the
/// day of the review, so a test reads the very sentences a reader was sent.
/// </summary>
internal static class ReviewIntakes
{
    /// <summary>The day the round-6 plans were sent.</summary>
    public static readonly DateTimeOffset ReceivedAt = new(2026, 12, 3, 16, 36, 0, TimeSpan.Zero);

    public static readonly string[] Names = ["clinical-only", "forty-tasks", "group-associate", "solo-us", "uk-london", "zero-budget"];

    public static Intake.Intake Load(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Delegation.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("no Delegation.sln above the test binaries"), "docs", "review-intakes", name + ".json");
        var form = JsonSerializer.Deserialize<IntakeForm>(File.ReadAllText(path), PlanJson.Options);
        return IntakeValidator.Validate(form).Intake ?? throw new InvalidOperationException($"{name} must be a valid intake");
    }

    public static SupportMatch Match(string name) => Match(Load(name));

    /// <summary>A review intake, perhaps changed (another start-with, say), matched as the workflow matches it.</summary>
    public static SupportMatch Match(Intake.Intake intake)
    {
        var options = new PlanningOptions();
        var ranked = TaskRanker.Rank(intake, options);
        return new MatchSupport(Options.Create(options)).RunAsync(new MatchRequest(intake, ranked, ReceivedAt)).Result.Match;
    }

    /// <summary>The plan's tasks as the workflow passes them on: the intake's, ranked, with any the plan adds itself.</summary>
    public static IReadOnlyList<PracticeTask> Tasks(string name) => [.. TaskRanker.Rank(Load(name), new PlanningOptions()).Select(r => r.Task)];

    /// <summary>Every sentence the matcher wrote for the plan: kept reasons, role reasons, line notes, next steps.</summary>
    public static IReadOnlyList<string> Sentences(SupportMatch match) =>
    [
        .. match.KeptReasons.Values,
        .. match.Assignments.Select(a => a.RoleReason).OfType<string>(),
        .. match.SupportMix.Select(l => l.Note).OfType<string>(),
        .. (match.NextSteps ?? []).Select(s => s.Text),
    ];

    /// <summary>The id of the task named <paramref name="name"/> in the review intake.</summary>
    public static string IdOf(string intake, string name) => Load(intake).Tasks.Single(t => t.Name == name).TaskId;
}
