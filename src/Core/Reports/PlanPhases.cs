using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Reports;

/// <summary>The phase arithmetic the owner's report and the operator's status share, so the two never disagree.</summary>
public static class PlanPhases
{
    /// <summary>
    /// The plan's last phase: the rollout's, once one runs (it fixed the phases when it started), else the highest
    /// phase a task of the plan has; 0 when nothing is phased.
    /// </summary>
    /// <param name="plan">The stored plan.</param>
    /// <param name="rollout">Its rollout snapshot, or null before one starts.</param>
    public static int LastOf(Plan plan, RolloutSnapshot? rollout)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return rollout?.LastPhase ?? plan.Tasks.Max(t => t.Phase) ?? 0;
    }
}
