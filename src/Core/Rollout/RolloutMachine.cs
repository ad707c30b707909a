using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Rollout;

/// <summary>
/// The staged rollout as a pure state machine: given the state and the plan-time "now", what is
/// due, what an event changes, and which emails follow. The orchestration only waits and executes,
/// so every rule here is tested without an engine and replays identically.
/// </summary>
public static class RolloutMachine
{
    /// <summary>The state a plan's rollout begins with, right after the plan email.</summary>
    /// <param name="plan">The plan just sent; each role's reminders follow its check-in series.</param>
    /// <param name="checkInDay">The practice's check-in weekday.</param>
    /// <param name="settings">Reminder, grace and phase settings.</param>
    /// <param name="realNow">The orchestration's clock.</param>
    /// <param name="checkInTime">The practice's local check-in time; null is the intake's default.</param>
    public static RolloutState Start(Plan plan, DayOfWeek checkInDay, RolloutSettings settings, DateTimeOffset realNow, TimeOnly? checkInTime = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        var time = checkInTime ?? Intake.Preferences.DefaultCheckInTime;
        var calendar = MeetingCalendar.For(plan.Practice.TimeZone, time, plan.Practice.Country);
        var phases = plan.Tasks.Where(t => t.Phase is not null && t.Role is not null).ToList();
        var roles = phases
            .GroupBy(t => t.Role!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var from = g.Min(t => t.Phase!.Value);
                // The plan's own series: a project-only role meets until its hand-over, not on the role's usual cadence.
                var cadence = plan.CheckIns.FirstOrDefault(c => c.Role == g.Key)?.Cadence ?? CheckInScheduler.CadenceOf(g.Key);
                // Today's plans date nothing: the role's own hour is kept, and its kickoff is set when its hire is
                // registered. A plan stored with dates keeps them until then, so its reminders match its calendar.
                var planned = plan.CheckIns.FirstOrDefault(c => c.Role == g.Key);
                var k = planned?.Kickoff;
                var kickoff = k is null ? (DateOnly?)null : k.MovedFrom ?? calendar.DateOf(k.At);
                var at = planned?.Time ?? (k is null ? (TimeOnly?)null : calendar.TimeOf(k.At));
                return new RoleTrack(g.Key, cadence, from, null, 0,
                    from == 1 ? realNow + settings.HireReminderDelay : null, 1, null, false, null, 0, kickoff, at,
                    Phases: [.. g.Select(t => t.Phase!.Value).Distinct().Order()]);
            })
            .ToList();

