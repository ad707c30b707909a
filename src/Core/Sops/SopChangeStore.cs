using System.Text.Json;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Ports;

namespace Delegation.Core.Sops;

/// <summary>
/// A change to an SOP proposed at a check-in, as it waits for the owner's review. The text stays in storage and on the
/// review page: it is free text and may name a client by mistake, so no email carries it.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ChangeId">The check-in it was proposed at (one proposal per check-in).</param>
/// <param name="TaskId">The task whose SOP it changes.</param>
/// <param name="Role">The role doing that task.</param>
/// <param name="Text">What should change, as written at the check-in.</param>
/// <param name="ProposedAt">When the check-in was recorded.</param>
/// <param name="CheckInAt">When the check-in met (plan time), for the words "the check-in on …"; null when unknown.</param>
public sealed record SopChangeProposal(string PlanId, string ChangeId, string TaskId, SupportRole Role, string Text, DateTimeOffset ProposedAt,
    DateTimeOffset? CheckInAt = null);

/// <summary>The owner's decision on a proposal, as recorded when the review link was used.</summary>
/// <param name="Approve">True to change the SOP, false to keep it as it is.</param>
/// <param name="Text">The change as the owner edited it; null to take the proposal as written.</param>
/// <param name="Reason">Why, for the SOP's "Changed on … because …" line; null for the check-in it came from.</param>
public sealed record SopChangeDecision(bool Approve, string? Text = null, string? Reason = null);

/// <summary>
/// Proposals and decisions under <c>plans/{planId}/sop-changes/{changeId}/</c>. Both are create-only: the first
/// proposal of a check-in stands, and the first decision uses the review link up, so a second click is refused.
/// </summary>
public sealed class SopChangeStore(IDocumentStore documents)
{
    /// <summary>Most characters a proposed change (or the owner's edit of it) may have.</summary>
    public const int MaxText = 2000;

    /// <summary>Most characters of the owner's reason.</summary>
    public const int MaxReason = 300;

    /// <summary>Stores <paramref name="proposal"/>; false when the check-in already has one.</summary>
    public Task<bool> TryProposeAsync(SopChangeProposal proposal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return documents.TryCreateAsync(Folder(proposal.PlanId, proposal.ChangeId) + "/proposal.json",
            JsonSerializer.SerializeToUtf8Bytes(proposal, PlanJson.Options), "application/json", cancellationToken);
    }

    /// <summary>The proposal, or null when there is none.</summary>
    public async Task<SopChangeProposal?> GetAsync(string planId, string changeId, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync(Folder(planId, changeId) + "/proposal.json", cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<SopChangeProposal>(doc.Content, PlanJson.Options);
    }

    /// <summary>Records <paramref name="decision"/>; false when the proposal was already decided (the link is used).</summary>
    public Task<bool> TryDecideAsync(string planId, string changeId, SopChangeDecision decision, CancellationToken cancellationToken = default) =>
        documents.TryCreateAsync(Folder(planId, changeId) + "/decision.json",
            JsonSerializer.SerializeToUtf8Bytes(decision, PlanJson.Options), "application/json", cancellationToken);

    /// <summary>The recorded decision, or null while the proposal waits.</summary>
    public async Task<SopChangeDecision?> GetDecisionAsync(string planId, string changeId, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync(Folder(planId, changeId) + "/decision.json", cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<SopChangeDecision>(doc.Content, PlanJson.Options);
    }

    static string Folder(string planId, string changeId) => DocumentPath.IsSafeSegment(planId) && DocumentPath.IsSafeSegment(changeId)
        ? $"plans/{planId}/sop-changes/{changeId.ToLowerInvariant()}"
        : throw new ArgumentException("Plan and change ids must be plain identifiers.");
}
