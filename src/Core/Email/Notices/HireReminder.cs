using System.Globalization;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The gentle reminders to register who took a role. The first says what the role starts with, where such
/// people are found and what must be signed; a later one says what is still waiting, suggests starting smaller,
/// and says when it is the last, so no two read alike.
/// </summary>
internal static class HireReminder
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links)
    {
        var role = notice.Role!.Value;
        var title = RoleTitles.Of(role);
        var first = NoticeWriter.FirstPhaseTasks(plan, role);
        var hours = first.Where(t => t.OneTimeHours is null).Sum(t => t.HoursPerWeek);
        // The plan budgets the role's whole line (its minimum included), so the reminder says what is paid for, not only the first tasks' hours.
        var line = plan.SupportMix.FirstOrDefault(l => l.Role == role);
        var paid = line is { HoursPerWeek: > 0 } l && l.HoursPerWeek > hours
            ? $" (the plan budgets {l.HoursPerWeek.ToString("0.##", CultureInfo.InvariantCulture)} h a week, {Money.Format(l.MonthlyCost, plan.Totals.Currency)} a month, for the role)"
            : "";
        var size = hours > 0 ? $", about {hours.ToString("0.##", CultureInfo.InvariantCulture)} h a week{paid}" : ", one-off work";
        var names = Lists.And([.. first.Select(t => $"“{t.Name}”")]);
        var clientInfo = plan.Tasks.Any(t => t.Role == role && t.InvolvesClientInfo);
        var j = Jurisdiction.Of(plan.Practice.Country);
        var agreement = j.AgreementFor(role);
        var kit = plan.HiringKits?.FirstOrDefault(k => k.Role == role) is { } k ? links.Page(k.Url) : null;
        IReadOnlyList<(string, string)> buttons = [.. NoticeContent.Button("Register who you hired", links.Manage), .. NoticeContent.Button($"The {title} hiring kit", kit)];

        var signed = clientInfo ? $" Before they see any client information, {agreement} must be signed." : "";
        if (notice.Attempt is null or 1)
        {
            return new NoticeContent(
                $"Have you found your {title}?",
                $"Finding your {title}",
                [
                    $"Your plan hands {names} to {RoleTitles.WithArticle(role)} first{size}. Once you have chosen someone, register them: their kickoff is set from that day.",
                    WhereToLook(role, j) + signed,
                ],
                [],
                buttons);
        }

        var paragraphs = new List<string>
        {
            $"Nobody is registered as your {title} yet, so {names} {(first.Count == 1 ? "is" : "are")} still with you, and that role's check-ins have not started.",
        };
        if (WhileSearching(role, first, plan) is { } meanwhile)
        {
            paragraphs.Add(meanwhile);
        }

        if (notice.LastReminder)
        {
            // True per role: weekly work in phase 1 holds the next phase (RolloutMachine.Holding); a one-off job or an associate does not.
            var holds = role != SupportRole.AssociateTherapist && first.Any(t => t.OneTimeHours is null);
            paragraphs.Add(holds
                ? "This is the last reminder. Until you register someone, these tasks stay with you and the next phase waits for them."
                : "This is the last reminder about this role: nothing more is sent about it until you register someone, and it does not hold back the other roles' work.");
        }

        return new NoticeContent($"Still looking for your {title}?", $"Your {title} is still to be found", paragraphs, [], buttons);
    }

    // What to do while the search is slow, true for this role: a trial month only for ongoing work that can wait,
    // never for a one-off project or an associate, and never putting off credentialing (insurers take months).
    static string? WhileSearching(SupportRole role, IReadOnlyList<PlanTask> first, Plan plan)
    {
        var credentialing = first.FirstOrDefault(t => t.TaskId == AssociateCredentialing.TaskId);
        if (role == SupportRole.AssociateTherapist)
        {
            return AssociateLines.Credentialing(plan) is null
                ? null
                : "Once someone accepts, credentialing them with each insurer you bill starts that day: it can take months, and their insured sessions wait for it.";
        }

        if (credentialing is not null)
        {
            return $"If the search is slow, do not let “{credentialing.Name}” wait for it: start the applications yourself as soon as your associate has accepted "
                + "(the SOP has the steps), and hand the follow-ups over once your billing specialist starts.";
        }

        var ongoing = first.Where(t => t.OneTimeHours is null).ToList();
        if (ongoing.Count == 0)
        {
            return "If the search is slow, ask two or three people for a fixed quote for this one project: a one-off with a clear end is an easier ask than a role.";
        }

        return ongoing.Count > 1
            ? $"If the search is slow, start smaller: offer “{ongoing[0].Name}” alone for a trial month, and hand over the rest once it goes well."
            : "If the search is slow, a trial month is an easier first ask than an open-ended role.";
    }

    static string WhereToLook(SupportRole role, Jurisdiction j) => role switch
    {
        SupportRole.VirtualAssistant =>
            $"If you are still looking: many virtual assistants work mainly with therapy practices and already know practice-management tools and {j.PrivacyLaw}; the hiring kit has the interview questions.",
        SupportRole.BillingSpecialist =>
            $"If you are still looking: many billing specialists work only with mental-health practices and already know therapy billing, insurers' rules for it and {j.PrivacyLaw}; the hiring kit has the interview questions.",
        SupportRole.AssociateTherapist =>
            // A US owner reads "license"; elsewhere a therapist may be registered rather than licensed.
            $"If you are still looking: the hiring kit has the interview questions, the paperwork and what to check of their {(j.Kind == JurisdictionKind.Hipaa ? Spelling.Licence(j.Country) : Spelling.Licence(j.Country) + " or registration")}.",
        _ => $"If you are still looking: someone who has done this work for small health practices before will need the least explaining; the hiring kit has the interview questions.",
    };
}
