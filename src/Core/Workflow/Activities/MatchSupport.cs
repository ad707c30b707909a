using Delegation.Core.Planning;
using Delegation.Core.Rollout;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="MatchSupport"/>.</summary>
/// <param name="Intake">The validated intake.</param>
/// <param name="Ranked">Its tasks, ranked.</param>
/// <param name="ReceivedAt">When the intake arrived: the plan's date, for dated advice such as an associate's credentialing.</param>
/// <param name="CheckInsPerPhase">The rollout's rule this plan will run with; the configured one when null.</param>
public sealed record MatchRequest(Intake.Intake Intake, IReadOnlyList<RankedTask> Ranked, DateTimeOffset? ReceivedAt = null, int? CheckInsPerPhase = null);

/// <summary>Output of <see cref="MatchSupport"/>: the match and the catalogue it was made from.</summary>
public sealed record MatchResult(SupportMatch Match, IReadOnlyList<RoleProfile> Roles);

/// <summary>Stage: choose support within budget and stage the rollout.</summary>
/// <param name="options">The role catalogue and ranking weights.</param>
/// <param name="workflow">The rollout's pace, so the plan says truly when later phases can start; the defaults when null.</param>
public sealed class MatchSupport(IOptions<PlanningOptions> options, IOptions<WorkflowOptions>? workflow = null) : IWorkflowActivity<MatchRequest, MatchResult>
{
    /// <inheritdoc />
    public Task<MatchResult> RunAsync(MatchRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The intake's rate overrides make the catalogue this plan is made from, and the plan shows it.
        var roles = options.Value.RolesFor(input.Intake.Preferences);
        var intake = input.Intake;
        var terms = new MatchTerms(intake.Budget.OneTime, intake.Budget.Currency, intake.Practice.SessionFee,
            intake.Preferences.AssociatePayShareOrDefault, Country: intake.Practice.Country,
            CheckInsPerPhase: input.CheckInsPerPhase ?? (workflow?.Value ?? new WorkflowOptions()).CheckInsPerPhase,
            Start: input.ReceivedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(intake.Practice.TimeZone)).DateTime) : null);
        var match = SupportMatcher.Match(input.Ranked, roles, intake.Budget.Monthly, intake.Preferences.StartWith, terms);
        return Task.FromResult(new MatchResult(match, roles));
    }
}
