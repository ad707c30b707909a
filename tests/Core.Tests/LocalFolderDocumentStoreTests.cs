using System.Text;
using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

public sealed class LocalFolderDocumentStoreTests : IDisposable
{
    readonly TempDirectory folder = new();
    readonly LocalFolderDocumentStore store;

    public LocalFolderDocumentStoreTests() => store = new LocalFolderDocumentStore(folder.Path);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task TryCreate_Twice_CreatesOnceAndKeepsTheFirstContent()
    {
        var first = await store.TryCreateAsync("plans/p1/marker.json", Bytes("first"), "application/json");
        var second = await store.TryCreateAsync("plans/p1/marker.json", Bytes("second"), "application/json");

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("first", await ReadAsync("plans/p1/marker.json"));
        Assert.Equal(["plans/p1/marker.json"], folder.Files());
    }

    [Fact]
    public async Task Put_ReplacesWhatIsThere()
    {
        await store.TryCreateAsync("plans/p1/plan.json", Bytes("old"), "application/json");

        await store.PutAsync("plans/p1/plan.json", Bytes("new"), "application/json");

        Assert.Equal("new", await ReadAsync("plans/p1/plan.json"));
        Assert.Equal(["plans/p1/plan.json"], folder.Files());
    }

    [Fact]
    public void ConcurrentFirstWrites_IntoANewFolder_AllSucceed()
    {
        // Found by the pipeline benchmark: writers racing to create a folder saw the folder appear between
        // their failed open and .NET's look at why it failed, which then reported a missing file, not a
        // missing folder. Many rounds of writers released together (on threads of their own, so none waits
        // for the thread pool) make that window likely to be hit.
        const int Rounds = 300, Writers = 12;
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        for (var round = 0; round < Rounds; round++)
        {
            using var start = new Barrier(Writers);
            var threads = Enumerable.Range(0, Writers).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    if (i % 2 == 0)
                    {
                        store.PutAsync($"plans/r{round}/sops/t/latest-{i}.json", Bytes("put"), "application/json").GetAwaiter().GetResult();
                    }
                    else
                    {
                        Assert.True(store.TryCreateAsync($"plans/r{round}/sops/t/v{i}.md", Bytes("create"), "text/markdown").GetAwaiter().GetResult());
                    }
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }

        Assert.Empty(failures);
        Assert.Equal(Rounds * Writers, folder.Files().Count);
    }

    [Fact]
    public async Task Put_CreatesMissingFolders()
    {
        await store.PutAsync("a/b/c/d.md", Bytes("deep"), "text/markdown");

        Assert.Equal("deep", await ReadAsync("a/b/c/d.md"));
    }

    [Fact]
    public async Task Get_Missing_IsNull()
    {
        Assert.Null(await store.GetAsync("plans/none/plan.json"));
        Assert.Null(await store.GetAsync("nofolder.json"));
    }

    [Theory]
    [InlineData("plans/p1/plan.json", "application/json")]
    [InlineData("plans/p1/sops/t1/v1.md", "text/markdown; charset=utf-8")]
    [InlineData("plans/p1/sops/t1/v1.html", "text/html; charset=utf-8")]
    [InlineData("system/signing-key.bin", "application/octet-stream")]
    public async Task Get_ReportsTheMediaTypeOfTheExtension(string path, string contentType)
    {
        await store.PutAsync(path, Bytes("x"), "ignored/by-this-store");

        var document = await store.GetAsync(path);

        Assert.Equal(contentType, document!.ContentType);
    }

    [Theory]
    [InlineData("../outside.json")]
    [InlineData("plans/../../outside.json")]
    [InlineData("plans/p1/..")]
    [InlineData("./plans/p1.json")]
    [InlineData("/etc/passwd")]
    [InlineData("/tmp/outside.json")]
    [InlineData("Plans/p1/plan.json")]
    [InlineData("plans/P1/plan.json")]
    [InlineData("plans//plan.json")]
    [InlineData("plans/p1/")]
    [InlineData("plans\\p1\\plan.json")]
    [InlineData("plans/p 1/plan.json")]
    [InlineData("")]
    public async Task AnyOperation_OnAnUnsafePath_IsRefused(string path)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.TryCreateAsync(path, Bytes("x"), "text/plain"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.PutAsync(path, Bytes("x"), "text/plain"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetAsync(path));

        Assert.Empty(folder.Files());
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    const int Rounds = 200;

    [Fact]
    public async Task TryCreate_FromEightTasksAtOnce_LetsExactlyOneWin()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var path = $"race/r{round}.json";
            // Dedicated threads released together: pool threads would trickle in one by one and never race.
            using var start = new Barrier(8);
            var attempts = Enumerable.Range(0, 8).Select(i => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return (Writer: i, Created: store.TryCreateAsync(path, Bytes($"writer {i}"), "application/json").GetAwaiter().GetResult());
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToList();

            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(results, r => r.Created);
            Assert.Equal($"writer {winner.Writer}", await ReadAsync(path));
        }

        // No temporary file survives a lost race.
        Assert.Equal(Enumerable.Range(0, Rounds).Select(r => $"race/r{r}.json").Order(StringComparer.Ordinal), folder.Files());
    }

    [Fact]
    public async Task Root_GivenWithATrailingSeparator_WorksTheSame()
    {
        var trailing = new LocalFolderDocumentStore(folder.Path + Path.DirectorySeparatorChar);

        Assert.True(await trailing.TryCreateAsync("plans/p1/plan.json", Bytes("x"), "application/json"));
        Assert.Equal("x", await ReadAsync("plans/p1/plan.json"));
    }

    static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    async Task<string?> ReadAsync(string path) =>
        await store.GetAsync(path) is { } doc ? Encoding.UTF8.GetString(doc.Content) : null;
}
