using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The owner said "ready for more" and every phase of the plan is already handed over: the answer, sent once, says
/// so, names what is still on the owner's desk, and what to do next instead of waiting for a phase that never comes.
/// </summary>
internal static class AllHandedOverNotice
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string delegateName)
    {
        var p = plan.Practice;
        var when = notice.CheckInAt is { } at ? $" on {DateWords.FullAt(at, p.TimeZone, p.Country)}" : "";
        var kept = plan.Tasks.Where(t => t.Role is null && t.Category != TaskCategory.Clinical).ToList();
        var clinical = plan.Tasks.Any(t => t.Role is null && t.Category == TaskCategory.Clinical);
        var paragraphs = new List<string>
        {
            $"After the check-in with {delegateName}{when} you said you are ready for more. Everything this plan delegates is already handed over, so there is no next phase to start.",
        };
        if (kept.Count > 0)
        {
            paragraphs.Add($"Still with you{(clinical ? ", besides your clinical work" : "")}: {(kept.Count == 1 ? "the task below" : "the tasks below")}. "
                + "Look at them again when your next monthly report arrives: it shows the hours handed over and what they cost, which tells you whether one more is worth its price.");
        }
        else if (clinical)
        {
            paragraphs.Add("What is still with you is clinical work, which stays with you.");
        }

        paragraphs.Add("To hand over more, make a new plan from the intake form with the work you still do. This plan's check-ins carry on as they are: keep recording them.");
        paragraphs.Add("You get this email once; a later “ready for more” is recorded and changes nothing.");
        return new NoticeContent(
            "Everything in your delegation plan is handed over",
            "Nothing more to hand over",
            paragraphs,
            // A one-off the plan set money aside for keeps the plan's own words for when it can go.
            [.. kept.Select(t => t.Waits is { } waits ? $"{t.Name}: {waits}" : t.Name)],
            [.. NoticeContent.Button("Make a new plan", links.Site?.ToString())]);
    }
}
