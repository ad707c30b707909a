using System.Net;
using Delegation.Core.Email.Notices;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Templates;

namespace Delegation.Core.Email;

/// <summary>
/// Writes the rollout's emails (reminders, follow-ups, phase starts) from the stored plan. Only task
/// names, roles and dates appear: never notes, never client information.
/// </summary>
public static class NoticeWriter
{
    /// <summary>Builds the message for <paramref name="notice"/>; <paramref name="links"/> are the signed links it may show.</summary>
    /// <param name="notice">What to send.</param>
    /// <param name="plan">The stored plan it is about.</param>
    /// <param name="links">The links made for it; each message shows only those meant for its reader.</param>
    /// <param name="attachments">SOPs or the calendar file.</param>
    /// <param name="staleSops">For a check-in reminder: the role's handed-over SOPs not confirmed for <see cref="Sops.SopStaleness.Days"/> days, which its agenda asks about first.</param>
    public static EmailMessage Write(RolloutNotice notice, Plan plan, NoticeLinks links, IReadOnlyList<EmailAttachment> attachments,
        IReadOnlyList<Sops.StaleSop>? staleSops = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(links);

        var owner = plan.Practice.OwnerName;
        var roleTitle = notice.Role is { } r ? RoleTitles.Of(r) : "";
        var delegateName = notice.Delegate?.Name ?? "your " + roleTitle;
        var when = notice.CheckInAt is { } at ? DateWords.FullAt(at, plan.Practice.TimeZone, plan.Practice.Country) : "";
        var j = Jurisdiction.Of(plan.Practice.Country);
        var tasks = plan.Tasks.Where(t => t.Role == notice.Role && notice.Role is not null).Select(t => t.Name).ToList();

        var content = notice.Kind switch
        {
            NoticeKind.HireReminder => HireReminder.Write(notice, plan, links),
            NoticeKind.CheckInReminder => CheckInBrief.Write(notice, plan, links, owner, delegateName, staleSops ?? []),
            NoticeKind.CheckInMoved => MovedNotice.Write(notice, plan, owner, delegateName),
            NoticeKind.FollowUp => new NoticeContent(
                $"How did the check-in on {when} go?",
                "We did not hear how it went",
                new[]
                {
                    $"The check-in with {delegateName} on {when} has no outcome yet: record how it went, or that you could not meet, with the link below.",
                    // Said here, before it happens: the count starting again, the pause one more miss brings, and when the link closes (read 5).
                    $"Until you record it, it counts as missed{(notice.NextPhase is { } next ? $", and the count of good check-ins toward phase {next} starts again" : "")}. "
                        + "One more check-in in a row without an outcome pauses the rollout: no more check-in reminders until you resume it. "
                        + (notice is { FollowingAt: { } following, ClosedAt: [var closes] }
                            ? $"The link below works until {DateWords.BriefOn(closes, plan.Practice.TimeZone, plan.Practice.Country)}, when the reminder for the next check-in "
                                + $"({DateWords.BriefOn(following, plan.Practice.TimeZone, plan.Practice.Country)}) goes out."
                            : "The link below works until the reminder for the next check-in goes out."),
                },
                Array.Empty<string>(), [.. NoticeContent.Button("Record the check-in", links.CheckIn)]),
            NoticeKind.Adjustment => new NoticeContent(
                "A check-in was off track: a few adjustments",
                "Getting back on track",
                new[]
                {
                    $"The last check-in with {delegateName} was off track. That is normal early on; delegation is a collaboration that needs adjusting.",
                    "The next phase waits until check-ins are on track again. Some things that help:",
                },
                new List<string>
                {
                    "Walk through the SOP together and mark the step where things went wrong.",
                    "Narrow the scope for a week: one task done well beats three done halfway.",
                    "Agree on what \"done\" looks like and when you will review it.",
                    "Check access: missing logins or permissions cause many early problems.",
                },
                []),
            NoticeKind.PausedForMisses => PauseNotice.Write(notice, plan, links, owner, delegateName),
            NoticeKind.PhaseStarted => PhaseNotice.Write(notice, plan, links, owner),
            NoticeKind.AllHandedOver => AllHandedOverNotice.Write(notice, plan, links, delegateName),
            NoticeKind.PhaseWaitsForHires => PhaseWaitNotice.Write(notice, plan, links, delegateName),
            NoticeKind.SopChangeProposed or NoticeKind.SopChangeApproved or NoticeKind.SopChangeRejected => SopChangeNotice.Write(notice, plan, links, owner, delegateName),
            NoticeKind.WorkUpdated => WorkUpdatedNotice.Write(notice, plan, links, owner, roleTitle),
            NoticeKind.HireRegistered when notice.ToDelegate => new NoticeContent(
                $"Welcome to {plan.Practice.Name}: your kickoff on {when}",
                $"Welcome to {plan.Practice.Name}",
                [
                    $"{owner} registered you as the {roleTitle} of {plan.Practice.Name}. Your kickoff with {owner} is on {when} ({plan.Practice.TimeZone}): you walk through the SOPs together and set up your own account for each system your tasks need.",
                    // One task reads as one (rollout read 6: "The SOPs for your first tasks" to an associate with one task and one SOP).
                    (FirstPhaseTasks(plan, notice.Role).Count == 1 ? "The SOP for your first task is attached; read it before the kickoff and note every question."
                        : "The SOPs for your first tasks are attached; read them before the kickoff and note every question.")
                        + (FirstPhaseTasks(plan, notice.Role).Any(t => links.Sop(t.TaskId) is not null) ? " " + NoticeContent.SopsOnline : ""),
                    .. notice.Role == SupportRole.AssociateTherapist ? [AssociateLines.BringToKickoff(plan, owner, j)] : Array.Empty<string>(),
                    // The same series the owner imported: both calendars hold the same meetings, and a moved one updates in both.
                    $"The attached calendar file holds the kickoff, {SeriesAfterKickoff(notice, plan)}{HolidayMoves(plan)}; import it once. If {owner} moves a meeting, you both get an update for it.",
                    .. WelcomeAgreement(plan, notice.Role, j),
                    $"Questions before then: write to {owner} at {plan.Practice.Email}.",
                ],
                [.. FirstPhaseTasks(plan, notice.Role).Select(t => NoticeContent.WithSop(t.Name, links.Sop(t.TaskId)))], []),
            NoticeKind.HireRegistered => new NoticeContent(
                $"Kickoff with {delegateName}, your {roleTitle}: {when}",
                $"Your {roleTitle}'s check-ins are dated",
                Registered(notice, plan, delegateName, roleTitle, when, j),
                FirstTasks(plan, notice.Role), []),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.Kind, "Unknown notice kind."),
        };

