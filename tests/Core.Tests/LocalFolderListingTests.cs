using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

public sealed class LocalFolderListingTests
{
    [Fact]
    public async Task ListAsync_PagesThroughChildrenInOrdinalOrder_EachNameOnce()
    {
        using var temp = new TempDirectory();
        var store = new LocalFolderDocumentStore(temp.Path);
        string[] ids = ["c", "a", "e", "b", "d"];
        foreach (var id in ids)
        {
            await store.PutAsync($"plans/{id}/plan.json", "{}"u8.ToArray(), "application/json");
        }

        var seen = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await store.ListAsync("plans", continuation, 2);
            Assert.InRange(page.Names.Count, 1, 2);
            seen.AddRange(page.Names);
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null);

        Assert.Equal(["a", "b", "c", "d", "e"], seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListAsync_MissingFolder_IsAnEmptyLastPage()
    {
        using var temp = new TempDirectory();

        var page = await new LocalFolderDocumentStore(temp.Path).ListAsync("plans", null, 100);

        Assert.Empty(page.Names);
        Assert.Null(page.Continuation);
    }
}
