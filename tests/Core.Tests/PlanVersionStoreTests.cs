using Delegation.Core.Plans;
using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

/// <summary>A plan's versions, kept create-only, and the claim on the next one.</summary>
public sealed class PlanVersionStoreTests : IDisposable
{
    const string PlanId = Samples.PlanId;
    readonly TempDirectory folder = new();
    readonly PlanVersionStore store;

    public PlanVersionStoreTests() => store = new PlanVersionStore(new LocalFolderDocumentStore(folder.Path));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Record_TheSameVersionTwice_KeepsTheFirst_AndListsOldestFirst()
    {
        var intake = Samples.Intake();
        var plan = Samples.ComposePlan(intake).Plan;
        var changes = PlanChanges.Between(plan, plan with { Version = 2 });
        await store.RecordAsync(PlanId, new PlanVersion(2, Samples.Now.AddDays(3), "bbb", changes), intake);
        await store.RecordAsync(PlanId, new PlanVersion(1, Samples.Now, "aaa", null), intake);
        await store.RecordAsync(PlanId, new PlanVersion(2, Samples.Now.AddDays(9), "ccc", null), intake);

        var versions = await store.ListAsync(PlanId);

        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("bbb", versions[1].IntakeHash);
        Assert.Equal(Samples.Now.AddDays(3), versions[1].At);
        Assert.True(versions[1].Changes!.IsEmpty);
        Assert.Equal(intake.Tasks.Select(t => t.Name), (await store.GetIntakeAsync(PlanId, 2))!.Tasks.Select(t => t.Name));
        Assert.Null(await store.GetIntakeAsync(PlanId, 3));
    }

    [Fact]
    public async Task Claim_IsTakenOnce_AndATakeOverReplacesIt()
    {
        var first = new UpdateClaim(2, "aaa", "x-update-v2-aaa", 1, Samples.Now);
        Assert.True(await store.TryClaimAsync(PlanId, first));
        Assert.False(await store.TryClaimAsync(PlanId, first with { IntakeHash = "bbb" }));
        Assert.Equal(first, await store.GetClaimAsync(PlanId, 2));

        await store.ReplaceClaimAsync(PlanId, first with { Attempt = 2 });

        Assert.Equal(2, (await store.GetClaimAsync(PlanId, 2))!.Attempt);
        Assert.Null(await store.GetClaimAsync(PlanId, 3));
    }

    [Fact]
    public void HashOf_TheSameIntake_IsTheSame_AndAnotherBudgetIsNot()
    {
        var intake = Samples.Intake();

        Assert.Equal(PlanVersionStore.HashOf(intake), PlanVersionStore.HashOf(Samples.Intake()));
        Assert.NotEqual(PlanVersionStore.HashOf(intake), PlanVersionStore.HashOf(intake with { Budget = intake.Budget with { Monthly = 1300m } }));
    }
}
