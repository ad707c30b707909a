using Delegation.Core.Locale;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The emails of an SOP change proposed at a check-in: the owner's review link, then the delegate's new version or a
/// kind word that the SOP stays as it is. None of them quotes the change: it is free text and could name a client.
/// </summary>
internal static class SopChangeNotice
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string owner, string delegateName)
    {
        var p = plan.Practice;
        var task = plan.Tasks.FirstOrDefault(t => t.TaskId == notice.TaskId)?.Name
            ?? throw new InvalidOperationException($"Plan {plan.PlanId} has no task {notice.TaskId}.");
        var met = notice.CheckInAt is { } at ? $" on {DateWords.Plain(LocalDate(at, p.TimeZone), p.Country)}" : "";

        return notice.Kind switch
        {
            NoticeKind.SopChangeProposed => new NoticeContent(
                $"Review a change to the SOP for {task}",
                "An SOP change to review",
                [
                    $"At the check-in{met} with {delegateName}, you noted that the SOP for “{task}” needs a change. The SOP stays as it is until you decide.",
                    $"The review page shows the SOP's current steps beside the change as it was written. Approve it, as written or edited, and {delegateName} gets the new version of the SOP by email; or keep the SOP as it is, and {delegateName} gets a short note saying so.",
                    "The change itself is not in this email: it is free text, and free text can name a client by mistake."
                        + (notice.LinkExpiresAt is { } until ? $" The link works once, until {DateWords.Plain(LocalDate(until, p.TimeZone), p.Country)}." : " The link works once."),
                ],
                [task],
                [.. NoticeContent.Button("Review the change", links.Review)]),
            NoticeKind.SopChangeApproved => new NoticeContent(
                $"{p.Name}: the SOP for {task} is updated (version {notice.SopVersion})",
                $"The SOP for {task} is updated",
                [
                    $"{owner} approved the change to the SOP for “{task}” that came up at your check-in{met}. Version {notice.SopVersion} is attached and replaces every earlier copy: work from it from today, and delete or archive the old one.",
                    "The change is at the top of the steps, with its date; where it differs from a numbered step, the change holds. The SOP's last section says when it changed and why.",
                    $"Questions about it: bring them to your next check-in, or write to {owner} at {p.Email}.",
                ],
                [],
                [.. NoticeContent.Button("Read the SOP online", links.Sop(notice.TaskId!))]),
            _ => new NoticeContent(
                $"{p.Name}: about the change to the SOP for {task}",
                "The SOP stays as it is for now",
                [
                    $"About the change to the SOP for “{task}” that came up at your check-in{met}: {owner} has looked at it and is keeping the SOP as it is for now. Thank you for helping keep it right.",
                    "Please carry on with the steps as they are written. If a step still gets in the way, or the work has changed since, bring it up at your next check-in: it can be looked at again then.",
                    $"Questions in the meantime: write to {owner} at {p.Email}.",
                ],
                [],
                []),
        };
    }

    static DateOnly LocalDate(DateTimeOffset at, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
}
