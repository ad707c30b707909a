using System.Globalization;
using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Sops;
using Delegation.Core.Templates;
using Markdig;

namespace Delegation.Core.Hiring;

/// <summary>
/// Writes the hiring kit for one role of a plan: a job description from the tasks, hours and rate the plan
/// gave the role, the must-haves, interview questions with what a good answer sounds like, an access
/// checklist and a first-week agenda. Confidentiality wording comes from the practice's <see cref="Jurisdiction"/>.
/// </summary>
public static class HiringKitWriter
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml() // user text never becomes markup, even if escaping were missed
        .Build();

    /// <summary>Renders the kit for the role of <paramref name="brief"/>.</summary>
    /// <param name="practice">The practice hiring; its country decides the agreement and the licensing wording.</param>
    /// <param name="currency">ISO 4217 code of the plan's amounts.</param>
    /// <param name="brief">The role's line, tasks and check-in in the plan.</param>
    /// <param name="version">The version number printed in the kit.</param>
    /// <param name="planTasks">Every task of the intake, so a tool named in another task's name is named here too; null for the brief's tasks.</param>
    /// <param name="keptTasks">The tasks the plan keeps with the therapist, so the kit grants no access for them where they are part of
    /// a kind the role takes ("Contractor invoices" kept beside "Payroll"), as the SOPs say; null for none.</param>
    public static HiringKit Write(Practice practice, string currency, HiringBrief brief, int version, IReadOnlyList<PracticeTask>? planTasks = null,
        IReadOnlyList<PracticeTask>? keptTasks = null)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(brief);
        if (brief.Tasks.Count == 0)
        {
            throw new ArgumentException("A hiring kit is written for a role with tasks.", nameof(brief));
        }

        var role = brief.Line.Role;
        var title = $"Hiring kit: {RoleTitles.Of(role)}";
        var j = Jurisdiction.Of(practice.Country);
        var areas = brief.Tasks.SelectMany(t => WorkAreas.Of(t.Task)).Distinct().OrderBy(a => IndexOf(a)).ToList();
        // The kinds of work the role takes in each area: its questions and access lines are about these and nothing else.
        var kindsIn = areas.ToDictionary(a => a, a => WorkAreas.KindsOf(brief.Tasks.Where(t => WorkAreas.Of(t.Task).Contains(a)).Select(t => t.Task)));
        var kinds = WorkAreas.KindsOf(brief.Tasks.Select(t => t.Task));
        // A task whose kind always carries client details does so whatever the intake said: the SOP says the same.
        var clientInfo = brief.Tasks.Any(t => SopWriter.InvolvesClientInfo(t.Task));
        var clientContact = areas.Any(a => a.ClientContact);

        var oneOff = brief.CheckIn?.Cadence == Planning.Cadence.UntilHandOver || brief.Tasks.All(t => t.Task.OneTimeHours is not null);
        // A scenario's good answer follows the plan's SOPs: it sends work only to an SOP some role of the plan takes.
        var keptIds = (keptTasks ?? []).Select(t => t.TaskId).ToHashSet(StringComparer.Ordinal);
        var planKinds = WorkAreas.KindsOf((planTasks ?? [.. brief.Tasks.Select(t => t.Task)]).Where(t => !keptIds.Contains(t.TaskId)));
        var keptKinds = WorkAreas.KindsOf(keptTasks ?? []);
        // Another role's password manager roll-out, which this hire's kickoff may come before: their accounts wait for it.
        var rollOut = (planTasks ?? []).FirstOrDefault(t => t.IsProject && Planning.SupportMatcher.SecuresLogins(t) && !keptIds.Contains(t.TaskId)
            && brief.Tasks.All(b => b.Task.TaskId != t.TaskId));
        var questions = RoleContent.Questions(role, j, kinds, clientContact, clientInfo, oneOff)
            .Concat(areas.SelectMany(a => a.QuestionsFor(new AreaContext(j, kindsIn[a], practice.Systems, Role: RoleTitles.Of(role), PlanKinds: planKinds, KeptKinds: keptKinds))))
            .Distinct()
            .Select(q => new { question = q.Question, good_answer = q.GoodAnswer })
            .ToList();

        var access = Access(practice, role, j, brief, areas, kindsIn, clientInfo,
            AccountingSoftware.Named(practice.Systems, planTasks ?? [.. brief.Tasks.Select(t => t.Task)]), keptTasks?.Select(t => t.Name).ToList(), planKinds, keptKinds).ToList();
        var markdown = TemplateLibrary.Render("hiring-kit.md.sbn", new
        {
            title,
            practice = Md(practice.Name),
            version,
            summary = RoleContent.Summary(role, oneOff),
            tasks = brief.Tasks.Select(WorkLine).ToList(),
            terms = Terms(practice, currency, brief.Line, brief.Tasks, planTasks ?? [.. brief.Tasks.Select(t => t.Task)]).ToList(),
            must_haves = MustHaves(practice, role, j, brief, kinds, clientInfo).ToList(),
            questions,
            access,
            kickoff = Kickoff(practice, role, j, brief, clientInfo, rollOut, EhrUserSetUp.For(practice, role, j, access, keptTasks)).Select(k => new { when = k.When, what = k.What }).ToList(),
        });

        return new HiringKit(role, title, markdown, SopWriter.HtmlDocument($"{title} · {practice.Name}", Markdown.ToHtml(markdown, Pipeline)));
    }

    static int IndexOf(WorkArea area)
    {
        for (var i = 0; i < WorkAreas.All.Count; i++)
        {
            if (ReferenceEquals(WorkAreas.All[i], area))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    static string WorkLine(HiringTask t) => t.Task.OneTimeHours is { } once
        ? $"{Name(t)}: {Hours.Format(once)} h, a one-off project (phase {t.Phase})"
        : $"{Name(t)}: {TaskRhythm.Size(t.Task.Name, t.Task.HoursPerWeek)} (phase {t.Phase})";

    static IEnumerable<string> Terms(Practice practice, string currency, SupportLine line, IReadOnlyList<HiringTask> tasks, IReadOnlyList<PracticeTask> planTasks)
    {
        string Money(decimal amount) => Email.Money.Format(amount, currency);
        if (line.Role == SupportRole.AssociateTherapist)
        {
            yield return $"About {Hours.Format(line.HoursPerWeek)} h of sessions a week.";
            // The job description is for the candidate: the pay terms, not the owner's fee or trade-off.
            // A practice that bills insurers is paid the insurer's rate for an insured session, often less than the self-pay fee,
            // and the plan email says the associate's share falls with it: the kit states the same share, of what a session brings in.
            var share = practice.SessionFee > 0 ? $"{line.HourlyRate / practice.SessionFee * 100:0.#}%" : null;
            yield return (share, InsuranceWork.In(planTasks)) switch
            {
                (null, _) => $"Pay: about {Money(line.HourlyRate)} for each session hour; about {Money(line.MonthlyCost)} a month at these hours.",
                (_, true) => $"Pay: a {share} share of what each session brings in: about {Money(line.HourlyRate)} a session hour at the {Money(practice.SessionFee)} {(Jurisdiction.Of(practice.Country).Kind == JurisdictionKind.Hipaa ? "self-pay" : "self-funding")} fee, less where an insurer pays less; about {Money(line.MonthlyCost)} a month at these hours if every session is at that fee.",
                _ => $"Pay: a {share} share of each session's {Money(practice.SessionFee)} fee, about {Money(line.HourlyRate)} a session hour; about {Money(line.MonthlyCost)} a month at these hours.",
            };

            // The line's note is the owner's money (what the sessions leave the practice, new income or a trade): the email says it.
            yield break;
        }
        else
        {
            if (line.HoursPerWeek > 0)
            {
                // The plan starts small: say what the first phase needs, not only where it ends up.
                var first = tasks.Where(t => t.Task.OneTimeHours is null).Min(t => (int?)t.Phase);
                var firstHours = tasks.Where(t => t.Task.OneTimeHours is null && t.Phase == first).Sum(t => t.Task.HoursPerWeek);
                yield return firstHours < line.HoursPerWeek
                    ? $"About {Hours.Format(line.HoursPerWeek)} h a week of recurring work once every phase is in place, starting with about {Hours.Format(firstHours)} h a week in phase {first}."
                    : $"About {Hours.Format(line.HoursPerWeek)} h a week of recurring work.";
            }

            if (line.OneTimeHours > 0)
            {
                yield return $"{Hours.Format(line.OneTimeHours)} h of one-off project work, billed by the hour.";
            }

            var cost = new List<string>();
            if (line.MonthlyCost > 0)
            {
                cost.Add($"about {Money(line.MonthlyCost)} a month");
            }

            if (line.OneTimeCost > 0)
            {
                cost.Add($"{Money(line.OneTimeCost)} once for the projects");
            }

            yield return $"Rate: up to {Money(line.HourlyRate)} an hour, the rate this plan's costs assume ({string.Join(" and ", cost)}). A candidate who charges more changes what the plan costs.";
        }

        if (line.Note is { } note)
        {
            yield return note;
        }
    }

    static IEnumerable<string> MustHaves(Practice practice, SupportRole role, Jurisdiction j, HiringBrief brief, IReadOnlySet<string> kinds, bool clientInfo)
    {
        yield return RoleContent.Experience(role, j, kinds, practice.Systems?.Ehr is { } ehr ? Md(ehr) : null);
        if (role == SupportRole.AssociateTherapist)
        {
            foreach (var line in RoleContent.Clinician(j))
            {
                yield return line;
            }
        }

        if (clientInfo)
        {
            var tasks = Names(brief.Tasks.Where(t => SopWriter.InvolvesClientInfo(t.Task)));
            yield return $"Has completed {j.PrivacyTraining} and can show the certificate.";
            yield return role == SupportRole.AssociateTherapist
                ? $"Signs {Agreement(role, j)} before they see any client record."
                : $"Signs {Agreement(role, j)} with you before getting any access to client information, which these tasks involve: {tasks}. "
                    // The plan prices the role as a contractor; an employee is workforce and signs something else.
                    + $"That is for a contractor; if you employ them instead, they sign {j.EmployeeAgreement}."
                    // The owner has to write or check the DPA: say where its required contents are set out.
                    + (j.Kind == JurisdictionKind.UkGdpr ? " The ICO's guidance on contracts between controllers and processors lists what the DPA must contain (UK GDPR Article 28)." : "");
        }
        else
        {
            yield return $"None of the tasks this plan gives the {RoleTitles.Of(role)} involves client information, so they get no access to client records. Their contract still carries a confidentiality clause, because a client's name can turn up in their work.";
        }

        if (MoneyWork(role, j, kinds) is { Count: > 0 } money)
        {
            yield return $"Because this plan gives them {Lists.And(money.Select(m => m.Kind))}, they have done that work for a small business: {string.Join("; ", money.Select(m => m.Skill))}.";
        }

        foreach (var line in UkMoneyWork(j, kinds))
        {
            yield return line;
        }
    }

    // A VA or billing specialist who takes payroll or the books needs that skill, which admin or billing work alone does not
    // teach; each kind's must-have is what its SOP does.
    static List<(string Kind, string Skill)> MoneyWork(SupportRole role, Jurisdiction j, IReadOnlySet<string> kinds)
    {
        var work = new List<(string Kind, string Skill)>();
        if (role is not (SupportRole.VirtualAssistant or SupportRole.BillingSpecialist))
        {
            return work;
        }

        if (kinds.Contains("payroll"))
        {
            work.Add(("payroll", "preparing pay runs from timesheets and invoices checked against agreed rates, for the owner to approve"));
        }

        if (kinds.Contains("bookkeeping"))
        {
            work.Add(("bookkeeping", $"{(j.Kind == JurisdictionKind.UkGdpr ? "categorising" : "categorizing")} transactions and reconciling bank and card accounts to their statements each month"));
        }

        return work;
    }

    // In the UK a freelance bookkeeper (and invoicing with bank matching is bookkeeping) must be supervised under the
    // Money Laundering Regulations, and a mistake in the books is theirs to insure.
    static IEnumerable<string> UkMoneyWork(Jurisdiction j, IReadOnlySet<string> kinds)
    {
        if (j.Kind != JurisdictionKind.UkGdpr || !kinds.Overlaps(["statements", "bookkeeping", "payroll", "payment-posting"]))
        {
            yield break;
        }

        yield return "If they work as a freelance bookkeeper or billing service rather than your employee: registered for anti-money-laundering supervision with HMRC or a professional body (such as AAT, ICB or IAB). Ask for the body and their registration number, and check it with the body.";
        yield return "If they work as a freelancer: professional indemnity insurance for their bookkeeping and billing work; ask for the certificate.";
    }

    static IEnumerable<string> Access(Practice practice, SupportRole role, Jurisdiction j, HiringBrief brief, List<WorkArea> areas,
        Dictionary<WorkArea, IReadOnlySet<string>> kindsIn, bool clientInfo, string? accounting, IReadOnlyList<string>? kept,
        IReadOnlySet<string> planKinds, IReadOnlySet<string> keptKinds)
    {
        var title = RoleTitles.Of(role);
        yield return $"A named account for the {title} in each system below. Never share your own login or any password, not even for a day.";
        yield return "Multi-factor authentication on each account before its first use.";
        yield return clientInfo
            ? $"No access to client information until they have completed {j.PrivacyTraining} and signed {Agreement(role, j)}."
            : "No access to client records: none of these tasks needs them.";
        var firstPhase = brief.Tasks.Min(t => t.Phase);
        string When(int from) => from > firstPhase ? $" Set it up when phase {from} starts, not at the kickoff." : "";
        // A line shared by tasks of several phases (the billing module for phase-1 superbills and phase-3 claims, with the
        // clearinghouse) opens with its first task; what a later phase's task adds waits for that phase, as its SOP and the
        // plan email's "before phase 3 starts, your clearinghouse" say.
        string Timing(IReadOnlyList<HiringTask> users)
        {
            var from = users.Min(t => t.Phase);
            var later = users.Where(t => t.Phase > from).GroupBy(t => t.Phase).OrderBy(g => g.Key)
                .Select(g => $" Set up what {Names(g)} {(g.Count() == 1 ? "needs" : "need")} when phase {g.Key} starts, not at the kickoff.");
            return When(from) + string.Concat(later);
        }

        // Each line's grant, and the tasks it is for: a system is named by the grant, not by a task's name ("Password manager roll-out").
        var lines = new List<(string Grant, string For)>();
        foreach (var area in areas)
        {
            var inArea = brief.Tasks.Where(t => WorkAreas.Of(t.Task).Contains(area)).ToList();
            // An account is opened when its first task is handed over, not at the kickoff: access nobody uses yet is only risk.
            lines.Add((area.Access(new AreaContext(j, kindsIn[area], practice.Systems, accounting, title, kept, planKinds, keptKinds)), $" For: {Names(inArea)}.{Timing(inArea)}"));
        }

        // Every system the role's SOPs declare they work in is on this list: one the area lines above do not name (the phone
        // line an intake SOP answers) gets the catalogue's line, with its vendor's agreement, so the kit and the SOPs agree.
        var bySystem = brief.Tasks
            .SelectMany(t => SopLibrary.SystemsOf(t.Task, role, j, planKinds, practice.Systems).Select(key => (Key: key, Task: t)))
            .GroupBy(x => x.Key, StringComparer.Ordinal);
        foreach (var system in bySystem)
        {
            var entry = SystemCatalogue.Of(system.Key);
            if (!lines.Any(l => entry.Names(practice.Systems).IsMatch(l.Grant)))
            {
                var users = system.Select(x => x.Task).Distinct().ToList();
                lines.Add((entry.Access(j, practice.Systems), $" For: {Names(users)}.{Timing(users)}"));
            }
        }

        foreach (var (grant, users) in lines)
        {
            yield return grant + users;
        }

        // Every SOP whose task touches client information sends the therapist whatever names a client through the EHR's secure
        // messaging, so the account opens with the role's first such task, not with the phone SOP that uses it most.
        var messaging = brief.Tasks.Where(t => SopWriter.InvolvesClientInfo(t.Task)).ToList();
        if (role != SupportRole.AssociateTherapist && messaging.Count > 0)
        {
            var from = messaging.Min(t => t.Phase);
            var kinds = WorkAreas.KindsOf(brief.Tasks.Select(t => t.Task));
            var callLog = kinds.Contains("phone") ? " (callback requests, new inquiries, and the call log the phone SOP keeps there)" : "";
            yield return $"{new AreaContext(j, kinds, practice.Systems).Ehrs} secure messaging: messages to you, to pass on anything that names a client{callLog}, in the narrowest role that sends and reads messages, with no clinical records. "
                + $"For: {Names(messaging)}.{When(from)}";
        }

        foreach (var t in brief.Tasks.Where(t => WorkAreas.Of(t.Task).Count == 0))
        {
            yield return $"For {Name(t)}: list the accounts it needs at kickoff, and give each the narrowest role that does the job.";
        }

        yield return "Keep this list, with the date each account was created: it is the record of what you granted.";
        yield return "On their last day: disable or delete every account on this list, sign them out of every device and app, and move the files and documents they own to your account.";
    }

    // The kit's first weeks are the calendar's series: the kickoff, then the four weekly check-ins. No meeting here
    // that the calendar file the owner gets at registration does not hold.
    static IEnumerable<(string When, string What)> Kickoff(Practice practice, SupportRole role, Jurisdiction j, HiringBrief brief, bool clientInfo, PracticeTask? rollOut,
        (string When, string What)? ehrUser)
    {
        var firstPhase = brief.Tasks.Min(t => t.Phase);
        var first = Names(brief.Tasks.Where(t => t.Phase == firstPhase));
        var later = brief.Tasks.Where(t => t.Phase > firstPhase).ToList();
        var c = brief.CheckIn;
        var starts = c?.Starts is { } rule ? $" ({CalendarLength(Calendar.CheckInCalendar.KickoffLength)}, {rule})" : "";
        var weekly = c is null ? "" : $" ({CalendarLength(Calendar.CheckInCalendar.FirstWeekLength)}, a week after the kickoff and each week after it{At(c, practice.TimeZone)})";
        var standing = c is null ? "" : c.Cadence == Planning.Cadence.UntilHandOver
            ? " The work is one-off, so no check-ins follow."
            : $" From then on the standing check-in is {Cadence(c, practice.TimeZone)}, as in the calendar file you get when you register the hire.";

        var before = clientInfo
            ? $"Have {Agreement(role, j)} signed and their {j.PrivacyTraining} certificate in hand. Nothing in these weeks touches client information before then."
            : "Sign the contract, with its confidentiality clause.";
        // The support roles are priced as contractors; an associate may be employed, so their kit names the country's starter paperwork.
        yield return ("Before the kickoff", role == SupportRole.AssociateTherapist ? $"{before} {StarterPaperwork.Of(practice.Country)}" : before);
        if (ehrUser is { } user)
        {
            yield return user;
        }

        if (role == SupportRole.AssociateTherapist)
        {
            // The associate's SOP asks for these at the kickoff: the kit has the owner bring the same things.
            var supervisor = j.Kind == JurisdictionKind.UkGdpr
                ? "If they are in training: their clinical supervisor's name, registration and contact details and the signed supervision (or placement) agreement, in hand before their first client."
                : "If they are pre-licensed: their clinical supervisor's name, license and contact details and the signed supervision agreement, in hand before their first client.";
            yield return ($"Kickoff{starts}", "Check the license or registration on the public register and the insurance certificate; set up their EHR clinician account together, and they turn on multi-factor authentication while you watch. "
                + "Give them your written risk and crisis procedure (with your urgent number) and your note and treatment-plan templates, and go through them; then your fees, the cancellation policy and how new clients are matched to them. "
                + $"{supervisor} Go through what they may not do alone: {AssociateLicensing.Limits(j)}");
            yield return ("The first working days after the kickoff", "They see their first clients (self-pay clients first while any insurer has not yet confirmed them); you read their first notes the same day.");
            yield return ($"Four weekly check-ins{weekly}", $"Their caseload, their notes and their questions.{standing}");
        }
        else
        {
            // The plan email promises each hire's logins a private vault from the day they are invited: the same rule here.
            var wait = rollOut is null ? "" : " " + Planning.LoginsWait.Rule("their", MarkdownText.Escape(rollOut.Name));
            yield return ($"Kickoff{starts}", $"Set up {(LaterAccounts(brief) ? $"the phase {firstPhase} accounts" : "each account")} on the access checklist together on a call: they sign in and turn on multi-factor authentication while you watch.{wait} Then go through the work list and the SOP for each phase {firstPhase} task: {first}.");
            yield return ("The first working days after the kickoff", role == SupportRole.TechProfessional
                ? $"They start on {first} from a written plan you agree first: what changes, a backup before it, and when. You check each change the same day."
                : FirstDays(brief.Tasks.Where(t => t.Phase == firstPhase).ToList()));
            // A project-only role's calendar holds one hand-over review, not four weekly check-ins.
            // A role of one-off projects only is on the hand-over rhythm, whether or not its check-in is known yet.
            if (c?.Cadence == Planning.Cadence.UntilHandOver || brief.Tasks.All(t => t.Task.OneTimeHours is not null))
            {
                yield return ($"Hand-over review ({CalendarLength(Calendar.CheckInCalendar.KickoffLength)}, {Planning.CheckInScheduler.HandOverWeeks} weeks after the kickoff, at the same day and time)", $"{CheckIn.HandOverAgenda}{standing}");
                // A one-off hire needs to know when they are finished and what they give back: the SOP's own definition of done.
                yield return ("Done, and the hand-back", HandBack(practice, role, j, brief));
            }
            else
            {
                yield return ($"Four weekly check-ins{weekly}", $"Update the SOPs from their notes and agree the KPIs each SOP lists.{standing}");
            }
        }

        if (later.Count > 0)
        {
            yield return ("After the first weeks", string.Join(" ", later.GroupBy(t => t.Phase).OrderBy(g => g.Key)
                .Select(g => $"Phase {g.Key}: {Names(g)}, once your check-ins show the earlier work is going well"
                    + (NewAreas(brief, g.Key) ? $"; open its accounts on the checklist then, with multi-factor authentication, as at the kickoff." : "."))));
        }
    }

    // What "done" means for each project, from its SOP, and what the hire hands back: the end of a one-off engagement.
    static string HandBack(Practice practice, SupportRole role, Jurisdiction j, HiringBrief brief)
    {
        var projects = brief.Tasks.Where(t => t.Task.OneTimeHours is not null).ToList();
        var done = projects.Select(t => (t, Done: SopLibrary.For(t.Task, role, j).Done)).ToList();
        // Quoted, as the SOP says it to the hire; its "your access is removed" line is the hand-back said next.
        var each = string.Join(" ", done.Select(d => $"{Name(d.t)} is done when its SOP's definition of done holds: “{DoneList(d.Done)}”"));
        var hours = Hours.Format(projects.Sum(t => t.Task.OneTimeHours!.Value));
        return $"{each} At the hand-over review they give you the hand-over note and every admin login, and remove their own access while you watch; "
            + $"they invoice once, after it, for the hours used against the {hours} h agreed, and work beyond those hours only with your yes in writing first. Nothing is left running in their name.";
    }

    static string DoneList(IReadOnlyList<string> items) =>
        string.Join(" ", items.Where(i => !i.StartsWith("Your ", StringComparison.Ordinal)));

    // A monthly or quarterly task does not come round in the first days: its first run with the therapist is when it falls due.
    static string FirstDays(IReadOnlyList<HiringTask> first)
    {
        var later = first.Where(t => TaskRhythm.Of(t.Task.Name) is not ("each week" or "each day")).ToList();
        var now = first.Except(later).ToList();
        var review = "you watch the first time and review each piece of work the same day, then they work alone and you review the day's work at its end.";
        var dueLater = string.Join(" and ", later.Select(t => $"{Name(t)} ({TaskRhythm.Of(t.Task.Name)})"));
        var text = now.Count > 0
            ? $"They do {Names(now)} with you: {review}"
                + (later.Count > 0 ? $" {dueLater} {(later.Count > 1 ? "do" : "does")} not come round in these days: they do the first run with you when it falls due, with the same review." : "")
            : $"{dueLater} {(later.Count > 1 ? "do" : "does")} not come round every week: they do the first run with you when it falls due, and {review}";
        return $"{text} They note every place an SOP does not match how your practice works.";
    }

    // Whether some account on the access checklist waits for a later phase.
    static bool LaterAccounts(HiringBrief brief) =>
        brief.Tasks.Where(t => t.Phase > brief.Tasks.Min(x => x.Phase)).Any(t => NewAreas(brief, t.Phase));

    // Whether phase <paramref name="phase"/> brings a system area no earlier phase of the role used.
    static bool NewAreas(HiringBrief brief, int phase)
    {
        var earlier = brief.Tasks.Where(t => t.Phase < phase).SelectMany(t => WorkAreas.Of(t.Task)).ToHashSet();
        return brief.Tasks.Where(t => t.Phase == phase).SelectMany(t => WorkAreas.Of(t.Task)).Any(a => !earlier.Contains(a));
    }

    static string CalendarLength(TimeSpan length) => $"{(int)length.TotalMinutes} minutes";

    static string At(CheckIn checkIn, string timeZone)
    {
        var (day, time) = DayAndTime(checkIn, timeZone);
        return day is null ? "" : $", on {day}s at {time}";
    }

    static (string? Day, string Time) DayAndTime(CheckIn checkIn, string timeZone)
    {
        if (checkIn.Day is { } d && checkIn.Time is { } t)
        {
            return (d.ToString(), t.ToString("HH:mm", CultureInfo.InvariantCulture));
        }

        if (checkIn.NextAt is not { } next)
        {
            return (null, "");
        }

        var local = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        return (local.DayOfWeek.ToString(), local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    static string Cadence(CheckIn checkIn, string timeZone)
    {
        var (day, time) = DayAndTime(checkIn, timeZone);
        return checkIn.Cadence switch
        {
            Planning.Cadence.Weekly => $"weekly on {day}s at {time}",
            Planning.Cadence.Biweekly => $"every other {day} at {time}",
            Planning.Cadence.UntilHandOver => $"one hand-over review on a {day} at {time}, {Planning.CheckInScheduler.HandOverWeeks} weeks after the kickoff",
            _ => $"on the first {day} of each month at {time}",
        };
    }

    /// <summary>An associate may be employed rather than contracted; staff sign the same terms in their contract.</summary>
    // An associate is part of the practice's workforce, not a vendor: the plan and the SOP say the same.
    static string Agreement(SupportRole role, Jurisdiction j) =>
        j.AgreementFor(role) + (role == SupportRole.AssociateTherapist && j.Kind == JurisdictionKind.Hipaa ? " (as a workforce member they sign no BAA)" : "");

    // Only the therapist's words are escaped: the kit's own sentences carry no Markdown syntax and read as written in ?format=md.
    static string Name(HiringTask t) => Md(t.Task.Name);

    static string Names(IEnumerable<HiringTask> tasks) => string.Join(", ", tasks.Select(Name));

    static string Md(string text) => MarkdownText.Escape(text);
}
