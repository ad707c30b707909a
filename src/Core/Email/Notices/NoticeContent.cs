using Delegation.Core.Plans;
using Delegation.Core.Rollout;

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
    IReadOnlyList<(string Label, string Url)> Links)
{
    /// <summary>One button, or none when its link was not made for this reader.</summary>
    public static IEnumerable<(string Label, string Url)> Button(string label, string? url) => url is null ? [] : [(label, url)];

    /// <summary>What a hire's email says when its tasks carry their SOP links.</summary>
    public const string SopsLinked = "Each task's SOP is linked beside it.";

    /// <summary>What a hire's email with attached SOPs says of their links beside the tasks.</summary>
    public const string SopsOnline = "Each is also linked beside its task below: the link always opens the SOP's current version.";

    /// <summary>A task's line with the hire's link to its SOP, when this copy has one.</summary>
    public static string WithSop(string line, string? sop) => sop is null ? line : $"{line} (SOP: {sop})";

    /// <summary>
    /// The role's tasks in the phases started so far (<see cref="RolloutNotice.Phase"/>); a notice from before phases
    /// were carried names them all.
    /// </summary>
    public static List<PlanTask> TasksSoFar(Plan plan, RolloutNotice notice) =>
        [.. plan.Tasks.Where(t => t.Role == notice.Role && notice.Role is not null && t.Phase is not null
            && (notice.Phase is not { } current || t.Phase <= current))];
}
