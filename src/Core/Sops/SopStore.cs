using System.Text;
using System.Text.Json;
using Delegation.Core.Documents;
using Delegation.Core.Plans;
using Delegation.Core.Ports;

namespace Delegation.Core.Sops;

/// <summary>
/// Keeps SOPs as versioned documents: <c>plans/{planId}/sops/{taskId}/v{n}.md</c> and <c>.html</c>,
/// with <c>latest.json</c> naming the newest version and its content hash. An unchanged SOP
/// keeps its version, so retries and regenerations do not pile up copies. Approved changes are kept
/// beside them, one create-only <c>amendments/{changeId}.json</c> each, so every later version carries them.
/// </summary>
public sealed class SopStore(IDocumentStore documents)
{
    readonly VersionedDocuments versions = new(documents);

    /// <summary>Stores the SOP <paramref name="render"/> produces for a version number, unless the same content is already the latest.</summary>
    /// <returns>The version now current and its title.</returns>
    public Task<(int Version, string Title)> SaveAsync(string planId, string taskId, Func<int, Sop> render, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        return versions.SaveAsync(Folder(planId, taskId), v => Content(render(v)), cancellationToken);
    }

    /// <summary>Reads the latest SOP in the given format ("md" or "html"), or null when there is none.</summary>
    public Task<StoredDocument?> GetLatestAsync(string planId, string taskId, string format, CancellationToken cancellationToken = default) =>
        versions.GetLatestAsync(Folder(planId, taskId), format, cancellationToken);

    /// <summary>The latest version's number, or null when the task has no SOP.</summary>
    public async Task<int?> GetLatestVersionAsync(string planId, string taskId, CancellationToken cancellationToken = default) =>
        (await versions.GetLatestVersionAsync(Folder(planId, taskId), cancellationToken))?.Version;

    /// <summary>
    /// Records <paramref name="amendment"/> (create-only: a retry keeps the first) and stores the SOP with every
    /// recorded change in it as the next version; an SOP that already carries them all keeps its version.
    /// </summary>
    /// <param name="planId">The plan.</param>
    /// <param name="taskId">The task whose SOP changes.</param>
    /// <param name="amendment">The approved change.</param>
    /// <param name="country">The practice's country, for how the change's date is written.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <returns>The version now current.</returns>
    public async Task<int> AmendAsync(string planId, string taskId, SopAmendment amendment, string? country, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        var folder = Folder(planId, taskId);
        var latest = await versions.GetLatestVersionAsync(folder, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {planId} has no SOP for task {taskId}.");
        var markdown = await versions.GetLatestAsync(folder, "md", cancellationToken)
            ?? throw new InvalidOperationException($"Plan {planId}'s SOP for task {taskId} has no Markdown.");
        await documents.TryCreateAsync(AmendmentPath(folder, amendment.ChangeId), JsonSerializer.SerializeToUtf8Bytes(amendment, PlanJson.Options),
            "application/json", cancellationToken);
        var amendments = await AmendmentsAsync(planId, taskId, cancellationToken);
        var text = Encoding.UTF8.GetString(markdown.Content);
        var (version, _) = await versions.SaveAsync(folder,
            v => Content(SopWriter.FromMarkdown(taskId, latest.Title, SopAmendments.Apply(text, amendments, v, country))), cancellationToken);
        return version;
    }

    /// <summary>Every approved change of the SOP, in no particular order; empty when there are none.</summary>
    public async Task<IReadOnlyList<SopAmendment>> AmendmentsAsync(string planId, string taskId, CancellationToken cancellationToken = default)
    {
        var folder = Folder(planId, taskId) + "/amendments";
        var found = new List<SopAmendment>();
        string? continuation = null;
        do
        {
            var page = await documents.ListAsync(folder, continuation, 100, cancellationToken);
            foreach (var name in page.Names.Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
            {
                if (await documents.GetAsync($"{folder}/{name}", cancellationToken) is { } doc)
                {
                    found.Add(JsonSerializer.Deserialize<SopAmendment>(doc.Content, PlanJson.Options)!);
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
        return found;
    }

    static VersionedContent Content(Sop sop) => new(sop.Title, sop.Markdown, sop.Html);

    static string AmendmentPath(string folder, string changeId) => DocumentPath.IsSafeSegment(changeId)
        ? $"{folder}/amendments/{changeId.ToLowerInvariant()}.json"
        : throw new ArgumentException("A change id must be a plain identifier.", nameof(changeId));

    static string Folder(string planId, string taskId)
    {
        if (!DocumentPath.IsSafeSegment(planId) || !DocumentPath.IsSafeSegment(taskId))
        {
            throw new ArgumentException("Plan and task ids must be plain identifiers.");
        }

        return $"plans/{planId}/sops/{taskId}";
    }
}
