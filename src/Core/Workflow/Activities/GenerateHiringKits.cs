using Delegation.Core.Hiring;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Input of <see cref="GenerateHiringKits"/>: one brief per role the plan engages.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Practice">The practice hiring.</param>
/// <param name="Currency">ISO 4217 code of the plan's amounts.</param>
/// <param name="Roles">Each engaged role with its line, tasks and check-in.</param>
/// <param name="Tasks">Every task of the intake, so a kit names a tool the therapist named in another task ("Bookkeeping in QuickBooks").</param>
public sealed record HiringKitRequest(string PlanId, Intake.Practice Practice, string Currency, IReadOnlyList<HiringBrief> Roles,
    IReadOnlyList<Intake.PracticeTask>? Tasks = null);

/// <summary>Stage: write and store a hiring kit for every role in the plan.</summary>
public sealed class GenerateHiringKits(HiringKitStore store) : IWorkflowActivity<HiringKitRequest, IReadOnlyList<HiringKitLink>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<HiringKitLink>> RunAsync(HiringKitRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var links = new List<HiringKitLink>(input.Roles.Count);
        // What no role takes stays with the therapist: a kit grants no access for it.
        var given = input.Roles.SelectMany(r => r.Tasks).Select(t => t.Task.TaskId).ToHashSet(StringComparer.Ordinal);
        var kept = input.Tasks?.Where(t => !given.Contains(t.TaskId)).ToList();
        foreach (var brief in input.Roles.Where(r => r.Tasks.Count > 0))
        {
            var role = brief.Line.Role;
            var (version, title) = await store.SaveAsync(
                input.PlanId, role, v => HiringKitWriter.Write(input.Practice, input.Currency, brief, v, input.Tasks, kept), cancellationToken);
            links.Add(new HiringKitLink(role, title, $"/api/plans/{input.PlanId}/hiring/{HiringRoles.Slug(role)}", version));
        }

        return links;
    }
}
