using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;
using Delegation.Core.Workflow.Activities;
using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

/// <summary>The SOP stage writes each SOP inside its plan: the kinds the plan keeps and the systems the practice named.</summary>
public sealed class GenerateSopsTests : IDisposable
{
    readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Run_WithPostingKept_WritesAClaimsSopThatHandsPostingBack_AndNamesTheEhr()
    {
        var claims = Samples.Task(id: "t1", name: "Insurance claims", category: TaskCategory.Billing, clientInfo: true);
        var posting = Samples.Task(id: "t2", name: "ERA and payment posting", category: TaskCategory.Billing, clientInfo: true);
        var practice = Samples.Practice with { Systems = new PracticeSystems(Ehr: "TherapyNotes") };
        var activity = new GenerateSops(new SopStore(new LocalFolderDocumentStore(folder.Path)), new SopConfirmations(new LocalFolderDocumentStore(folder.Path)), TimeProvider.System);

        var links = await activity.RunAsync(new SopRequest(Samples.PlanId, practice, [new SopTask(claims, SupportRole.BillingSpecialist)], [posting]));

        var markdown = await File.ReadAllTextAsync(Path.Combine(folder.Path, "plans", Samples.PlanId, "sops", "t1", "v1.md"));
        Assert.Equal("t1", Assert.Single(links).TaskId);
        Assert.Contains("Leave payment posting to the therapist", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Post each electronic remittance", markdown, StringComparison.Ordinal);
        Assert.Contains("EHR (TherapyNotes)", markdown, StringComparison.Ordinal);
    }
}
