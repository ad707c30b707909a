using System.Collections.Concurrent;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;

namespace Delegation.Core.Reports;

/// <summary>
/// Every practice's status for the operator's summary, read from what is stored (plan and rollout snapshot),
/// not carried through the reports orchestration: its input stays small however many practices there are.
/// </summary>
public sealed class PracticeStatusReader(IDocumentStore documents, PlanStore plans, RolloutStore rollouts)
{
    /// <summary>Plans listed a page at a time.</summary>
    const int PageSize = 500;

    /// <summary>Stored documents read at once.</summary>
    const int Parallel = 16;

    /// <summary>Each plan's status for <paramref name="month"/>, ordered by practice name then plan id.</summary>
    /// <param name="month">The month the summary covers.</param>
    /// <param name="now">When the summary is made.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<PracticeStatus>> ReadAsync(ReportMonth month, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var statuses = new ConcurrentBag<PracticeStatus>();
        string? continuation = null;
        do
        {
            var page = await documents.ListAsync("plans", continuation, PageSize, cancellationToken);
            await System.Threading.Tasks.Parallel.ForEachAsync(
                page.Names.Where(PlanIds.IsWellFormed),
                new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
                async (id, ct) => statuses.Add(PracticeStatus.Of(id, await plans.GetAsync(id, ct), await rollouts.GetAsync(id, ct), month, now)));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return [.. statuses.OrderBy(s => s.Practice, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.PlanId, StringComparer.Ordinal)];
    }
}
