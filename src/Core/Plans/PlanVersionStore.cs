using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Delegation.Core.Ports;

namespace Delegation.Core.Plans;

/// <summary>One version of a plan in its history.</summary>
/// <param name="Version">1 for the plan an intake made, then one more per update.</param>
/// <param name="At">When this version was worked out.</param>
/// <param name="IntakeHash">The hash of the validated intake it was made from (<see cref="PlanVersionStore.HashOf"/>): the same intake sent again makes no new version.</param>
/// <param name="Changes">What it changed from the version before; null for version 1.</param>
public sealed record PlanVersion(int Version, DateTimeOffset At, string IntakeHash, PlanChanges? Changes);

/// <summary>
/// Which update of a plan is making its next version: one claim per version, so a second, different update while one runs
/// is refused instead of racing it. <paramref name="Attempt"/> rises when a failed update is taken over, because a
/// workflow's fixed instance id is never reused.
/// </summary>
public sealed record UpdateClaim(int Version, string IntakeHash, string InstanceId, int Attempt, DateTimeOffset At);

/// <summary>
/// A plan's version history under <c>plans/{planId}/versions/</c>: <c>v{n}.json</c> (what changed) and <c>v{n}-intake.json</c>
/// (the intake it was made from, which the manage page's update form starts from) and <c>v{n}-plan.json</c> (the plan as that
/// version stored it, which the next update compares with), all create-only, so a retried
/// activity keeps the first record. Claims on the next version live under <c>plans/{planId}/updates/</c>.
/// Version 1 is written by the first update: plans made before versions existed have no record of it.
/// </summary>
public sealed class PlanVersionStore(IDocumentStore documents)
{
    /// <summary>The hash that tells two intakes apart: of the validated intake, so whitespace and field order do not count.</summary>
    public static string HashOf(Intake.Intake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var canonical = JsonSerializer.SerializeToUtf8Bytes(intake, PlanJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(canonical).AsSpan(0, 8));
    }

    /// <summary>Records <paramref name="version"/> and its intake; a version already recorded keeps its first record.</summary>
    public async Task RecordAsync(string planId, PlanVersion version, Intake.Intake intake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(intake);
        // The intake first: a record that exists always has its intake beside it.
        await documents.TryCreateAsync($"{Folder(planId)}/v{version.Version}-intake.json", JsonSerializer.SerializeToUtf8Bytes(intake, PlanJson.Options),
            "application/json", cancellationToken);
        await documents.TryCreateAsync($"{Folder(planId)}/v{version.Version}.json", JsonSerializer.SerializeToUtf8Bytes(version, PlanJson.Options),
            "application/json", cancellationToken);
    }

    /// <summary>The recorded versions, oldest first; empty for a plan never updated.</summary>
    public async Task<IReadOnlyList<PlanVersion>> ListAsync(string planId, CancellationToken cancellationToken = default)
    {
        var folder = Folder(planId);
        var found = new List<PlanVersion>();
        string? continuation = null;
        do
        {
            var page = await documents.ListAsync(folder, continuation, 100, cancellationToken);
            foreach (var name in page.Names.Where(IsRecord))
            {
                if (await documents.GetAsync($"{folder}/{name}", cancellationToken) is { } doc)
                {
                    found.Add(JsonSerializer.Deserialize<PlanVersion>(doc.Content, PlanJson.Options)!);
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
        return [.. found.OrderBy(v => v.Version)];
    }

    /// <summary>Keeps a copy of <paramref name="plan"/> as its version was stored (create-only): the next update compares with it.</summary>
    public Task KeepPlanAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return documents.TryCreateAsync($"{Folder(plan.PlanId)}/v{plan.Version}-plan.json", JsonSerializer.SerializeToUtf8Bytes(plan, PlanJson.Options),
            "application/json", cancellationToken);
    }

    /// <summary>The copy of version <paramref name="version"/> of the plan, or null when none was kept.</summary>
    public async Task<Plan?> GetPlanAsync(string planId, int version, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync($"{Folder(planId)}/v{version}-plan.json", cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<Plan>(doc.Content, PlanJson.Options);
    }

    /// <summary>The intake <paramref name="version"/> was made from, or null when it is not recorded.</summary>
    public async Task<Intake.Intake?> GetIntakeAsync(string planId, int version, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync($"{Folder(planId)}/v{version}-intake.json", cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<Intake.Intake>(doc.Content, PlanJson.Options);
    }

    /// <summary>Claims the making of <paramref name="claim"/>'s version; false when another claim has it.</summary>
    public Task<bool> TryClaimAsync(string planId, UpdateClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return documents.TryCreateAsync(ClaimPath(planId, claim.Version), JsonSerializer.SerializeToUtf8Bytes(claim, PlanJson.Options), "application/json", cancellationToken);
    }

    /// <summary>Takes over the claim on a version whose update failed.</summary>
    public Task ReplaceClaimAsync(string planId, UpdateClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return documents.PutAsync(ClaimPath(planId, claim.Version), JsonSerializer.SerializeToUtf8Bytes(claim, PlanJson.Options), "application/json", cancellationToken);
    }

    /// <summary>The claim on <paramref name="version"/>, or null when no update has claimed it.</summary>
    public async Task<UpdateClaim?> GetClaimAsync(string planId, int version, CancellationToken cancellationToken = default)
    {
        var doc = await documents.GetAsync(ClaimPath(planId, version), cancellationToken);
        return doc is null ? null : JsonSerializer.Deserialize<UpdateClaim>(doc.Content, PlanJson.Options);
    }

    // "v12.json", not "v12-intake.json" or "v12-plan.json".
    static bool IsRecord(string name) =>
        name.Length > 6 && name[0] == 'v' && name.EndsWith(".json", StringComparison.Ordinal) && name[1..^5].All(char.IsAsciiDigit);

    static string ClaimPath(string planId, int version) => $"plans/{Checked(planId)}/updates/v{version}.json";

    static string Folder(string planId) => $"plans/{Checked(planId)}/versions";

    static string Checked(string planId) => DocumentPath.IsSafeSegment(planId)
        ? planId
        : throw new ArgumentException("Plan ids must be plain identifiers.", nameof(planId));
}
