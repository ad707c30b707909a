using System.Text.RegularExpressions;
using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// One-off projects that close a compliance gap: a signed BAA or DPA, encryption, a risk assessment. When projects wait
/// for what the monthly budget leaves, these are paid for first, because the gap is a risk to clients every month it
/// stays open, while a project that only helps (a booking widget) costs nothing but time while it waits.
/// </summary>
internal static partial class ComplianceProjects
{
    /// <summary>Whether the task's own name says it closes a compliance gap.</summary>
    public static bool Closes(PracticeTask task) => task.IsProject && Words().IsMatch(task.Name);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(BAA|DPA|business associate|data processing agreement|HIPAA|GDPR|complian|encrypt|risk assessment)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
