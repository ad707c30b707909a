using Delegation.Core.Locale;
using Delegation.Core.Plans;
using Delegation.Core.Sops;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="AmendSop"/>: ids, the owner's decision and when it was taken; the proposal itself stays in storage.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ChangeId">The check-in the change was proposed at.</param>
/// <param name="TaskId">The task whose SOP changes.</param>
/// <param name="Decision">The owner's approval, with their edit and reason if they gave one.</param>
/// <param name="DecidedAt">When the owner approved (the orchestration's clock, so a replay says the same date).</param>
public sealed record AmendSopRequest(string PlanId, string ChangeId, string TaskId, SopChangeDecision Decision, DateTimeOffset DecidedAt);

/// <summary>
/// Stage of an SOP change review: record the approved change and store the SOP with it as the next version.
/// Idempotent: the change is recorded create-only, and an SOP that already carries it keeps its version. An approved change
/// also confirms the SOP as right on the day of the decision.
/// </summary>
public sealed class AmendSop(PlanStore plans, SopStore sops, SopChangeStore changes, SopConfirmations confirmations) : IWorkflowActivity<AmendSopRequest, int>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(AmendSopRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await plans.GetAsync(input.PlanId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {input.PlanId} is not stored.");
        var proposal = await changes.GetAsync(input.PlanId, input.ChangeId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {input.PlanId} has no proposed change {input.ChangeId}.");
        var p = plan.Practice;
        var text = string.IsNullOrWhiteSpace(input.Decision.Text) ? proposal.Text : input.Decision.Text;
        var amendment = new SopAmendment(input.ChangeId, text.Trim(), ReasonOf(input.Decision, proposal, p), LocalDate(input.DecidedAt, p.TimeZone));
        var version = await sops.AmendAsync(input.PlanId, input.TaskId, amendment, p.Country, cancellationToken);
        await confirmations.ConfirmAsync(input.PlanId, input.TaskId, new SopConfirmation(input.DecidedAt, SopConfirmedBy.Change), cancellationToken);
        // The plan page names each SOP's version: it must name the one now served. Setting it is idempotent.
        if (plan.Sops.Any(s => s.TaskId == input.TaskId && s.Version != version))
        {
            await plans.SaveAsync(plan with { Sops = [.. plan.Sops.Select(s => s.TaskId == input.TaskId ? s with { Version = version } : s)] }, cancellationToken);
        }

        return version;
    }

    /// <summary>
    /// The end of "Changed on … because …": the owner's own reason, or where the change came from and who approved it.
    /// </summary>
    public static string ReasonOf(SopChangeDecision decision, SopChangeProposal proposal, PracticeView practice)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(practice);
        if (!string.IsNullOrWhiteSpace(decision.Reason))
        {
            return decision.Reason.Trim();
        }

        var met = proposal.CheckInAt ?? proposal.ProposedAt;
        return $"it came up at the check-in on {DateWords.Plain(LocalDate(met, practice.TimeZone), practice.Country)}, and {practice.OwnerName} approved it";
    }

    static DateOnly LocalDate(DateTimeOffset at, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
}
