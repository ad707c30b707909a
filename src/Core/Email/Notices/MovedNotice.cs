using Delegation.Core.Locale;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>The owner moved a check-in: both people get the new time and the calendar update for that meeting.</summary>
internal static class MovedNotice
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, string owner, string delegateName)
    {
        var p = plan.Practice;
        var to = notice.CheckInAt is { } at ? DateWords.FullAt(at, p.TimeZone, p.Country) : "";
        var from = notice.MovedFrom is { } was ? DateWords.FullAt(was, p.TimeZone, p.Country) : "";
        const string Calendar = "The attached calendar file moves this one meeting in your calendar; the rest of the series stays as it is.";
        return notice.ToDelegate
            ? new NoticeContent(
                $"{p.Name}: your check-in with {owner} moves to {to}",
                "Your check-in has moved",
                [$"{owner} moved your check-in from {from} to {to} ({p.TimeZone}).", Calendar],
                [],
                [])
            : new NoticeContent(
                $"Check-in with {delegateName} moved to {to}",
                "Your check-in has moved",
                [
                    $"Your check-in with {delegateName} moves from {from} to {to} ({p.TimeZone}); {delegateName} has been told.",
                    Calendar,
                    "The link in your reminder still records how it went, once you have met.",
                ],
                [],
                []);
    }
}
