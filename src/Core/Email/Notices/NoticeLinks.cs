namespace Delegation.Core.Email.Notices;

/// <summary>
/// The links a rollout email may carry, made by the sending activity (tokens are signed there, never stored):
/// which of them a message shows is the message's choice, so a delegate's copy can simply leave the owner's out.
/// </summary>
/// <param name="CheckIn">The single-use link that records this check-in's outcome; the owner's only.</param>
/// <param name="Manage">The owner's manage page (register, pause, resume).</param>
/// <param name="Site">The site's root, for the owner's pages (hiring kits) and the intake form.</param>
/// <param name="Reschedule">The owner's page that moves this check-in (the same signed link, not used up).</param>
/// <param name="Review">The owner's single-use page that approves or rejects a proposed SOP change.</param>
/// <param name="Sops">The hire's own SOP links by task id (sealed, no plan id in them); only a delegate's copy has them.</param>
public sealed record NoticeLinks(string? CheckIn = null, string? Manage = null, Uri? Site = null, string? Reschedule = null, string? Review = null,
    IReadOnlyDictionary<string, string>? Sops = null)
{
    /// <summary>No links at all.</summary>
    public static readonly NoticeLinks None = new();

    /// <summary>A page of the owner's (a hiring kit) as an absolute URL, or null without a site root.</summary>
    /// <param name="relative">The plan's stored path ("/api/plans/{id}/hiring/{role}"): it holds the plan id, so never in a hire's email.</param>
    public string? Page(string relative) => Site is null ? null : new Uri(Site, relative.TrimStart('/')).ToString();

    /// <summary>The hire's link to the SOP of <paramref name="taskId"/>, or null when this copy has none.</summary>
    /// <param name="taskId">The task.</param>
    public string? Sop(string taskId) => Sops?.GetValueOrDefault(taskId);
}
