using Delegation.Core.Calendar;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Sops;

namespace Delegation.Core.Email.Notices;

/// <summary>
/// The reminder a day before a check-in, written as a meeting brief: when, for how long and in which time zone,
/// what this meeting is for, the tasks handed over so far with their KPIs, and (for the owner) how far the next
/// phase is. Only the owner's copy records the outcome; the hire's copy links to their SOPs instead.
/// </summary>
internal static class CheckInBrief
{
    public static NoticeContent Write(RolloutNotice notice, Plan plan, NoticeLinks links, string owner, string delegateName, IReadOnlyList<StaleSop> stale)
    {
        var p = plan.Practice;
        var when = notice.CheckInAt is { } at ? DateWords.FullAt(at, p.TimeZone, p.Country) : "";
        var planned = plan.CheckIns.FirstOrDefault(c => c.Role == notice.Role);
        var other = notice.ToDelegate ? owner : delegateName;
        var length = LengthOf(notice.Meeting, planned?.Cadence);
        var kickoff = notice.Meeting == 1;
        var how = kickoff ? "by phone or video (if you have not settled which, agree it by email before the day)" : "by phone or video as you agreed";
        var meet = $"{other} and you meet on {when} ({p.TimeZone}){(length is { } l ? $" for {l.TotalMinutes:0} minutes" : "")}, {how}.";

        var tasks = NoticeContent.TasksSoFar(plan, notice);
        var kpis = (planned?.Review ?? []).ToDictionary(r => r.TaskId, r => r.Kpis, StringComparer.Ordinal);
        var fresh = tasks.Where(t => notice.NewInPhase is { } k && t.Phase == k).ToList();
        var items = tasks.Select(t => Item(t, kpis, notice.ToDelegate ? links.Sop(t.TaskId) : null, fresh.Contains(t) ? notice.NewInPhase : null,
            notice.AssociatePending && t.TaskId == AssociateCredentialing.TaskId)).ToList();
        var week = WeekOf(notice, p.TimeZone);
        var paragraphs = new List<string> { meet };
        if (!kickoff && Position(notice, plan, week, other) is { } position)
        {
            paragraphs.Add(position);
        }

        if (!notice.ToDelegate && !kickoff && notice.Last is { } last)
        {
            paragraphs.Add(LastTime(last, p.TimeZone, p.Country));
        }

        paragraphs.Add(ThisMeeting(notice.Meeting, planned));
        if (StaleFirst(notice, plan, stale) is { } first)
        {
            paragraphs.Add(first);
        }

        // Insurers take months to confirm an associate: the first weeks' check-ins each ask where that stands.
        if (notice is { Role: SupportRole.AssociateTherapist, Meeting: > 1 and <= CheckInScheduler.FirstWeeks + 1 }
            && AssociateLines.CredentialingStatus(plan, notice.ToDelegate, delegateName, notice.Meeting == 2, notice.Unregistered) is { } credentialing)
        {
            paragraphs.Add(credentialing);
        }

        if (fresh.Count > 0)
        {
            // The phase email said the new tasks are gone through at this meeting: the brief says so too.
            paragraphs.Add($"New at this check-in: phase {notice.NewInPhase}'s {(fresh.Count == 1 ? "task" : "tasks")}, marked “new in phase {notice.NewInPhase}” below. "
                + $"{(fresh.Count == 1 ? "Its KPIs are" : "Their KPIs are")} reviewed for the first time: go through {(fresh.Count == 1 ? "its SOP" : "their SOPs")} together first, then agree what good looks like.");
        }

        if (items.Count > 0)
        {
            paragraphs.Add(kickoff
                ? "The tasks it starts with are below."
                : "The tasks handed over so far are below, each with what to look at. Bring numbers and examples, never client names.");
        }

        if (notice.ToDelegate)
        {
            // Said once each, where it is new: the SOP links and who records the outcome; later briefs carry only their week's line.
            if (kickoff || notice.Meeting == 2)
            {
                paragraphs.Add(kickoff
                    ? "Before it, read each SOP and note every question; bring the list."
                    : $"Before it, note where a step in an SOP did not match how the work really went. {owner} records how the check-in went afterwards.");
                if (kickoff && tasks.Any(t => links.Sop(t.TaskId) is not null))
                {
                    paragraphs.Add(NoticeContent.SopsLinked);
                }
            }

            paragraphs.Add(Following(notice, planned, p.TimeZone, p.Country));
            return new NoticeContent($"{Title(kickoff, week)} with {owner} on {when}", kickoff ? "Your kickoff is coming up" : "Your check-in is coming up", paragraphs, items, []);
        }

        if (Progress(notice, plan.Practice) is { } progress)
        {
            paragraphs.Add(progress);
        }

        paragraphs.Add(Following(notice, planned, p.TimeZone, p.Country));

        // The record paragraph in full once, in the first reminder; after that the owner knows it, and a short line points to the link.
        paragraphs.Add(kickoff
            ? "Afterwards, take one minute to record how it went: only your answer moves the plan on, and the link works once. "
                + "If you could not meet, say so with the same link: it is not counted as missed."
                + (links.Reschedule is null ? "" : " If the time no longer works, move the meeting with the “Move this check-in” link: you both get a calendar update.")
            : "Afterwards, record how it went, or that you could not meet, with the link below.");
        return new NoticeContent(
            $"{Title(kickoff, week)} with {delegateName} on {when}",
            kickoff ? "Your kickoff is coming up" : "Your check-in is coming up",
            paragraphs,
            items,
            [.. NoticeContent.Button("Record how it went", links.CheckIn), .. NoticeContent.Button("Move this check-in", links.Reschedule)]);
    }

