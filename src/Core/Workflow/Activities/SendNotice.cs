using System.Text;
using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Email.Notices;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Rollout;
using Delegation.Core.Security;
using Delegation.Core.Sops;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Workflow.Activities;

/// <summary>Stage of the rollout: send one reminder, follow-up or phase email, at most once per message id.</summary>
public sealed class SendNotice(
    PlanStore plans,
    SopStore sops,
    SopConfirmations confirmations,
    LinkTokens tokens,
    PlanAliases aliases,
    IEmailSender email,
    IOptions<AppOptions> app,
    TimeProvider time) : IWorkflowActivity<RolloutNotice, EmailSendOutcome>
{
    /// <summary>How long owner links (register, pause, resume) stay valid.</summary>
    public static readonly TimeSpan OwnerLinkLifetime = TimeSpan.FromDays(365);

    /// <summary>How long a hire's SOP links stay valid: an SOP is read for months, and each later email brings fresh ones.</summary>
    public static readonly TimeSpan SopLinkLifetime = TimeSpan.FromDays(730);

    /// <inheritdoc />
    public async Task<EmailSendOutcome> RunAsync(RolloutNotice input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await plans.GetAsync(input.PlanId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {input.PlanId} is not stored.");

        // Only the owner's copies get signed links: a hire never grades their own check-in or pauses the plan.
        var owner = !input.ToDelegate;
        var checkInToken = owner && input.CheckInId is not null
            && input.Kind is NoticeKind.CheckInReminder or NoticeKind.FollowUp or NoticeKind.PausedForMisses
            ? await tokens.CreateAsync(plan.PlanId, LinkTokens.CheckIn(input.CheckInId!), input.LinkExpiresAt ?? time.GetUtcNow().AddDays(14))
            : null;
        var checkIn = checkInToken is null ? null : Url($"checkins/{checkInToken}");
        // Only a reminder is sent before its meeting, so only a reminder offers to move it.
        var reschedule = checkInToken is not null && input.Kind == NoticeKind.CheckInReminder ? Url($"checkins/{checkInToken}/reschedule") : null;
        var manage = owner && input.Kind is NoticeKind.HireReminder or NoticeKind.PausedForMisses or NoticeKind.PhaseStarted or NoticeKind.PhaseWaitsForHires
            ? Url($"plans/{plan.PlanId}/manage?token={await tokens.CreateAsync(plan.PlanId, LinkTokens.Owner, time.GetUtcNow() + OwnerLinkLifetime)}")
            : null;
        // The review link is single-use (the decision is recorded create-only) and lasts as long as the review waits.
        var review = owner && input is { Kind: NoticeKind.SopChangeProposed, CheckInId: { } change }
            ? Url($"sop-changes/{await tokens.CreateAsync(plan.PlanId, LinkTokens.SopChange(change), input.LinkExpiresAt ?? time.GetUtcNow() + SopChangeReview.LinkLifetime)}")
            : null;
        var links = new NoticeLinks(checkIn, manage, app.Value.BaseUrl, reschedule, review, input.ToDelegate ? await SopLinksAsync(plan, input.Role) : null);
        var alias = await aliases.ForAsync(plan.PlanId);

        var attachments = new List<EmailAttachment>();
        if (input.Kind == NoticeKind.PhaseStarted)
        {
            foreach (var task in plan.Tasks.Where(t => t.Phase == input.Phase && (!input.ToDelegate || t.Role == input.Role)))
            {
                var html = await sops.GetLatestAsync(plan.PlanId, task.TaskId, "html", cancellationToken);
                if (html is not null)
                {
                    attachments.Add(EmailAttachment.Html($"SOP-{task.TaskId}.html", html.Content));
                }
            }
        }

        if (input.Kind == NoticeKind.HireRegistered && input.ToDelegate)
        {
            // The hire starts on their first phase's tasks: those SOPs, and no check-in link (the owner records outcomes).
            foreach (var task in NoticeWriter.FirstPhaseTasks(plan, input.Role))
            {
                var html = await sops.GetLatestAsync(plan.PlanId, task.TaskId, "html", cancellationToken);
                if (html is not null)
                {
                    attachments.Add(EmailAttachment.Html($"SOP-{task.TaskId}.html", html.Content));
                }
            }
        }

        // After a plan update, the hire's new or changed SOPs, attached as every other SOP they get.
        if (input is { Kind: NoticeKind.WorkUpdated, ToDelegate: true, WorkChange: { } work })
        {
            foreach (var taskId in work.ChangedSops.Where(id => plan.Tasks.Any(t => t.TaskId == id && t.Role == input.Role)))
            {
                if (await sops.GetLatestAsync(plan.PlanId, taskId, "html", cancellationToken) is { } html)
                {
                    attachments.Add(EmailAttachment.Html($"SOP-{taskId}.html", html.Content));
                }
            }
        }

        // The new version goes to the delegate as their other SOPs do: attached, and linked in the text.
        if (input is { Kind: NoticeKind.SopChangeApproved, ToDelegate: true, TaskId: { } changed }
            && await sops.GetLatestAsync(plan.PlanId, changed, "html", cancellationToken) is { } amended)
        {
            attachments.Add(EmailAttachment.Html($"SOP-{changed}.html", amended.Content));
        }

        if (CalendarOf(input, plan, alias) is { } ics)
        {
            attachments.Add(new EmailAttachment(CheckInCalendar.FileName, CheckInCalendar.ContentType, Encoding.UTF8.GetBytes(ics)));
        }

        // A reminder's agenda asks first about the handed-over SOPs nobody has confirmed for a while.
        IReadOnlyList<StaleSop> stale = [];
        if (input.Kind == NoticeKind.CheckInReminder)
        {
            var tasks = NoticeContent.TasksSoFar(plan, input);
            stale = SopStaleness.Of(plan, tasks, await confirmations.LastOfAsync(plan.PlanId, tasks.Select(t => t.TaskId), cancellationToken), time.GetUtcNow());
        }

        var message = NoticeWriter.Write(input, plan, links, attachments, stale);
        // The hire's copy names the plan by its alias in its headers; the stored id (claims, outbox) stays as it was.
        return await email.SendAsync(input.ToDelegate ? message with { HeaderId = $"{alias}-{input.MessageKey}" } : message, cancellationToken);
    }

    /// <summary>
    /// The hire's links to each SOP of their role: sealed, so they hold no plan id (which opens the owner's whole plan),
    /// and they open the SOP's current version while the task is still the role's.
    /// </summary>
    async Task<IReadOnlyDictionary<string, string>> SopLinksAsync(Plan plan, SupportRole? role)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        if (role is not { } r)
        {
            return links;
        }

        var until = time.GetUtcNow() + SopLinkLifetime;
        foreach (var task in plan.Tasks.Where(t => t.Role == r && plan.Sops.Any(s => s.TaskId == t.TaskId)))
        {
            links[task.TaskId] = Url("sops/" + await tokens.CreateSealedAsync(plan.PlanId, LinkTokens.Sop(r, task.TaskId), until));
        }

        return links;
    }

    /// <summary>
    /// The calendar file a notice carries, if any: the role's series with both hire emails (the owner's and the
    /// hire's welcome: the same bytes, so the same UIDs, and a later update matches in both calendars), and the one
    /// moved meeting with both moved emails.
    /// </summary>
    /// <param name="notice">The notice being sent.</param>
    /// <param name="plan">The stored plan.</param>
    /// <param name="alias">The plan's alias (<see cref="PlanAliases"/>), which every UID carries.</param>
    public static string? CalendarOf(RolloutNotice notice, Plan plan, string alias)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(plan);
        return notice switch
        {
            { Kind: NoticeKind.HireRegistered } => RegisteredCalendar(notice, plan, alias),
            { Kind: NoticeKind.CheckInMoved, Role: { } role, Meeting: { } meeting, Slot: { } slot, CheckInAt: { } at } =>
                MovedMeetingCalendar.Write(plan, alias, role, meeting, slot, at, notice.Attempt ?? 1),
            _ => null,
        };
    }

    /// <summary>
    /// The registered role's series as an <c>.ics</c>: the rollout's anchor (kickoff date, meeting time) through the
    /// same scheduler and calendar writer as the plan, so its dates are the reminders' dates and its UIDs the plan's.
    /// </summary>
    /// <param name="notice">The <see cref="NoticeKind.HireRegistered"/> notice.</param>
    /// <param name="plan">The stored plan, for the role's cadence, agenda and KPIs.</param>
    /// <param name="alias">The plan's alias (<see cref="PlanAliases"/>), which every UID carries.</param>
    public static string? RegisteredCalendar(RolloutNotice notice, Plan plan, string alias)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(plan);
        if (notice.KickoffDate is not { } kickoff || plan.CheckIns.FirstOrDefault(c => c.Role == notice.Role) is not { } planned)
        {
            return null;
        }

        var p = plan.Practice;
        var meetings = MeetingCalendar.For(p.TimeZone, notice.MeetingTime ?? planned.Time ?? MeetingDates.LegacyMeetingTime, p.Country);
        // The agenda reviews what the hire starts on; a later phase's KPIs come with that phase's email, not before its work.
        var first = NoticeWriter.FirstPhaseTasks(plan, notice.Role).Select(t => t.TaskId).ToHashSet(StringComparer.Ordinal);
        planned = planned with { Review = planned.Review?.Where(r => first.Contains(r.TaskId)).ToList() };
        var dated = CheckInScheduler.DatedFrom(planned, meetings, notice.CheckInDay ?? kickoff.DayOfWeek, kickoff);
        var practice = new Intake.Practice(p.Name, p.OwnerName, p.Email, p.TimeZone, p.SessionFee, p.ClientHoursPerWeek, p.Country);
        // DTSTAMP is the registration, a recorded input: a retried send attaches the same bytes.
        return CheckInCalendar.Write(alias, practice, [dated], notice.RegisteredAt ?? dated.NextAt!.Value, 0);
    }

    string Url(string relative) => new Uri(app.Value.BaseUrl, relative).ToString();
}
