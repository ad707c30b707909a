using Delegation.Core.Calendar;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The reminder a day before a check-in, written as a meeting brief: when, for how long and in which time zone,
/// what this meeting is for, the tasks handed over so far with their KPIs, and (for the owner) how far the next
/// phase is. Only the owner's copy records the outcome; the hire's copy links to their SOPs instead.
/// </summary>
internal static class CheckInBrief
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string owner, string delegateName)
    {
        var p = plan.Practice;
        var when = notice.CheckInAt is { } at ? DateWords.FullAt(at, p.TimeZone, p.Country) : "";
        var planned = plan.CheckIns.FirstOrDefault(c => c.Role == notice.Role);
        var other = notice.ToDelegate ? owner : delegateName;
        var length = LengthOf(notice.Meeting, planned?.Cadence);
        var kickoff = notice.Meeting == 1;
        var how = kickoff ? "by phone or video (if you have not settled which, do it when you confirm the time)" : "by phone or video as you agreed";
        var meet = $"{other} and you meet on {when} ({p.TimeZone}){(length is { } l ? $" for {l.TotalMinutes:0} minutes" : "")}, {how}.";

        var tasks = NoticeContent.TasksSoFar(plan, notice);
        var kpis = (planned?.Review ?? []).ToDictionary(r => r.TaskId, r => r.Kpis, StringComparer.Ordinal);
        var items = tasks.Select(t => Item(t, kpis, notice.ToDelegate && SopOf(plan, t.TaskId) is { } sop ? links.Page(sop) : null)).ToList();
        var paragraphs = new List<string> { meet, "What this meeting is for: " + AgendaOf(notice.Meeting, planned) };
        if (items.Count > 0)
        {
            paragraphs.Add(kickoff
                ? "The tasks it starts with are below."
                : "The tasks handed over so far are below, each with what to look at. Bring numbers and examples, never client names.");
        }

        if (notice.ToDelegate)
        {
            paragraphs.Add(kickoff
                ? "Before it, read each SOP and note every question; bring the list."
                : $"Before it, note where a step in an SOP did not match how the work really went. {owner} records how the check-in went afterwards.");
            var site = items.Count > 0 && links.Site is not null ? "Each task's SOP is linked beside it." : "";
            if (site.Length > 0)
            {
                paragraphs.Add(site);
            }

            return new NoticeContent($"{(kickoff ? "Kickoff" : "Check-in")} with {owner} on {when}", kickoff ? "Your kickoff is coming up" : "Your check-in is coming up", paragraphs, items, []);
        }

        if (Progress(notice) is { } progress)
        {
            paragraphs.Add(progress);
        }

        paragraphs.Add("Afterwards, take one minute to record how it went: only your answer moves the plan on, and the link works once. "
            + "If you could not meet, say so with the same link: it is not counted as missed."
            + (links.Reschedule is null ? "" : " If the time no longer works, move the meeting with the “Move this check-in” link: you both get a calendar update."));
        return new NoticeContent(
            $"{(kickoff ? "Kickoff" : "Check-in")} with {delegateName} on {when}",
            kickoff ? "Your kickoff is coming up" : "Your check-in is coming up",
            paragraphs,
            items,
            [.. NoticeContent.Button("Record how it went", links.CheckIn), .. NoticeContent.Button("Move this check-in", links.Reschedule)]);
    }

    static TimeSpan? LengthOf(int? meeting, Cadence? cadence) =>
        meeting is { } n && cadence is { } c ? MeetingSlots.LengthOf(c, n) : null;

    static string AgendaOf(int? meeting, CheckIn? planned) =>
        meeting is { } n && planned is not null ? MeetingSlots.AgendaOf(planned.Cadence, n, planned.Agenda) : planned?.Agenda ?? CheckIn.FirstWeeksAgenda;

    static string? SopOf(Plan plan, string taskId) => plan.Sops.FirstOrDefault(s => s.TaskId == taskId)?.Url;

    static string Item(PlanTask task, Dictionary<string, IReadOnlyList<string>> kpis, string? sop)
    {
        var line = task.Name;
        if (kpis.TryGetValue(task.TaskId, out var k) && k.Count > 0)
        {
            line += ": " + string.Join("; ", k);
        }

        return sop is null ? line : $"{line} (SOP: {sop})";
    }

    static string? Progress(RolloutNotice notice)
    {
        if (notice.NextPhase is not { } next || notice.GoodNeeded is not { } needed || notice.GoodCheckIns is not { } good)
        {
            return null;
        }

        var row = needed == 1 ? "a check-in goes" : $"{needed} check-ins in a row go";
        return $"Phase {next} starts once {row} well and you say you are ready for more: {Math.Min(good, needed)} of {needed} so far.";
    }
}