    // Handed-over SOPs nobody has confirmed for a while come first: a step that no longer matches the work is how mistakes
    // start. Not at the kickoff: it walks through every SOP it starts with anyway, and none has been used yet.
    static string? StaleFirst(RolloutNotice notice, Plan plan, IReadOnlyList<StaleSop> stale)
    {
        if (notice.Meeting == 1)
        {
            return null;
        }

        var handedOver = NoticeContent.TasksSoFar(plan, notice).Where(t => t.Phase != notice.NewInPhase).Select(t => t.TaskId).ToHashSet(StringComparer.Ordinal);
        var due = stale.Where(s => handedOver.Contains(s.TaskId)).ToList();
        if (due.Count == 0)
        {
            return null;
        }

        var p = plan.Practice;
        var year = notice.CheckInAt is { } at ? TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(p.TimeZone)).Year : (int?)null;
        string Confirmed(StaleSop s)
        {
            var on = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.LastConfirmed, TimeZoneInfo.FindSystemTimeZoneById(p.TimeZone)).DateTime);
            return $"last confirmed {(on.Year == year ? DateWords.DayMonth(on, p.Country) : DateWords.Plain(on, p.Country))}";
        }

        var question = due.Count == 1
            ? $"First: is the SOP for {due[0].Task} still right? ({Confirmed(due[0])})"
            : $"First: are the SOPs for {Lists.And(due.Select(s => $"{s.Task} ({Confirmed(s)})"))} still right?";
        var it = due.Count == 1 ? "it" : "them";
        return notice.ToDelegate
            ? $"{question} Go through {it} step by step beforehand, and bring every step that no longer matches how you do the work."
            : $"{question} Go through {it} together. If nothing has changed, tick “The SOPs for my tasks are still right” when you record the check-in; if a step has, note it under “An SOP needs a change”.";
    }

    static TimeSpan? LengthOf(int? meeting, Cadence? cadence) =>
        meeting is { } n && cadence is { } c ? MeetingSlots.LengthOf(c, n) : null;

    static string AgendaOf(int? meeting, CheckIn? planned) =>
        meeting is { } n && planned is not null ? MeetingSlots.AgendaOf(planned.Cadence, n, planned.Agenda) : planned?.Agenda ?? CheckIn.FirstWeeksAgenda;

    // The agenda, and for the first weeks' meetings after the kickoff one line that week needs, so no two briefs read alike.
    static string ThisMeeting(int? meeting, CheckIn? planned)
    {
        var agenda = "What this meeting is for: " + AgendaOf(meeting, planned);
        if (planned is null || planned.Cadence == Cadence.UntilHandOver || meeting is not (> 1 and <= CheckInScheduler.FirstWeeks + 1))
        {
            return agenda;
        }

        return meeting switch
        {
            2 => agenda + " This week is the first look at a full week of the work: go through how each task went, start to finish, and note each KPI's first figure.",
            3 => "What this meeting is for: the same review as last week. This week, compare each KPI with last week's figure and settle the one SOP step that most needs changing.",
            CheckInScheduler.FirstWeeks + 1 => "What this meeting is for: the same review as last week, the last of the first weeks. "
                + $"This week, agree what to keep an eye on at the {Usual(planned.Cadence)} check-ins that follow.",
            _ => "What this meeting is for: the same review as last week. This week, look at the questions that came up more than once: each answer belongs in its SOP.",
        };
    }

    static string Title(bool kickoff, int? week) => kickoff ? "Kickoff" : week is { } w ? $"Week {w} check-in" : "Check-in";

    // The week of the rollout the meeting falls in, counted from the kickoff's date (week 1); null in rollouts without one.
    static int? WeekOf(RolloutNotice notice, string timeZone) =>
        notice is { KickoffDate: { } kickoff, CheckInAt: { } at }
            ? (DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime).DayNumber - kickoff.DayNumber) / 7 + 1
            : null;

    static string? Position(RolloutNotice notice, Plan plan, int? week, string other)
    {
        var phases = plan.Tasks.Max(t => t.Phase) ?? 0;
        // The hire hears of the plan's phases only if a later one brings them work: otherwise they are the owner's business.
        var theirs = !notice.ToDelegate || plan.Tasks.Any(t => t.Role == notice.Role && t.Phase > notice.Phase);
        var phase = notice.Phase is { } k && phases > 1 && theirs ? $"phase {k} of {phases} of the plan" : null;
        return (week, phase) switch
        {
            ({ } w, { } ph) => $"Where you are: week {w} with {other}, {ph}.",
            ({ } w, null) => $"Where you are: week {w} with {other}.",
            (null, { } ph) => $"Where you are: {ph}.",
            _ => null,
        };
    }

    // The owner's own grading of the last check-in: never the hire's copy, and never the notes (the rollout does not keep them).
    static string LastTime(CheckInRecord last, string timeZone, string? country)
    {
        var on = DateWords.BriefOn(last.At, timeZone, country);
        if (last.Missed)
        {
            return $"Last time ({on}) no outcome was recorded.";
        }

        if (last.OnTrack is not { } onTrack)
        {
            return $"Last time ({on}) you could not meet.";
        }

        var ready = last.ReadyForMore == true ? "you were ready for more" : "you were not ready for more yet";
        return $"Last time ({on}) you recorded it as {(onTrack ? "on track" : "off track")}, your stress {last.Stress} of 5, and {ready}.";
    }

    // What comes after this meeting in the role's series.
    static string Following(RolloutNotice notice, CheckIn? planned, string timeZone, string? country)
    {
        if (notice.FollowingAt is not { } next || notice.Meeting is not { } n || planned is null)
        {
            return notice.FollowingAt is null && notice.Meeting is > 1 && planned?.Cadence == Cadence.UntilHandOver
                ? "After this: nothing more; this is the series' last meeting, since the work is one-off."
                : "After this: the next check-in is in your calendar.";
        }

        var on = DateWords.FullAt(next, timeZone, country);
        var cadence = planned.Cadence;
        return (n + 1) switch
        {
            2 when cadence == Cadence.UntilHandOver => $"After this: the hand-over review on {on}, the series' last meeting.",
            <= CheckInScheduler.FirstWeeks + 1 and var m => $"After this: the week {WeekAfter(notice, next, timeZone) ?? m} check-in on {on}.",
            CheckInScheduler.FirstWeeks + 2 => $"After this: the first {Usual(cadence)} check-in on {on}; the weekly check-ins of the first weeks end here.",
            _ => $"After this: the next {Usual(cadence)} check-in on {on}.",
        };
    }

    static int? WeekAfter(RolloutNotice notice, DateTimeOffset next, string timeZone) => WeekOf(notice with { CheckInAt = next }, timeZone);

    static string Usual(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => "weekly",
        Cadence.Biweekly => "two-weekly",
        _ => "monthly",
    };

    static string Item(PlanTask task, Dictionary<string, IReadOnlyList<string>> kpis, string? sop, int? newInPhase, bool noAssociateYet)
    {
        var line = newInPhase is { } phase ? $"{task.Name} (new in phase {phase})" : task.Name;
        if (noAssociateYet)
        {
            // Credentialing is for an associate who has not accepted yet: no KPIs to bring (read 5: a billing specialist asked
            // for "each KPI's first figure" of work that cannot start).
            return NoticeContent.WithSop(line + ": starts once the new associate accepts the offer; nothing to review until then", sop);
        }

        if (kpis.TryGetValue(task.TaskId, out var k) && k.Count > 0)
        {
            line += ": " + string.Join("; ", k);
        }

        return NoticeContent.WithSop(line, sop);
    }

    static string? Progress(RolloutNotice notice, PracticeView practice)
    {
        if (notice.NextPhase is not { } next || notice.GoodNeeded is not { } needed || notice.GoodCheckIns is not { } good)
        {
            return null;
        }

        var row = needed == 1 ? "a check-in goes" : $"{needed} check-ins in a row go";
        var line = $"Phase {next} starts once {row} well and you say you are ready for more: {Math.Min(good, needed)} of {needed} so far.";
        // A count back at 0 says why, and that one more miss pauses (read 5: "2 of 2" became "0 of 2" unexplained).
        if (good == 0 && notice.Last is { Missed: true } missed)
        {
            line += $" The count started again when the check-in on {DateWords.BriefOn(missed.At, practice.TimeZone, practice.Country)} went unrecorded; one more in a row without an outcome pauses the rollout.";
        }

        // The rollout holds the next phase while a role of the phases started has nobody registered: say so, or the count misleads.
        // Said only when new or changed (the rollout sets Waiting so); with the count met, it is what is left.
        if (notice.Waiting is not { Count: > 0 } waiting)
        {
            return line;
        }

        var roles = Lists.And([.. waiting.Select(RoleTitles.Of)]);
        return good >= needed
            ? line[..^1] + $", so it now waits only until you register your {roles}, whose tasks are still with you."
            : line + $" It also waits until you register your {roles}, whose tasks are still with you.";
    }
}
