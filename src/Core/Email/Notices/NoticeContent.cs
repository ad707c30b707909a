namespace Delegation.Core.Email.Notices;

/// <summary>What one rollout email says, before it is rendered into its text and HTML parts.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Heading">The heading at the top of the message.</param>
/// <param name="Paragraphs">The body, one paragraph each.</param>
/// <param name="Items">A list under the paragraphs (tasks, tips); empty for none.</param>
/// <param name="Links">The buttons, in order: label and absolute URL.</param>
internal sealed record NoticeContent(
    string Subject,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Items,
    IReadOnlyList<(string Label, string Url)> Links);
