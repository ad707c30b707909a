using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Sops;

namespace Delegation.Core.Workflow.Activities;

/// <summary>A delegated task, who owns it, and the plan phase it is handed over in (null in inputs recorded before phases were passed).</summary>
public sealed record SopTask(Intake.PracticeTask Task, SupportRole Role, int? Phase = null);

/// <summary>Input of <see cref="GenerateSops"/>.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Practice">The practice, with its country and systems.</param>
/// <param name="Tasks">The delegated tasks, one SOP each.</param>
/// <param name="Kept">The intake's tasks the plan keeps with the therapist: no SOP of theirs, but the SOPs hand their work back.</param>
/// <param name="Currency">ISO 4217 code of the session fee the SOPs quote; null for the practice's country's currency.</param>
/// <param name="KeepAmendments">True for a plan update: the changes the owner approved at check-ins are written into each SOP again,
/// so a new version of the plan never quietly drops them (a new plan has none, and skips the look-up).</param>
public sealed record SopRequest(string PlanId, Intake.Practice Practice, IReadOnlyList<SopTask> Tasks, IReadOnlyList<Intake.PracticeTask>? Kept = null,
    string? Currency = null, bool KeepAmendments = false);

/// <summary>
/// Stage: write and store an SOP for every delegated task. A first version counts as confirmed the day it is written
/// (create-only, so a retry keeps the first record); staleness is counted from there.
/// </summary>
public sealed class GenerateSops(SopStore store, SopConfirmations confirmations, TimeProvider time) : IWorkflowActivity<SopRequest, IReadOnlyList<SopLink>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SopLink>> RunAsync(SopRequest input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var links = new List<SopLink>(input.Tasks.Count);
        var kinds = input.Tasks.Select(t => SopWriter.KindOf(t.Task)).ToHashSet(StringComparer.Ordinal);
        var kept = (input.Kept ?? []).Select(SopWriter.KindOf).ToHashSet(StringComparer.Ordinal);
        var roles = SopWriter.RolesByKind(input.Tasks.Select(t => (t.Task, t.Role)));
        var phases = SopWriter.PhasesByKind(input.Tasks.Where(t => t.Phase is not null).Select(t => (t.Task, t.Phase!.Value)));
        List<Intake.PracticeTask> all = [.. input.Tasks.Select(t => t.Task), .. input.Kept ?? []];
        foreach (var t in input.Tasks)
        {
            var amendments = input.KeepAmendments ? await store.AmendmentsAsync(input.PlanId, t.Task.TaskId, cancellationToken) : [];
            var (version, title) = await store.SaveAsync(input.PlanId, t.Task.TaskId, v =>
            {
                var sop = SopWriter.Write(input.Practice, t.Task, t.Role, v, kinds, kept, input.Currency, all, roles, input.Kept, phases, t.Phase);
                return amendments.Count == 0 ? sop : SopWriter.FromMarkdown(sop.TaskId, sop.Title, SopAmendments.Apply(sop.Markdown, amendments, v, input.Practice.Country));
            }, cancellationToken);
            if (version == 1)
            {
                await confirmations.WrittenAsync(input.PlanId, t.Task.TaskId, time.GetUtcNow(), cancellationToken);
            }

            links.Add(new SopLink(t.Task.TaskId, title, $"/api/plans/{input.PlanId}/sops/{t.Task.TaskId}", version));
        }

        return links;
    }
}
