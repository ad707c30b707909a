using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Reports;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Stage of the monthly reports: one page of plan ids (ids only, to keep the history small).</summary>
public sealed class ListPlanIds(IDocumentStore documents) : IWorkflowActivity<PlanIdPageRequest, DocumentPage>
{
    /// <inheritdoc />
    public async Task<DocumentPage> RunAsync(PlanIdPageRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var page = await documents.ListAsync("plans", input.Continuation, input.PageSize, cancellationToken);
        // Anything in plans/ that is not a plan folder (a stray file) is no plan to report on.
        return page with { Names = page.Names.Where(PlanIds.IsWellFormed).ToList() };
    }
}