        return new RolloutState(
            plan.PlanId,
            settings,
            new PlanClock(realNow, realNow, settings.TimeScale),
            plan.Practice.TimeZone,
            checkInDay,
            PlanStatus.Active,
            CurrentPhase: phases.Count == 0 ? 0 : 1,
            LastPhase: phases.Count == 0 ? 0 : phases.Max(t => t.Phase!.Value),
            Streak: 0,
            Pauses: 0,
            roles,
            [],
            CheckInTime: time,
            Country: plan.Practice.Country);
    }

    /// <summary>When something is next due (plan time), or null when the plan only waits for people.</summary>
    public static DateTimeOffset? NextDue(RolloutState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Status is PlanStatus.Paused or PlanStatus.Cancelled)
        {
            return null;
        }

        var due = s.Roles.SelectMany(r => DueTimes(r, s.Settings)).ToList();
        return due.Count == 0 ? null : due.Min();
    }

    /// <summary>Performs everything due at or before <paramref name="now"/>, in time order.</summary>
    public static (RolloutState State, IReadOnlyList<RolloutNotice> Notices) Tick(RolloutState s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var notices = new List<RolloutNotice>();
        // Bounded: each step moves a due time forward; a long pause cannot make this spin.
        for (var guard = 0; guard < 1000 && NextDue(s) is { } due && due <= now; guard++)
        {
            s = Step(s, due, notices);
        }

        return (s, notices);
    }

    /// <summary>Applies what a person told the plan.</summary>
    public static (RolloutState State, IReadOnlyList<RolloutNotice> Notices) Apply(RolloutState s, PlanEvent e, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(e);
        var notices = new List<RolloutNotice>();
        if (s.IsOver || e.Id is not null && (s.Applied ?? []).Contains(e.Id, StringComparer.Ordinal))
        {
            return (s, notices);
        }

        if (e.Id is not null)
        {
            s = s with { Applied = [.. (s.Applied ?? []).TakeLast(RolloutState.MaxApplied - 1), e.Id] };
        }

        s = e.Kind switch
        {
            PlanEventKind.DelegateRegistered when e.Delegate is not null => Register(s, e.Delegate, now, notices),
            PlanEventKind.CheckInRecorded when e.CheckInId is not null && e.Outcome is not null => Record(s, e.CheckInId, e.Outcome, now, notices),
            PlanEventKind.Reschedule when e.CheckInId is not null && e.At is { } at => Move(s, e.CheckInId, at, now, notices),
            PlanEventKind.PlanUpdated when e.Shape is not null => Reshape(s, e.Shape, now, notices),
            PlanEventKind.Pause when s.Status is PlanStatus.Active or PlanStatus.Completed => s with { Status = PlanStatus.Paused },
            PlanEventKind.Resume when s.Status == PlanStatus.Paused => Resume(s, now),
            PlanEventKind.Cancel => s with { Status = PlanStatus.Cancelled, CancelledAt = now },
            _ => s,
        };
        return (WithCompletion(s), notices);
    }

    /// <summary>Whether <paramref name="checkInId"/> may be recorded now.</summary>
    public static bool IsOpen(RolloutState s, string checkInId) =>
        s.Status != PlanStatus.Cancelled && s.Roles.Any(r => r.Open is { Recorded: false } o && o.Id == checkInId);

    static IEnumerable<DateTimeOffset> DueTimes(RoleTrack r, RolloutSettings settings)
    {
        if (r.Delegate is null)
        {
            if (r.NextHireReminderAt is { } hire && r.HireReminders < settings.MaxHireReminders)
            {
                yield return hire;
            }

            yield break;
        }

        if (r.NextCheckInAt is { } next)
        {
            yield return r.ReminderSent ? next : next - settings.ReminderLead;
        }

        if (r.Open is { Recorded: false, GraceHandled: false } open)
        {
            yield return open.At + settings.GracePeriod;
        }
    }

    static RolloutState Step(RolloutState s, DateTimeOffset due, List<RolloutNotice> notices)
    {
        // Handle the one role whose earliest due time this is; ties resolve by role order.
        var track = s.Roles.First(r => DueTimes(r, s.Settings).Contains(due));
        var settings = s.Settings;

        if (track.Delegate is null)
        {
            var count = track.HireReminders + 1;
            notices.Add(new RolloutNotice(s.PlanId, NoticeKind.HireReminder, $"hire-{track.Role}-{count}", false, track.Role,
                Attempt: count, LastReminder: count >= settings.MaxHireReminders));
            return Replace(s, track with
            {
                HireReminders = count,
                NextHireReminderAt = count < settings.MaxHireReminders ? due + settings.HireReminderDelay : null,
            });
        }

        if (track.Open is { Recorded: false, GraceHandled: false } open && open.At + settings.GracePeriod == due)
        {
            return Missed(s, track, open, notices);
        }

        var next = track.NextCheckInAt!.Value;
        if (!track.ReminderSent)
        {
            var id = $"{track.Role}-{track.Number}";
            // The link's life is counted in plan time, as the emails state it: on a scaled clock, real time + expiry would outlive every date they name.
            var expires = s.Clock.RealTime(next + settings.LinkExpiry);
            // The brief names the tasks handed over so far and how far the next phase is, as of this reminder.
            // Each brief says where this meeting stands: its week, the last outcome, a phase's tasks new to it, and what follows.
            var fresh = track.BriefedPhase is { } briefed && briefed < s.CurrentPhase && track.GainsIn(s.CurrentPhase) ? s.CurrentPhase : (int?)null;
            // Which hires the next phase waits for is said once, in the first reminder it is true in, and again only when it changes:
            // other roles, or the count now met so that only the hires hold it (read 6: the same sentence in all four reminders).
            var holding = s.CurrentPhase < s.LastPhase ? Holding(s) : null;
            var met = s.Streak >= settings.CheckInsPerPhase;
            var otherRoles = holding is not null && (s.ToldWaiting is null || !s.ToldWaiting.SequenceEqual(holding));
            var tell = holding is not null && (otherRoles || (met && !s.ToldWaitingMet));
            s = s with { ToldWaiting = holding, ToldWaitingMet = holding is not null && (otherRoles ? met : s.ToldWaitingMet || met) };
            var owner = new RolloutNotice(s.PlanId, NoticeKind.CheckInReminder, $"remind-{id}-owner", false, track.Role, track.Delegate, id, next,
                Phase: s.CurrentPhase, TimeZone: s.TimeZone, LinkExpiresAt: expires, KickoffDate: track.KickoffDate, Meeting: track.Number,
                GoodCheckIns: s.Streak, GoodNeeded: settings.CheckInsPerPhase, NextPhase: s.CurrentPhase < s.LastPhase ? s.CurrentPhase + 1 : null,
                Last: s.History.LastOrDefault(h => h.Role == track.Role), NewInPhase: fresh, FollowingAt: MeetingDates.Following(s, track, next),
                Waiting: tell ? holding : null,
                AssociatePending: s.Roles.Any(r => r.Role == SupportRole.AssociateTherapist && r.Delegate is null),
                Unregistered: s.Roles.Where(r => r.Delegate is null).Select(r => r.Role).ToList() is { Count: > 0 } nobody ? nobody : null);
            notices.Add(owner);
            // The hire's copy has no link that records the outcome, nor the owner's grading of the last one: only the owner grades a check-in.
            notices.Add(owner with { MessageKey = $"remind-{id}-delegate", ToDelegate = true, LinkExpiresAt = null, Last = null, Waiting = null });
            // A previous check-in still open closes now: its grace has passed and it was counted.
            return Replace(s, track with { ReminderSent = true, Open = new OpenCheckIn(id, next, false, false), BriefedPhase = s.CurrentPhase });
        }

        // The meeting time itself: move on to the next one; the meeting just held stays open for its outcome.
        // A meeting the owner moved earlier than its slot still counts from the slot, so its slot is not met twice.
        var from = track.Open is { Slot: { } slot } && slot > next ? slot : next;
        return Replace(s, track with
        {
            Number = track.Number + 1,
            NextCheckInAt = MeetingDates.Following(s, track, from),
            ReminderSent = false,
        });
    }

    static RolloutState Missed(RolloutState s, RoleTrack track, OpenCheckIn open, List<RolloutNotice> notices)
    {
        var missed = track.Missed + 1;
        var record = new CheckInRecord(open.Id, track.Role, open.At, true, null, null, null, null);
        s = Replace(s, track with { Missed = missed, Open = open with { GraceHandled = true } });
        // A run of good check-ins that already met the count and waits only for a hire is kept: a meeting that went
        // unrecorded says nothing of how the work went, and the owner was told only the hire stands in the way (reads 7
        // and 8: one holiday-week miss wiped "2 of 2"). A bad or not-ready outcome still starts the count again.
        var kept = s.Streak >= s.Settings.CheckInsPerPhase && Holding(s) is { Count: > 0 };
        s = s with { Streak = kept ? s.Streak : 0, History = Append(s.History, record) };
        if (missed >= 2)
        {
            var pauses = s.Pauses + 1;
            // The email names the meetings that went unrecorded: this role's last ones, newest last.
            var missedAt = s.History.Where(h => h.Role == track.Role).TakeLast(missed).Where(h => h.Missed).Select(h => h.At).ToList();
            var paused = new RolloutNotice(s.PlanId, NoticeKind.PausedForMisses, $"paused-{pauses}", false, track.Role, track.Delegate, open.Id,
                open.At, Phase: s.CurrentPhase, TimeZone: s.TimeZone, LinkExpiresAt: s.Clock.RealTime(open.At + s.Settings.LinkExpiry),
                NextPhase: s.CurrentPhase < s.LastPhase ? s.CurrentPhase + 1 : null, MissedAt: missedAt, RecordBy: open.At + s.Settings.LinkExpiry,
                // Each earlier miss closed when the next meeting's reminder went out (it replaced the open check-in): the email dates each.
                ClosedAt: missedAt.Count > 1 ? [.. missedAt.Skip(1).Select(at => at - s.Settings.ReminderLead)] : null,
                // Resuming alone does not start the next phase while a hire holds it: the owner's email says so (read 8).
                Waiting: s.CurrentPhase < s.LastPhase ? Holding(s) : null);
            notices.Add(paused);
            // The hire is told too, without links: the pause changes what comes to them next.
            notices.Add(paused with { MessageKey = $"paused-{pauses}-delegate", ToDelegate = true, LinkExpiresAt = null });
            return s with { Status = PlanStatus.Paused, Pauses = pauses };
        }

        notices.Add(new RolloutNotice(s.PlanId, NoticeKind.FollowUp, $"followup-{open.Id}", false, track.Role, track.Delegate, open.Id, open.At,
            TimeZone: s.TimeZone, LinkExpiresAt: s.Clock.RealTime(open.At + s.Settings.LinkExpiry), NextPhase: s.CurrentPhase < s.LastPhase ? s.CurrentPhase + 1 : null,
            // The meeting whose reminder closes this link, and when that reminder goes out, so the follow-up can name the day (rollout read 6).
            FollowingAt: track.ReminderSent ? null : track.NextCheckInAt,
            ClosedAt: !track.ReminderSent && track.NextCheckInAt is { } following ? [following - s.Settings.ReminderLead] : null));
        return s;
    }

    /// <summary>
    /// The first person in a role starts its series: the kickoff on the first check-in weekday at the role's time
    /// at least <see cref="CheckInScheduler.HireLead"/> after now (a holiday moves it; another hire's kickoff right beside
    /// it that day moves it a week, <see cref="CheckInScheduler.ApartFrom"/>), then the plan's weeks and
    /// cadence, and the owner is told the date with the role's calendar file.
    /// </summary>
    static RolloutState Register(RolloutState s, DelegateInfo who, DateTimeOffset now, List<RolloutNotice> notices)
    {
        var track = s.Track(who.Role);
        if (track is null)
        {
            return s;
        }

        if (track.Delegate is not null)
        {
            // A new person in the role: keep the schedule, update who is reminded.
            return Replace(s, track with { Delegate = who });
        }

        var time = track.MeetingTime ?? s.CheckInTime ?? MeetingDates.LegacyMeetingTime;
        var calendar = MeetingCalendar.For(s.TimeZone, time, s.Country);
        // Hires registered together do not get their hour-long kickoffs back to back on one morning.
        var others = s.Roles.Where(r => r.Role != track.Role && r.Delegate is not null && r.KickoffDate is not null)
            .Select(r => (r.KickoffDate!.Value, r.MeetingTime ?? time)).ToList();
        var kickoffDate = CheckInScheduler.ApartFrom(CheckInScheduler.KickoffDate(calendar, s.CheckInDay, now + CheckInScheduler.HireLead), time, others);
        var anchored = track with { KickoffDate = kickoffDate, MeetingTime = time };
        // The kickoff itself: at least HireLead away, so its reminder (a day before) is still ahead.
        var first = MeetingDates.FirstAtOrAfter(s, anchored, now);
        // One key per role: the event is applied once, and a retried send reuses the same message id.
        notices.Add(new RolloutNotice(s.PlanId, NoticeKind.HireRegistered, $"hired-{track.Role}", false, track.Role, who,
            CheckInAt: first, TimeZone: s.TimeZone, KickoffDate: kickoffDate, MeetingTime: time, RegisteredAt: now, CheckInDay: s.CheckInDay,
            Waiting: Unfilled(s with { CurrentPhase = s.LastPhase }, track.Role)));
        // The hire's own welcome: which practice, when the kickoff is, whom to ask, and the SOPs for the first tasks.
        notices.Add(new RolloutNotice(s.PlanId, NoticeKind.HireRegistered, $"hired-{track.Role}-delegate", true, track.Role, who,
            CheckInAt: first, TimeZone: s.TimeZone, KickoffDate: kickoffDate, MeetingTime: time, RegisteredAt: now, CheckInDay: s.CheckInDay));
        // The hire date comes from the event's plan time, never the clock, so a replay registers the same day.
        return Replace(s, anchored with { Delegate = who, NextHireReminderAt = null, NextCheckInAt = first, ReminderSent = false, HiredAt = now });
    }

    static RolloutState Record(RolloutState s, string checkInId, CheckInOutcome outcome, DateTimeOffset now, List<RolloutNotice> notices)
    {
        var track = s.Roles.FirstOrDefault(r => r.Open is { Recorded: false } o && o.Id == checkInId);
        if (track is null || s.Status == PlanStatus.Cancelled)
        {
            return s;
        }

        var open = track.Open!;
        if (!outcome.Met)
        {
            // "We couldn't meet": closed without a follow-up, not a miss (a late one un-counts the miss), and the
            // run of good check-ins neither grows nor breaks. The record has no outcome, so reports count it as neither.
            var notHeld = new CheckInRecord(checkInId, track.Role, open.At, false, null, null, null, now);
            s = Replace(s, track with { Missed = 0, Open = open with { Recorded = true, GraceHandled = true } });
            return s with { History = Append(s.History.Where(h => h.CheckInId != checkInId).ToList(), notHeld) };
        }

        var record = new CheckInRecord(checkInId, track.Role, open.At, false, outcome.OnTrack, outcome.Stress, outcome.ReadyForMore, now);
        // A late outcome replaces the "missed" entry written at the end of the grace period.
        var history = s.History.Where(h => h.CheckInId != checkInId).ToList();
        s = Replace(s, track with { Missed = 0, Open = open with { Recorded = true, GraceHandled = true } });
        s = s with { History = Append(history, record) };

        if (!outcome.OnTrack)
        {
            notices.Add(new RolloutNotice(s.PlanId, NoticeKind.Adjustment, $"adjust-{checkInId}", false, track.Role, track.Delegate, checkInId));
            return s with { Streak = 0 };
        }

        if (!outcome.ReadyForMore)
        {
            return s with { Streak = 0 };
        }

        var streak = s.Streak + 1;
        if (s.CurrentPhase >= s.LastPhase && !s.ToldAllHandedOver && s.Roles.All(r => r.Delegate is not null))
        {
            // "Ready for more" with nothing left to start: answered once, so the owner is not left waiting for a phase.
            notices.Add(new RolloutNotice(s.PlanId, NoticeKind.AllHandedOver, "all-handed-over", false, track.Role, track.Delegate, checkInId, open.At,
                Phase: s.CurrentPhase, TimeZone: s.TimeZone));
            return s with { Streak = streak, ToldAllHandedOver = true };
        }

        if (streak < s.Settings.CheckInsPerPhase || s.CurrentPhase >= s.LastPhase || s.Status == PlanStatus.Paused)
        {
            return s with { Streak = streak };
        }

        // The next phase waits while a role with weekly work in the phases started has nobody registered: that work is
        // still the owner's, and adding more on top is not starting small. The owner is told once per run of good check-ins.
        if (Holding(s) is { Count: > 0 } waiting)
        {
            if (streak == s.Settings.CheckInsPerPhase)
            {
                notices.Add(new RolloutNotice(s.PlanId, NoticeKind.PhaseWaitsForHires, $"waits-{s.CurrentPhase + 1}-{checkInId}", false, track.Role, track.Delegate,
                    checkInId, open.At, Phase: s.CurrentPhase, TimeZone: s.TimeZone, GoodNeeded: s.Settings.CheckInsPerPhase, NextPhase: s.CurrentPhase + 1, Waiting: waiting));
            }

            return s with { Streak = streak };
        }

        return StartPhase(s with { Streak = 0 }, s.CurrentPhase + 1, now, notices);
    }

    /// <summary>
    /// The owner moves a check-in whose reminder went out and which has not met yet: to a time after now and before
    /// the series' following meeting, so no two meetings swap or pile up. Anything else is left as it is (the API
    /// reads the snapshot to tell the owner). Both people get the moved meeting as a calendar update.
    /// </summary>
    static RolloutState Move(RolloutState s, string checkInId, DateTimeOffset at, DateTimeOffset now, List<RolloutNotice> notices)
    {
        var track = s.Roles.FirstOrDefault(r => r.ReminderSent && r.Open is { Recorded: false } o && o.Id == checkInId && r.NextCheckInAt == o.At);
        if (track is null || s.Status is not (PlanStatus.Active or PlanStatus.Completed))
        {
            return s;
        }

        var open = track.Open!;
        var slot = open.Slot ?? open.At;
        if (at <= now || at == open.At || MeetingDates.Following(s, track, slot) is { } following && at >= following)
        {
            return s;
        }

        var moved = open with { At = at, Slot = slot, Moves = open.Moves + 1 };
        var notice = new RolloutNotice(s.PlanId, NoticeKind.CheckInMoved, $"moved-{checkInId}-{moved.Moves}", false, track.Role, track.Delegate, checkInId, at,
            TimeZone: s.TimeZone, Meeting: track.Number, Attempt: moved.Moves, MovedFrom: open.At, Slot: slot);
        notices.Add(notice);
        notices.Add(notice with { MessageKey = $"moved-{checkInId}-{moved.Moves}-delegate", ToDelegate = true });
        return Replace(s, track with { NextCheckInAt = at, Open = moved });
    }

    /// <summary>
    /// A new plan version: hires stay registered with their series, reached phases stay reached, and the new version's
    /// phases (which put new work after the current one) replace the rest. A role new to the plan waits for its phase like
    /// any other, a role the plan dropped leaves the rollout, and each hire whose work changed is told.
    /// </summary>
    static RolloutState Reshape(RolloutState s, RolloutShape shape, DateTimeOffset now, List<RolloutNotice> notices)
    {
        var lastPhase = shape.Roles.SelectMany(r => r.Phases).DefaultIfEmpty(0).Max();
        // A plan that handed nothing over had no phase to be in: its first work starts phase 1 now.
        var current = s.CurrentPhase == 0 && lastPhase > 0 ? 1 : s.CurrentPhase;
        var roles = shape.Roles.OrderBy(r => r.Role).Select(r =>
        {
            var from = r.Phases.Count == 0 ? current : r.Phases.Min();
            if (s.Track(r.Role) is not { } track)
            {
                return new RoleTrack(r.Role, r.Cadence, from, null, 0, from <= current ? now + s.Settings.HireReminderDelay : null, 1, null, false, null, 0,
                    MeetingTime: r.MeetingTime, Phases: r.Phases);
            }

            // A role not hired yet whose work now starts in a phase already reached is reminded from today.
            var remind = track.Delegate is null && track.NextHireReminderAt is null && from <= current && track.HireReminders < s.Settings.MaxHireReminders
                ? now + s.Settings.HireReminderDelay
                : track.NextHireReminderAt;
            return track with
            {
                Cadence = track.Delegate is null ? r.Cadence : track.Cadence,
                FromPhase = from,
                Phases = r.Phases,
                NextHireReminderAt = track.Delegate is null && from > current ? null : remind,
            };
        }).ToList();

        foreach (var r in shape.Roles.Where(r => r.Change is not null))
        {
            if (roles.First(t => t.Role == r.Role).Delegate is { } who)
            {
                notices.Add(new RolloutNotice(s.PlanId, NoticeKind.WorkUpdated, $"planupdate-v{shape.Version}-{r.Role}", true, r.Role, who,
                    Phase: current, TimeZone: s.TimeZone, WorkChange: r.Change));
            }
        }

        // A role the new version gives no work (it comes with no phases, so its hire hears of it above) leaves the rollout.
        roles = [.. roles.Where(t => t.Phases is { Count: > 0 })];

        // Told "all handed over" before: a version with phases still to come has more to hand over.
        return s with
        {
            CurrentPhase = current,
            LastPhase = Math.Max(current, lastPhase),
            Roles = roles,
            ToldAllHandedOver = s.ToldAllHandedOver && lastPhase <= current,
        };
    }

    static RolloutState StartPhase(RolloutState s, int phase, DateTimeOffset now, List<RolloutNotice> notices)
    {
        // Each hire who gains tasks goes through them at their next check-in: both emails name that meeting, so
        // the date the work is theirs and the date it is reviewed are one.
        var handOvers = s.Roles
            .Where(r => r.Delegate is not null && r.GainsIn(phase) && NextMeeting(s, r, now) is not null)
            .Select(r => new RoleMeeting(r.Delegate!, NextMeeting(s, r, now)!.Value))
            .ToList();
        notices.Add(new RolloutNotice(s.PlanId, NoticeKind.PhaseStarted, $"phase-{phase}-owner", false, Phase: phase, TimeZone: s.TimeZone, StartsAt: now,
            HandOvers: handOvers));
        var roles = s.Roles.Select(r =>
        {
            if (r.FromPhase == phase && r.Delegate is null)
            {
                // Newly needed role: start its hire reminders from today.
                return r with { NextHireReminderAt = now + s.Settings.HireReminderDelay };
            }

            // Only a hire whose work grows is written to: "these tasks come to you" with none would be false.
            if (r.Delegate is not null && r.GainsIn(phase))
            {
                notices.Add(new RolloutNotice(s.PlanId, NoticeKind.PhaseStarted, $"phase-{phase}-{r.Role}", true, r.Role, r.Delegate, CheckInAt: NextMeeting(s, r, now),
                    Phase: phase, TimeZone: s.TimeZone, StartsAt: now));
            }

            return r;
        }).ToList();
        return s with { CurrentPhase = phase, Roles = roles };
    }

    /// <summary>
    /// The role's first meeting still to come after <paramref name="now"/>: the upcoming one, unless it was already
    /// recorded (an outcome recorded before the meeting's time) or has passed; null once a project's series ended.
    /// </summary>
    static DateTimeOffset? NextMeeting(RolloutState s, RoleTrack r, DateTimeOffset now)
    {
        if (r.NextCheckInAt is not { } next)
        {
            return null;
        }

        var recorded = r.Open is { Recorded: true } o && o.At == next;
        if (next > now && !recorded)
        {
            return next;
        }

        // Strictly after the meeting just recorded (its series slot, if it was moved later) and after now.
        var after = recorded && r.Open!.Slot is { } slot && slot > next ? slot : next;
        return MeetingDates.FirstAtOrAfter(s, r, (after > now ? after : now).AddTicks(1));
    }

    static RolloutState Resume(RolloutState s, DateTimeOffset now)
    {
        var roles = s.Roles.Select(r => r.Delegate is null
            ? r with { NextHireReminderAt = r.FromPhase <= s.CurrentPhase && r.HireReminders < s.Settings.MaxHireReminders ? now + s.Settings.HireReminderDelay : null }
            : r with
            {
                Missed = 0,
                Open = r.Open is { Recorded: false } o ? o with { GraceHandled = true } : r.Open,
                NextCheckInAt = MeetingDates.FirstAtOrAfter(s, r, now + s.Settings.ReminderLead),
                ReminderSent = false,
            }).ToList();
        return s with { Status = PlanStatus.Active, Roles = roles };
    }

    /// <summary>The roles of the phases started so far that nobody is registered for (the next phase waits for them); null for none, so notices stay equal by value.</summary>
    static List<SupportRole>? Unfilled(RolloutState s, SupportRole? except = null) =>
        s.Roles.Where(r => r.Delegate is null && r.FromPhase <= s.CurrentPhase && r.Role != except).Select(r => r.Role).ToList() is { Count: > 0 } roles ? roles : null;

    /// <summary>
    /// The unfilled roles that hold the next phase: those with weekly work in the phases started, which is still on the
    /// owner's desk. A one-off job's role and the associate do not: a website move the owner has not done yet adds no
    /// weekly load, and an associate's hiring and credentialing take months, so waiting for them would stall the
    /// recurring work that is ready to go (read 5: the VA's phase waited on a tech job and an associate).
    /// </summary>
    static List<SupportRole>? Holding(RolloutState s) =>
        Unfilled(s)?.Where(role => s.Roles.First(r => r.Role == role) is { Cadence: not Cadence.UntilHandOver } && role != SupportRole.AssociateTherapist)
            .ToList() is { Count: > 0 } roles ? roles : null;

    static RolloutState WithCompletion(RolloutState s)
    {
        var done = s.LastPhase > 0 && s.CurrentPhase >= s.LastPhase
            && s.Roles.All(r => r.Delegate is not null || r.FromPhase > s.LastPhase);
        return s.Status switch
        {
            PlanStatus.Active when done => s with { Status = PlanStatus.Completed },
            PlanStatus.Completed when !done => s with { Status = PlanStatus.Active },
            _ => s,
        };
    }

    static RolloutState Replace(RolloutState s, RoleTrack track) =>
        s with { Roles = s.Roles.Select(r => r.Role == track.Role ? track : r).ToList() };

    static List<CheckInRecord> Append(IReadOnlyList<CheckInRecord> history, CheckInRecord record) =>
        history.Append(record).TakeLast(RolloutState.MaxHistory).ToList();
}