        var to = notice.ToDelegate && notice.Delegate is { } d
            ? new EmailAddress(d.Email, PlanEmailWriter.HeaderSafe(d.Name))
            : new EmailAddress(plan.Practice.Email, PlanEmailWriter.HeaderSafe(owner));
        var greeting = FirstName.Of(notice.ToDelegate ? notice.Delegate?.Name : owner);
        var html = TemplateLibrary.Render("notice.html.sbn", Model(content, greeting, WebUtility.HtmlEncode, SopLink));
        var text = TemplateLibrary.Render("notice.txt.sbn", Model(content, greeting, s => s, s => s));

        return new EmailMessage(
            $"{plan.PlanId}-{notice.MessageKey}",
            plan.PlanId,
            notice.Kind.ToString(),
            to,
            PlanEmailWriter.HeaderSafe(content.Subject),
            html,
            text,
            attachments);
    }

    // Short and true for this role: when the kickoff is, what follows it, what to settle before it.
    static string[] Registered(RolloutNotice notice, Plan plan, string name, string roleTitle, string when, Jurisdiction j)
    {
        var after = SeriesAfterKickoff(notice, plan);
        var holidays = HolidayMoves(plan);
        var clientInfo = plan.Tasks.Any(t => t.Role == notice.Role && t.InvolvesClientInfo);
        var agreement = notice.Role is { } who ? j.AgreementFor(who) : j.Agreement;
        // One SOP for one task, said as such (read 6: "the SOPs for the first tasks below" over a single task).
        var sops = FirstPhaseTasks(plan, notice.Role).Count == 1
            ? $" {name} has the SOP for the task below, attached to their welcome email."
            : $" {name} has the SOPs for the first tasks below, attached to their welcome email.";
        var paragraphs = new List<string>
        {
            $"You registered {name} as your {roleTitle}. Your kickoff is on {when} ({plan.Practice.TimeZone}), {after}. The attached calendar file holds every one of these meetings{holidays}; import it once.",
            notice.Role == SupportRole.AssociateTherapist
                ? AssociateLines.BeforeKickoff(plan, name, j, notice.Waiting) + sops
                : clientInfo
                ? $"Before the kickoff: have {agreement} signed, and have {name} complete {j.PrivacyTraining} (their welcome email asks for both). Nothing touches client information before then.{sops}"
                : $"Before the kickoff: sign the contract, with its confidentiality clause.{sops}",
        };
        if (notice.Role == SupportRole.AssociateTherapist && plan.Tasks.Any(t => t.Role == SupportRole.AssociateTherapist && t.Category == Intake.TaskCategory.Clinical))
        {
            paragraphs.Add(AssociateLines.HaveReady(plan, name, j));
        }

        paragraphs.Add($"A day before each check-in, you and {name} get a reminder with its agenda.");
        return [.. paragraphs];
    }

    // What follows the kickoff in the role's series, worded for either reader.
    static string SeriesAfterKickoff(RolloutNotice notice, Plan plan)
    {
        var cadence = plan.CheckIns.FirstOrDefault(c => c.Role == notice.Role)?.Cadence ?? (notice.Role is { } r ? CheckInScheduler.CadenceOf(r) : Cadence.Weekly);
        return cadence switch
        {
            Cadence.UntilHandOver => $"then one hand-over review {CheckInScheduler.HandOverWeeks} weeks later; none after that, since the work is one-off",
            Cadence.Weekly => "then a check-in every week",
            Cadence.Biweekly => $"then a check-in every week for {CheckInScheduler.FirstWeeks} weeks, then every two weeks",
            _ => $"then a check-in every week for {CheckInScheduler.FirstWeeks} weeks, then on the first {notice.CheckInDay?.ToString() ?? "check-in day"} of each month",
        };
    }

    static string HolidayMoves(Plan plan) =>
        MeetingCalendar.HasHolidaysFor(plan.Practice.Country) ? $", each {HolidayWords.Each(plan.Practice.Country)} moved to the next working day" : "";

    // The hire hears before the kickoff what must come before any access: the agreement, and for a vendor role the training.
    static IEnumerable<string> WelcomeAgreement(Plan plan, SupportRole? role, Jurisdiction j)
    {
        if (role is not { } r || !plan.Tasks.Any(t => t.Role == r && t.InvolvesClientInfo))
        {
            return [];
        }

        // An associate is workforce: the practice's own training, as the owner's kickoff email says, not a vendor's certificate.
        var training = r == SupportRole.AssociateTherapist ? $" and complete the practice's {j.PrivacyTraining} for its workforce" : $" and complete {j.PrivacyTraining}, if you have not already";
        var all = plan.Tasks.Count(t => t.Role == r) == plan.Tasks.Count(t => t.Role == r && t.InvolvesClientInfo);
        var which = all ? (plan.Tasks.Count(t => t.Role == r) == 1 ? "Your task touches" : "Your tasks touch") : "Some of your tasks touch";
        return [$"{which} client information: before you get access to it, you sign {j.AgreementFor(r)}{training}."];
    }

    /// <summary>The tasks of <paramref name="role"/>'s first phase: what a new hire starts on.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="role">The role.</param>
    public static IReadOnlyList<PlanTask> FirstPhaseTasks(Plan plan, SupportRole? role)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var owned = plan.Tasks.Where(t => t.Role == role && role is not null && t.Phase is not null).ToList();
        return owned.Count == 0 ? [] : [.. owned.Where(t => t.Phase == owned.Min(o => o.Phase))];
    }

    static IReadOnlyList<string> FirstTasks(Plan plan, SupportRole? role) => [.. FirstPhaseTasks(plan, role).Select(t => t.Name)];

    // A hire's task line ends "(SOP: <url>)" (NoticeContent.WithSop): in the HTML part that is a link to click, not text to
    // copy (read 5). Applied to the encoded line, so only the product's own suffix becomes markup.
    static readonly System.Text.RegularExpressions.Regex SopSuffix = new(@"\(SOP: (https?://[^\s()<>""]+)\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    static string SopLink(string encoded) => SopSuffix.Replace(encoded, m => $"(<a href=\"{m.Groups[1].Value}\">SOP</a>)");

    // The HTML part gets every string encoded before the template sees it.
    static object Model(NoticeContent content, string greeting, Func<string, string> enc, Func<string, string> link) => new
    {
        subject = enc(content.Subject),
        heading = enc(content.Heading),
        greeting_name = enc(greeting),
        paragraphs = content.Paragraphs.Select(enc).ToList(),
        items = content.Items.Select(i => link(enc(i))).ToList(),
        links = content.Links.Select(l => new { label = enc(l.Label), url = enc(l.Url) }).ToList(),
    };
}
