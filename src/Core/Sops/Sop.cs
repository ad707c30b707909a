namespace Delegation.Core.Sops;

/// <summary>A rendered SOP: Markdown as written, HTML for reading and attaching.</summary>
public sealed record Sop(string TaskId, string Title, string Markdown, string Html);
