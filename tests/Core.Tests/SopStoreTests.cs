using System.Text;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;
using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

public sealed class SopStoreTests : IDisposable
{
    const string PlanId = Samples.PlanId;
    readonly TempDirectory folder = new();
    readonly SopStore store;

    public SopStoreTests() => store = new SopStore(new LocalFolderDocumentStore(folder.Path));

    public void Dispose() => folder.Dispose();

    static Func<int, Sop> Render(PracticeTask task) => v => SopWriter.Write(Samples.Practice, task, SupportRole.VirtualAssistant, v);

    [Fact]
    public async Task Save_SameSopTwice_KeepsVersionOne()
    {
        var task = Samples.Task(name: "Scheduling");

        var first = await store.SaveAsync(PlanId, "t1", Render(task));
        var second = await store.SaveAsync(PlanId, "t1", Render(task));

        Assert.Equal((1, "SOP: Scheduling"), first);
        Assert.Equal((1, "SOP: Scheduling"), second);
        Assert.Equal(
            [$"plans/{PlanId}/sops/t1/latest.json", $"plans/{PlanId}/sops/t1/v1.html", $"plans/{PlanId}/sops/t1/v1.md"],
            folder.Files());
    }

    [Fact]
    public async Task Save_ChangedSop_CreatesVersionTwoAndKeepsVersionOne()
    {
        await store.SaveAsync(PlanId, "t1", Render(Samples.Task(name: "Scheduling", hours: 2m)));

        var second = await store.SaveAsync(PlanId, "t1", Render(Samples.Task(name: "Scheduling and inbox", hours: 3m)));

        Assert.Equal((2, "SOP: Scheduling and inbox"), second);
        Assert.Contains($"plans/{PlanId}/sops/t1/v1.md", folder.Files());
        Assert.Contains($"plans/{PlanId}/sops/t1/v2.md", folder.Files());
        var v1 = await File.ReadAllTextAsync(Path.Combine(folder.Path, "plans", PlanId, "sops", "t1", "v1.md"));
        Assert.Contains("SOP: Scheduling\n", v1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_RendersANewSopOnce_AndAChangedOneTwice()
    {
        var versions = new List<int>();
        Func<int, Sop> Counted(PracticeTask task) => v =>
        {
            versions.Add(v);
            return Render(task)(v);
        };

        await store.SaveAsync(PlanId, "t1", Counted(Samples.Task(hours: 2m)));
        Assert.Equal([1], versions);

        versions.Clear();
        await store.SaveAsync(PlanId, "t1", Counted(Samples.Task(hours: 2m)));
        Assert.Equal([1], versions);

        versions.Clear();
        var changed = await store.SaveAsync(PlanId, "t1", Counted(Samples.Task(hours: 3m)));
        Assert.Equal([1, 2], versions);
        var v2 = await File.ReadAllTextAsync(Path.Combine(folder.Path, "plans", PlanId, "sops", "t1", "v2.md"));
        Assert.Equal(2, changed.Version);
        Assert.Contains("version 2*", v2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ChangeThenChangeBack_IsANewVersionNotAReturnToTheOldOne()
    {
        var original = Samples.Task(hours: 2m);
        await store.SaveAsync(PlanId, "t1", Render(original));
        await store.SaveAsync(PlanId, "t1", Render(original with { HoursPerWeek = 3m }));

        var third = await store.SaveAsync(PlanId, "t1", Render(original));

        Assert.Equal(3, third.Version);
    }

    [Fact]
    public async Task GetLatest_ReturnsTheNewestVersionInEitherFormat()
    {
        await store.SaveAsync(PlanId, "t1", Render(Samples.Task(hours: 2m)));
        await store.SaveAsync(PlanId, "t1", Render(Samples.Task(hours: 3m)));

        var markdown = await store.GetLatestAsync(PlanId, "t1", "md");
        var html = await store.GetLatestAsync(PlanId, "t1", "html");

        var md = Encoding.UTF8.GetString(markdown!.Content);
        Assert.Contains("version 2", md, StringComparison.Ordinal);
        Assert.Contains("3 h a week", md, StringComparison.Ordinal);
        Assert.StartsWith("text/markdown", markdown.ContentType, StringComparison.Ordinal);
        var page = Html.Parse(Encoding.UTF8.GetString(html!.Content));
        Assert.Contains("version 2", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("text/html", html.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLatest_NothingSaved_IsNull()
    {
        Assert.Null(await store.GetLatestAsync(PlanId, "t9", "md"));
    }

    [Fact]
    public async Task Save_TasksOfOnePlan_AreVersionedSeparately()
    {
        await store.SaveAsync(PlanId, "t1", Render(Samples.Task(hours: 2m)));
        await store.SaveAsync(PlanId, "t1", Render(Samples.Task(hours: 3m)));

        var other = await store.SaveAsync(PlanId, "t2", Render(Samples.Task(id: "t2", hours: 2m)));

        Assert.Equal(1, other.Version);
    }

    [Theory]
    [InlineData("..", "t1")]
    [InlineData("plan/../other", "t1")]
    [InlineData(PlanId, "t1/../../x")]
    [InlineData(PlanId, "")]
    public async Task AnyOperation_WithUnsafeIds_IsRefused(string planId, string taskId)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(planId, taskId, Render(Samples.Task())));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetLatestAsync(planId, taskId, "md"));

        Assert.Empty(folder.Files());
    }
}
