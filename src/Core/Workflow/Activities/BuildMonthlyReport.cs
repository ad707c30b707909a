using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Reports;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Workflow.Activities;

/// <summary>
/// Stage of the monthly reports: one practice's report, stored (create-only) and emailed (one message id per
/// plan and month). Run again, it finds the stored report and the sent email and does nothing new. The next
/// step's owner link is made here, for the email only: the stored page is served by plan id and must not hold it.
/// </summary>
public sealed class BuildMonthlyReport(
    PlanStore plans,
    RolloutStore rollouts,
    ReportStore reports,
    SopConfirmations confirmations,
    IEmailSender email,
    LinkTokens tokens,
    IOptions<AppOptions> app,
    TimeProvider time)
    : IWorkflowActivity<ReportRequest, ReportOutcome>
{
    /// <inheritdoc />
    public async Task<ReportOutcome> RunAsync(ReportRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var month = ReportMonth.Parse(input.Month);
        var plan = await plans.GetAsync(input.PlanId, cancellationToken);
        if (plan is null)
        {
            // Still being planned: it has not reached its owner, so there is nothing to report.
            return ReportOutcome.NotActive;
        }

        // Last month's stored report is fixed, so a rerun of this month compares against the same figures.
        var previous = await reports.GetAsync(input.PlanId, ReportMonth.Before(month.Start).ToString(), cancellationToken);
        var rollout = await rollouts.GetAsync(input.PlanId, cancellationToken);
        var confirmed = await confirmations.LastOfAsync(plan.PlanId, SopStaleness.InUse(plan, rollout).Select(t => t.TaskId), cancellationToken);
        var report = ReportCalculator.Build(plan, rollout, month, time.GetUtcNow(), previous, confirmed);
        if (report is null)
        {
            return ReportOutcome.NotActive;
        }

        var (stored, _) = await reports.CreateOnceAsync(report, cancellationToken);
        var link = stored.NextAction == ReportAction.None
            ? null
            : new Uri(app.Value.BaseUrl, $"plans/{plan.PlanId}/manage?token={await tokens.CreateAsync(plan.PlanId, LinkTokens.Owner, time.GetUtcNow() + SendNotice.OwnerLinkLifetime)}");
        // Each stale SOP's review link is scoped to that SOP: it shows it and confirms it, and can do nothing else.
        var reviews = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var stale in stored.StaleSops ?? [])
        {
            reviews[stale.TaskId] = new Uri(app.Value.BaseUrl,
                $"sop-reviews/{await tokens.CreateAsync(plan.PlanId, LinkTokens.SopReview(stale.TaskId), time.GetUtcNow() + SopStaleness.ReviewLinkLifetime)}");
        }

        var sent = await email.SendAsync(ReportWriter.Email(stored, plan, link, reviews), cancellationToken);
        return sent == EmailSendOutcome.Sent ? ReportOutcome.Sent : ReportOutcome.AlreadyDone;
    }
}
