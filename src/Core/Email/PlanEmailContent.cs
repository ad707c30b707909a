using Delegation.Core.Calendar;
using System.Globalization;
using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Plans;

namespace Delegation.Core.Email;

/// <summary>
/// What the plan email says, once, as sections of sentences and links. The HTML and plain-text parts
/// are two renderings of this one document, so they cannot say different things; every figure comes
/// from the plan through <see cref="Money"/> and <see cref="Hours"/>, so the email and the plan agree.
/// </summary>
public static class PlanEmailContent
{
    /// <summary>Days after the plan when a plan that hands nothing over asks you to revisit the budget.</summary>
    public const int RevisitAfterDays = 90;

    /// <summary>
    /// Days after a clinical-only plan when it asks you to list the admin around your sessions: that admin is
    /// there now, so the reminder comes within a fortnight, while the plan is fresh, not in three months.
    /// </summary>
    public const int ListAdminAfterDays = 7;

    /// <summary>Tasks listed in the email before the rest of what stays is left to the plan page.</summary>
    public const int MaxTasksListed = 15;

    // Admin plus sessions beyond this many hours a week is more than a practice owner works.
    const decimal LongestPlausibleWeek = 70;

    /// <summary>
    /// The practice's local date <see cref="RevisitAfterDays"/> (clinical-only: <see cref="ListAdminAfterDays"/>) after the plan,
    /// moved on to the owner's check-in weekday (the day they keep for this kind of work): the email names it, the page shows it,
    /// the calendar holds it.
    /// </summary>
    /// <param name="createdAt">When the plan was made.</param>
    /// <param name="timeZone">The practice's IANA time zone.</param>
    /// <param name="checkInDay">The owner's check-in weekday; null (plans stored before it) keeps the day count alone.</param>
    /// <param name="clinicalOnly">True when every task listed was clinical, so the reminder is to list the admin, soon.</param>
    public static DateOnly RevisitOn(DateTimeOffset createdAt, string timeZone, DayOfWeek? checkInDay, bool clinicalOnly = false)
    {
        var days = clinicalOnly ? ListAdminAfterDays : RevisitAfterDays;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(createdAt.AddDays(days), TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
        while (checkInDay is { } day && date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The lead of the owner's manage link: the one place the plan email lets them register a hire.</summary>
    public const string ManageLead = "Register who you hired, pause or resume";

    /// <summary>Builds the document for <paramref name="plan"/>; links are absolute under <paramref name="baseUrl"/>.</summary>
    /// <param name="plan">The stored plan.</param>
    /// <param name="baseUrl">The product's public address.</param>
    /// <param name="manage">The owner's signed manage link, listed with the check-ins; null leaves it out.</param>
    public static EmailDocument Build(Plan plan, Uri baseUrl, Uri? manage = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var money = (decimal amount) => Money.Format(amount, plan.Totals.Currency);
        var shape = PlanShapes.Of(plan);
        var sections = new List<EmailSection>
        {
            new(null, Opening(plan, shape), []),
            Numbers(plan, shape, money),
        };
        // Every task clinical: say plainly why the budget is unspent, and link the form to list the admin instead.
        if (ClinicalOnly.Unspent(plan) is { } unspent)
        {
            sections.Add(new EmailSection("What your budget could buy", [unspent], [new EmailItem("Start a new plan on the form", [], Absolute(baseUrl, ""))]));
        }

        sections.AddRange(
        [
            Tasks(plan, money),
            Support(plan, shape, money),
        ]);
        if (plan.NextSteps is { Count: > 0 } steps)
        {
            sections.Add(NextSteps(plan, steps, shape, money));
            // Nothing handed over means no rollout to update: an option is taken up by planning again with its budget
            // (round 13: the email gave no way to act on one).
            if (shape == PlanShape.NothingAffordable)
            {
                // A new plan at a higher budget chooses afresh: say what to enter and what it does with it, not "the budget it names".
                sections.Add(new EmailSection(null, ["To take up options, plan again on the form with a monthly budget of at least what the ones you want cost together. "
                    + "The new plan hands over what is worth most within that budget, which may not be exactly those options, with its SOPs, hiring kits and check-ins."],
                    [new EmailItem("Start a new plan on the form", [], Absolute(baseUrl, ""))]));
            }
        }

        if (shape is PlanShape.NothingDelegable or PlanShape.NothingAffordable)
        {
            sections.Add(FreeFirstSteps(plan));
        }

        if (plan.Sops.Count > 0)
        {
            sections.Add(new EmailSection("Standard operating procedures",
                ["One for each delegated task; the phase-1 ones are attached. Go through each with your new helper in their first week and change what doesn't match how your practice works."],
                [.. plan.Sops.Select(s => new EmailItem(s.Title, [], Absolute(baseUrl, s.Url)))]));
        }

        if (plan.HiringKits is { Count: > 0 } kits)
        {
            sections.Add(new EmailSection("Hiring kits",
                ["One for each role in this plan: a job description with the hours and pay this plan assumed, the must-haves, interview questions with what a good answer sounds like, an access checklist and a first-week agenda."],
                [.. kits.Select(k => new EmailItem(k.Title, [], Absolute(baseUrl, k.Url)))]));
        }

        if (plan.CheckIns.Count > 0)
        {
            sections.Add(CheckIns(plan, baseUrl, manage));
        }
        else if (manage is not null)
        {
            sections.Add(new EmailSection(null, [], [new EmailItem(ManageLead, [], manage.ToString())]));
        }

        sections.Add(new EmailSection(null,
            [AgreementLine.For(plan) + " This email holds no client information; keep it that way in your replies."],
            [new EmailItem("See your whole plan", [], Absolute(baseUrl, $"plans/{plan.PlanId}"))]));

        return new EmailDocument($"Your delegation plan for {plan.Practice.Name}", $"Dear {FirstName.Of(plan.Practice.OwnerName)},", sections);
    }

    /// <summary>
    /// ", if phase 2 starts in month 2; …" when a later phase adds to the monthly cost: phase 2 may start within the first
    /// month (from about week 3 at a check-in a week), and then the first month costs more than phase 1 alone. The page says the same.
    /// </summary>
    internal static string FirstMonthIf(PlanTotals t) => t.Phase1MonthlyCost >= t.MonthlyCost ? ""
        // The earliest schedule's month 1, when the matcher priced it, so the figure can be checked against the phase dates.
        : t.EarliestFirstMonthNote is { } earliest ? $", if phase 2 starts in month 2.{earliest.TrimEnd('.')}"
        : ", if phase 2 starts in month 2; if your check-ins start it sooner, its weeks inside month 1 add to this";

    static List<string> Opening(Plan plan, PlanShape shape)
    {
        var associateEarly = plan.Tasks.Any(t => t.Phase == 1 && t.Role == SupportRole.AssociateTherapist);
        // Credentialing the new associate is part of starting them, not one of the owner's own tasks.
        var credentialing = plan.Tasks.Any(t => t.Phase == 1 && t.TaskId == AssociateCredentialing.TaskId);
        var phase1 = plan.Tasks.Count(t => t.Phase == 1 && !(associateEarly && t.Role == SupportRole.AssociateTherapist) && t.TaskId != AssociateCredentialing.TaskId);
        // The count of free steps the plan really lists, the dated reminder ("when to look again") not among them.
        var freeSteps = FreeSteps.For(plan);
        var free = freeSteps.Count == 1 ? "one free step" : $"{freeSteps.Count} free steps";
        var forNotes = freeSteps.Count > 0 && freeSteps[0].StartsWith(FreeSteps.NotesLead, StringComparison.Ordinal) ? "your notes and " : "";
        // "More follow" promises a later phase: a plan that is all phase 1 says nothing of the kind.
        var more = plan.Tasks.Any(t => t.Phase > 1) ? ", and more follow as your check-ins go well" : "";
        var lines = new List<string>
        {
            shape switch
            {
                PlanShape.NothingDelegable when plan.Tasks.All(t => t.Category == Intake.TaskCategory.Clinical) =>
                    $"Every task you listed for {plan.Practice.Name} is clinical, and clinical work stays with you. This plan lists {free} for {forNotes}the admin around your sessions, and a date to list that admin.",
                PlanShape.NothingDelegable =>
                    $"None of the tasks you listed for {plan.Practice.Name} can go to the support roles this plan draws on; each task below says why. This plan lists {free} for the admin you keep, and when to look again.",
                // Options, not "the first hire": the plan prices each one and ranks none (round 12).
                PlanShape.NothingAffordable when plan.NextSteps is { Count: > 0 } =>
                    $"Nothing you listed for {plan.Practice.Name} can be handed over within your budget yet. Below, each option says what it would take on and what it costs, and the free steps what you can do in the meantime.",
                PlanShape.NothingAffordable =>
                    $"Nothing you listed for {plan.Practice.Name} can be handed over within your budget yet. Below are the free steps: what you can do in the meantime.",
                // An associate started early for credentialing is not one of the tasks the owner asked to start with.
                _ when associateEarly =>
                    $"Here is a plan for {plan.Practice.Name} that starts small: phase 1 hands over {Count(phase1, "task")} and starts {(credentialing ? "hiring and credentialing" : "hiring")} your associate therapist{more}.",
                _ =>
                    $"Here is a plan for {plan.Practice.Name} that starts small: phase 1 hands over {Count(phase1, "task")}{more}.",
            },
        };
        if (plan.Totals.Phase1Note is { } note)
        {
            lines.Add(note);
        }

        // A week that cannot be true is worth one plain sentence: the hours freed rest on these figures.
        var listed = plan.Tasks.Where(t => t.Category != Intake.TaskCategory.Clinical).Sum(t => t.HoursPerWeek);
        var week = listed + plan.Practice.ClientHoursPerWeek;
        if (week > LongestPlausibleWeek)
        {
            lines.Add($"The admin you listed ({Hours.Format(listed)} h a week) and your {Hours.Format(plan.Practice.ClientHoursPerWeek)} h of sessions add up to {Hours.Format(week)} h a week. "
                + "If some figures are rough guesses, correct them on the form: hours count for up to 40 of a task's 100 points, so the ranking and the hours freed both rest on them.");
        }

        return lines;
    }

    static EmailSection Numbers(Plan plan, PlanShape shape, Func<decimal, string> money)
    {
        var t = plan.Totals;
        var items = new List<EmailItem>();
        var left = t.MonthlyBudget - t.MonthlyCost;
        items.Add(new EmailItem(t.MonthlyCost > 0
            ? $"Recurring support: {money(t.MonthlyCost)} a month of your {money(t.MonthlyBudget)} budget, so your monthly budget leaves {money(left)} each month."
            : $"Recurring support: nothing a month yet, with a monthly budget of {money(t.MonthlyBudget)}.", []));
        if (t.OneTimeCost > 0 || plan.Tasks.Any(x => x.OneTimeHours is not null))
        {
            items.Add(new EmailItem((t.OneTimeCost > 0, t.OneTimeBudgetFromMonth) switch
            {
                // Projects the leftover will pay for once set aside wait for it, as their lines say: not "does not cover one" beside "by month 2 it covers this".
                (false, true) when plan.Tasks.Any(x => x.Waits is not null) => $"One-off projects: none in month 1. What your monthly budget leaves each month ({money(t.OneTimeBudget)}) does not cover one at once, and you gave no separate one-off budget, so set it aside: each project below says the month it is covered.",
                (false, true) => $"One-off projects: none handed over yet; what your monthly budget leaves each month ({money(t.OneTimeBudget)}) does not cover one, and you gave no separate one-off budget.",
                (false, false) => $"One-off projects: none handed over yet; your one-off budget is {money(t.OneTimeBudget)}.",
                (true, true) => $"One-off projects: {money(t.OneTimeCost)} once, paid from what your first month's budget leaves ({money(t.OneTimeBudget)}), as you gave no separate one-off budget.",
                _ => $"One-off projects: {money(t.OneTimeCost)} once, of the {money(t.OneTimeBudget)} you can spend once.",
            }, []));
        }

        // The first month is phase 1: its support and the projects it hands over, never the later phases.
        var phase1Projects = plan.Tasks.Where(x => x.Phase == 1 && x.OneTimeCost is not null).Sum(x => x.OneTimeCost!.Value);
        if (phase1Projects > 0 && t.Phase1MonthlyCost > 0)
        {
            items.Add(new EmailItem($"Your first month (phase 1): {money(t.Phase1MonthlyCost + phase1Projects)} in all, {money(t.Phase1MonthlyCost)} of support and {money(phase1Projects)} of projects{FirstMonthIf(t)}.", []));
        }

        if (t.HoursFreedPerWeek > 0)
        {
            // Phase 1's cost is news only when later phases add to it.
            // Net of what the SOPs leave with the owner, said with the sum so it can be checked.
            var net = t.OwnerKeepsNote is { } keeps
                ? $": {Hours.Format(t.HoursFreedPerWeek + t.HoursOwnerKeepsPerWeek)} h handed over, less {Hours.Format(t.HoursOwnerKeepsPerWeek)} h of it that stays with you (each part an SOP leaves with you counts a quarter of its task's hours): {keeps}"
                : "";
            items.Add(new EmailItem(t.Phase1MonthlyCost < t.MonthlyCost
                ? $"Time given back: {Hours.Format(t.HoursFreedPerWeek)} h a week once every phase is in place{net}."
                : $"Time given back: {Hours.Format(t.HoursFreedPerWeek)} h a week{net}.", []));
        }

        // What phase 1 costs, and what the rest of the budget waits for and from when: staging is a choice, not waste.
        if (t.LaterPhasesNote is { } later)
        {
            items.Add(new EmailItem(later, []));
        }

        if (t.OneTimeHoursFreed > 0)
        {
            items.Add(new EmailItem($"One-off work handed over: {Hours.Format(t.OneTimeHoursFreed)} h.", []));
        }

        if (t.MonthlyCost > 0)
        {
            items.Add(new EmailItem(t.BreakEven, []));
        }

        return new EmailSection(shape == PlanShape.NothingDelegable ? "Your budget" : "The numbers", [], items);
    }

    static EmailSection Tasks(Plan plan, Func<decimal, string> money)
    {
        // Clinical work that stays is one line at the end, not the same sentence once per task.
        static bool ClinicalKept(PlanTask t) => t.Category == TaskCategory.Clinical && t.Role is null;
        // A long list keeps every delegated task and the top of what stays; the plan page has the rest.
        var shown = plan.Tasks.Where(t => !ClinicalKept(t)).ToList();
        var keptShown = Math.Max(0, MaxTasksListed - shown.Count(t => t.Role is not null));
        var kept = shown.Where(t => t.Role is null).ToList();
        shown = [.. shown.Where(t => t.Role is not null || kept.IndexOf(t) < keptShown)];
        var items = shown.Select(t =>
        {
            var size = t.OneTimeHours is { } once ? $"{Hours.Format(once)} h, one-off" : TaskRhythm.Size(t.Name, t.HoursPerWeek);
            var who = t.Role is { } r
                ? $"the {RoleTitles.Of(r)}, phase {t.Phase}" + (t.OneTimeCost is { } cost ? $", {money(cost)} once" : "")
                : t.Waits ?? "stays with you";
            var lines = new List<string> { t.Reason };
            if (t.RoleReason is { } why)
            {
                lines.Add(why);
            }

            if (t.KeptReason is { } kept)
            {
                lines.Add(kept);
            }

            return new EmailItem($"{t.Name} ({size}, score {ScoreWords.Of(t.Score)}): {who}", lines);
        });
        // Unscored, so not in rank order: the biggest first, as the owner's week has them.
        var clinical = plan.Tasks.Where(ClinicalKept).OrderByDescending(t => t.HoursPerWeek).Select(t => t.Name).ToList();
        var lines = items.ToList();
        if (kept.Count > keptShown)
        {
            // The rest rank below every kept task shown, not below every task shown: say their top score, so the
            // handed-over tasks listed under it do not read as gaps in the ranking.
            var more = kept.Count - keptShown;
            var top = ScoreWords.Of(kept.Skip(keptShown).Max(t => t.Score));
            lines.Add(new EmailItem(more == 1
                ? $"1 more task, scoring {top}, stays with you for now; your plan page lists it with its reason."
                : $"{more} more tasks, each scoring {top} or less, stay with you for now; your plan page lists each with its reason.", []));
        }

        if (clinical.Count > 0)
        {
            lines.Add(new EmailItem(
                // A clinical-only plan names no associate: it has no figures to size one, and an unsized offer is no advice.
                ClinicalOnly.Applies(plan)
                    ? $"Clinical work that stays with you: {string.Join(", ", clinical)}. {(clinical.Count == 1 ? "It is" : "They are")} never handed to non-clinical support."
                    : $"Clinical work that stays with you: {string.Join(", ", clinical)}. {(clinical.Count == 1 ? "It is" : "They are")} never handed to non-clinical support; only an associate therapist may share {(clinical.Count == 1 ? "it" : "them")}, if you choose to share your client load.",
                // An owner who chose to share the load is told why these stayed, per task, or the choice reads as ignored.
                // Tasks kept for the same reason share one line, so notes, plans and consultation do not repeat it.
                [.. plan.Tasks.Where(t => ClinicalKept(t) && t.Reason.StartsWith(SharedSessions.KeptLead, StringComparison.Ordinal))
                    .GroupBy(t => t.Reason)
                    .Select(g => $"{Lists.And([.. g.Select(t => t.Name)])}: {g.Key[(SharedSessions.KeptLead.Length + 1)..]}")]));
        }

        // A bare "score 60" means nothing to the owner: said once, above the list, what it is out of and made of.
        var cut = kept.Count <= keptShown ? ""
            : keptShown == 0 ? " The list holds every task handed over; the ones you keep are counted at its end."
            : $" The list holds every task handed over and the {Count(keptShown, "highest-scoring task")} you keep; the rest you keep are counted at its end.";
        string[] explained = shown.Count > 0
            ? ["The score after each task is its priority for handing over, out of 100, from the hours it takes, your stress and confidence ratings, and whether it repeats the same way; the highest come first." + cut]
            : [];
        // Nothing scored is listed (every task clinical): a "ranked" heading over one line would promise a ranking.
        return new EmailSection(shown.Count > 0 ? "Your tasks, ranked" : "Your tasks", explained, lines);
    }

    static EmailSection Support(Plan plan, PlanShape shape, Func<decimal, string> money)
    {
        if (plan.SupportMix.Count == 0)
        {
            var why = shape switch
            {
                PlanShape.NothingDelegable when ClinicalOnly.Applies(plan) => "Nobody is engaged yet: this plan lists no admin to hand over.",
                PlanShape.NothingDelegable => "Nobody is engaged yet: each task above says why it stays with you.",
                _ when plan.Totals.MonthlyBudget == 0 && plan.Totals.OneTimeBudget == 0 => "No support is engaged yet: you set the budget at nothing, so none is paid for.",
                _ => "No support is engaged yet: the smallest engagement for any of your tasks costs more than the budget allows. What it would take is under \"What more would buy\".",
            };
            return new EmailSection("Your support", [why], []);
        }

        var items = plan.SupportMix.Select(s =>
        {
            var title = Capitalise(RoleTitles.Of(s.Role));
            string lead;
            if (s.MonthlyRevenue is { } revenue)
            {
                lead = $"{title}: {Hours.Format(s.HoursPerWeek)} h of sessions a week, bringing in about {money(revenue)} a month at your self-pay fee; pay about {money(s.MonthlyCost)}, leaving {money(s.NetMonthly ?? 0)} to the practice"
                    // Every figure is at the self-pay fee; once credentialed, insured sessions bring in the insurer's rate, often
                    // less (round 14: "once they are credentialed" read as the figure for insured sessions). The note below spreads it out.
                    + (plan.Tasks.Any(t => AssociateCredentialing.Is(t.TaskId))
                        ? " at that fee; once they are credentialed, an insured session brings in the insurer's rate instead, often less" : "");
            }
            else
            {
                var parts = new List<string>();
                if (s.HoursPerWeek > 0)
                {
                    parts.Add($"{Hours.Format(s.HoursPerWeek)} h a week at {money(s.HourlyRate)} an hour, about {money(s.MonthlyCost)} a month");
                }

                if (s.OneTimeHours > 0)
                {
                    parts.Add($"{Hours.Format(s.OneTimeHours)} h of one-off work at {money(s.HourlyRate)} an hour, {money(s.OneTimeCost)} once");
                }

                lead = $"{title}: {string.Join("; ", parts)}";
            }

            return new EmailItem(lead, s.Note is { } n ? [n] : []);
        });
        return new EmailSection("Your support", [], [.. items]);
    }

    static EmailSection NextSteps(Plan plan, IReadOnlyList<NextStep> steps, PlanShape shape, Func<decimal, string> money)
    {
        var paragraphs = new List<string>();
        var first = steps[0];
        var ids = first.TaskIds ?? [first.TaskId];
        var tasks = plan.Tasks.Where(t => ids.Contains(t.TaskId)).ToList();
        if (plan.Totals.OptionsNote is { } options)
        {
            paragraphs.Add(options);
        }
        else if (shape == PlanShape.NothingAffordable && tasks.Count > 0 && tasks.All(t => t.OneTimeHours is null) && plan.Practice.SessionFee > 0 && first.ExtraMonthlyCost is { } extra)
        {
            var hours = tasks.Sum(t => t.HoursPerWeek);
            var worth = Math.Round(hours * plan.Practice.SessionFee * RoleProfile.WeeksPerMonth, 2, MidpointRounding.AwayFromZero);
            // Name the hire: the steps below can offer the same task with another role at another price.
            paragraphs.Add($"The first step below, {(first.Role == SupportRole.MarketingSupport ? "" : "the ")}{RoleTitles.Of(first.Role)} for {Lists.And([.. tasks.Select(t => $"“{t.Name}”")])}, would take {Hours.Format(hours)} h a week off your plate for {money(extra)} a month. "
                + $"At your session fee of {money(plan.Practice.SessionFee)}, those hours are worth about {money(worth)} a month if you fill them with sessions.");
        }

        // With nothing handed over the steps are the owner's options, numbered as the note and the kept tasks name them.
        // The percentage billing service is the other way to pay for claims: its own line right after the option it compares with.
        var items = steps.Select((s, i) => new EmailItem(plan.Totals.OptionsNote is null ? s.Text : $"Option {i + 1}: {s.Text}", [])).ToList();
        if (FreeSteps.ClaimsOption(plan) is { } claims && FreeSteps.BesideClaimsOption(plan) is { } beside)
        {
            items.Insert(claims.Number, new EmailItem(beside, []));
        }

        return new EmailSection("What more would buy", paragraphs, items);
    }

    static EmailSection FreeFirstSteps(Plan plan) =>
        new("Free first steps", [], [.. FreeStepLines(plan).Select(step => new EmailItem(step, []))]);

    /// <summary>Every line under "Free first steps", the revisit reminder last: the opening counts these, so its number is the list's.</summary>
    static List<string> FreeStepLines(Plan plan)
    {
        var clinicalOnly = ClinicalOnly.Applies(plan);
        var revisitOn = RevisitOn(plan.CreatedAt, plan.Practice.TimeZone, plan.Practice.CheckInDay, clinicalOnly);
        var date = DateWords.Full(revisitOn, plan.Practice.Country);
        var time = (plan.Practice.CheckInTime ?? Intake.Preferences.DefaultCheckInTime).ToString("HH:mm", CultureInfo.InvariantCulture);
        // The budget revisit's weekly notes, as the calendar books them: on its weekday, the last a week before it.
        var country = plan.Practice.Country;
        var notes = clinicalOnly ? ""
            : $", and a {CheckInCalendar.LogHoursLength.TotalMinutes:0}-minute slot, with an alert, to note the past week's hours each {revisitOn.DayOfWeek} from "
              + $"{DateWords.DayMonth(revisitOn.AddDays(-7 * CheckInCalendar.LogHoursWeeks), country)} to {DateWords.DayMonth(revisitOn.AddDays(-7), country)}";
        var inCalendar = plan.CheckIns.Count == 0 && plan.Calendar is not null
            // One short sentence after the step. When the owner gave no time the time is ours, and the sentence says so.
            ? $" The attached calendar file holds it, with a reminder {CheckInCalendar.RevisitAlarmBefore.TotalMinutes:0} minutes before{notes}"
              + (plan.Practice.CheckInTimeDefaulted ? $"; the form gave no time, so it is at {time}: move it if another time suits." : ".")
            : "";
        var made = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(plan.CreatedAt, TimeZoneInfo.FindSystemTimeZoneById(plan.Practice.TimeZone)).DateTime);
        var weeks = Math.Round((revisitOn.DayNumber - made.DayNumber) / 7m, MidpointRounding.AwayFromZero);
        return
        [
            .. FreeSteps.For(plan),
            clinicalOnly
                ? $"{ClinicalOnly.RevisitTitle} on {date} at {time}, if you have not started a new plan by then: the scheduling, paperwork, billing and inbox work each session brings, with the hours it takes.{inCalendar}"
                // The date is only worth keeping with figures to bring to it: ask for them, and for an earlier look once the free steps are on.
                // Why that date: about three months, so twelve weekly notes are in hand, and the free steps have had time to work.
                : $"Revisit your delegation budget on {date} at {time}, about {weeks:0} weeks from this plan: by then you have {CheckInCalendar.LogHoursWeeks} weeks of notes, and the free steps above have had time to work. "
                  + $"Until then, note each week how many hours each admin task takes you, so on that day you can see which one costs you the most; "
                  + $"once the free steps above are in place, you can look sooner.{inCalendar}",
        ];
    }

    static EmailSection CheckIns(Plan plan, Uri baseUrl, Uri? manage)
    {
        var zone = plan.Practice.TimeZone;
        var country = plan.Practice.Country;
        string Day(DateTimeOffset at) => DateWords.BriefOn(at, zone, country);
        string Full(DateTimeOffset at) => DateWords.FullAt(at, zone, country);
        var items = plan.CheckIns.Select(c =>
        {
            var lines = new List<string>();
            string lead;
            var title = Capitalise(RoleTitles.Of(c.Role));
            if (c.Kickoff is null && c.Starts is { } starts)
            {
                // Nobody is hired yet: the series is a rule until the hire is registered, then it is dated.
                // The kickoff rule is said once for every role above; each role says only its hour and its rhythm.
                lead = $"{title}: kickoff {(c.Time is { } at ? "at " + at.ToString("HH:mm", CultureInfo.InvariantCulture) : starts)}, then "
                    + c.Cadence switch
                    {
                        Cadence.UntilHandOver => $"one hand-over review {Count(CheckInScheduler.HandOverWeeks, "week")} later, and no check-ins after it: the work is one-off",
                        // A weekly role keeps the first weeks' rhythm: "for 4 weeks; then every week" says nothing changes.
                        Cadence.Weekly => "a check-in every week",
                        _ => $"a check-in every week for {CheckInScheduler.FirstWeeks} weeks while the work is new, then {Rhythm(c.Cadence, c.Day)}",
                    };
                if (plan.Tasks.Where(t => t.Role == c.Role && t.Phase is not null).Select(t => t.Phase!.Value).DefaultIfEmpty(1).Min() is > 1 and var phase)
                {
                    lines.Add($"Its tasks start in phase {phase}, once the earlier phases are working: hire for it then, and its meetings are dated when you register that hire.");
                }

                AddAgendas(c, lines, firstWeeks: true);
            }
            else if (c.Kickoff is { } kickoff)
            {
                // A plan stored with dates (before hires dated their own series).
                var weeks = c.FirstWeeks ?? [];
                lead = $"{title}: kickoff on {Full(kickoff.At)}"
                    + (weeks.Count == 0 ? "" : c.Cadence == Cadence.UntilHandOver
                        ? $"; hand-over review on {string.Join(", ", weeks.Select(w => Day(w.At)))}"
                        : $"; weekly check-ins on {string.Join(", ", weeks.Select(w => Day(w.At)))}")
                    + c.Cadence switch
                    {
                        Cadence.UntilHandOver => "; no check-ins after that: the work is one-off",
                        Cadence.Weekly => $"; and every week after that, from {Day(c.CadenceFrom ?? kickoff.At)}",
                        _ => $"; then {Rhythm(c.Cadence, c.Day)} from {Day(c.CadenceFrom ?? kickoff.At)}",
                    };
                AddAgendas(c, lines, weeks.Count > 0);
                var moved = new[] { kickoff }.Concat(weeks).Concat(c.Moved ?? []).Where(m => m.MovedFrom is not null);
                lines.AddRange(moved.Select(m =>
                    $"Moved from {DateWords.Brief(m.MovedFrom!.Value, country)} ({m.Holiday}) to {Day(m.At)}."));
            }
            else
            {
                // A plan stored before kickoffs: one series from its first meeting.
                lead = $"{title}: {c.Cadence.ToString().ToLowerInvariant()}" + (c.NextAt is { } next ? $", first on {Full(next)}" : "");
                lines.Add($"Agenda: {c.Agenda}");
            }

            lines.AddRange((c.Review ?? []).Select(r => $"KPIs for {r.TaskName}: {string.Join("; ", r.Kpis.Select(OwnerWords.Of))}"));
            return new EmailItem(lead, lines);
        }).ToList();
        // First in the list: the paragraph above says a role's meetings wait for its hire to be registered, here.
        if (manage is not null)
        {
            items.Insert(0, new EmailItem(ManageLead, [], manage.ToString()));
        }

        if (plan.Calendar is { } calendar)
        {
            items.Add(new EmailItem("Download the calendar file again", [], Absolute(baseUrl, calendar.Url)));
        }

        var paragraphs = new List<string>();
        var holidays = MeetingCalendar.HasHolidaysFor(country)
            // What Meet does, in one claim: the meeting keeps its week or the next, never an earlier day.
            ? $"A meeting that falls on {HolidayWords.One(country)} moves to the next working day, never earlier"
            : null;
        if (plan.CheckIns.All(c => c.Kickoff is null) && plan.CheckIns.Any(c => c.Starts is not null))
        {
            paragraphs.Add(UndatedCheckIns(plan, manage is not null));
        }
        else if (plan.CheckIns.FirstOrDefault(c => c.Kickoff is not null) is { Kickoff: not null } series)
        {
            var local = TimeZoneInfo.FindSystemTimeZoneById(zone);
            var times = plan.CheckIns.Where(c => c.Kickoff is not null).Select(c => (c.Role, Time: TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.Kickoff!.At, local).DateTime))).ToList();
            paragraphs.Add($"For each new hire, in order: {SeriesWords(plan.CheckIns)} {When(plan, times, zone)}");
            paragraphs.Add(holidays is not null
                ? holidays + (plan.CheckIns.Any(c => new[] { c.Kickoff }.Concat(c.FirstWeeks ?? []).Concat(c.Moved ?? []).Any(m => m?.MovedFrom is not null)) ? "; the moves are listed below." : "; none of these meetings needed to move.") + HolidayWords.Whose(country)
                : "This plan does not know your country's public holidays, so check these dates against your own calendar.");
            if (series.Until is { } until)
            {
                paragraphs.Add($"The attached calendar file holds every meeting until {DateWords.Plain(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, local).DateTime), country)}, a year on; import it once, and a later version updates the same events. A year in is a good time to ask whether each rhythm still fits.");
            }
        }
        else
        {
            paragraphs.Add("Each check-in is a recurring event in the attached calendar file; import it once, and a later version updates the same events.");
        }

        return new EmailSection("Check-ins", paragraphs, items);
    }

    /// <summary>
    /// Before anyone is hired: how every role's kickoff is set, the hours the roles meet at and the holiday rule, said once
    /// for all roles (each role's line then gives only its hour and rhythm). Every clause is what the scheduler does:
    /// the first check-in weekday at least <see cref="CheckInScheduler.HireLead"/> after the registration, a week later
    /// when another kickoff that day is within an hour, and the next working day after a public holiday.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="manageLink">True when the manage link is listed first below.</param>
    public static string UndatedCheckIns(Plan plan, bool manageLink)
    {
        ArgumentNullException.ThrowIfNull(plan);
        static string Hm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
        var country = plan.Practice.Country;
        var roles = plan.CheckIns.Where(c => c.Starts is not null).ToList();
        var days = roles.Select(c => c.Day).OfType<DayOfWeek>().Distinct().ToList();
        var lead = CheckInScheduler.HireLead.Days switch { 1 => "a day", 2 => "two days", 3 => "three days", var n => $"{n} days" };
        var when = days.Count == 1 ? $"the first {days[0]} at least {lead} later" : $"the first check-in day at least {lead} later";
        var text = $"No meeting is dated yet, because nobody is hired yet. When you register who you hired for a role{(manageLink ? " (the first link below)" : "")}, "
            + $"we set its kickoff for {when} and email you its calendar file.";
        var times = roles.Select(c => c.Time).OfType<TimeOnly>().Distinct().OrderBy(t => t).ToList();
        var zone = plan.Practice.TimeZone;
        if (times.Count == 1)
        {
            text += $" Every meeting is at {Hm(times[0])} your time ({zone}){(plan.Practice.CheckInTimeDefaulted ? "; the form gave no time, so change it if another suits" : "")}.";
        }
        else if (times.Count > 1)
        {
            var chosen = plan.Practice.CheckInTime ?? roles[0].Time!.Value;
            // From the afternoon on the roles go earlier, so none starts later than the hour chosen.
            var apart = plan.Practice.CheckInTimeDefaulted ? $"an hour apart so no two meetings overlap; the form gave no time, so they start from {Hm(chosen)}"
                : times.All(t => t >= chosen) ? $"an hour apart from the {Hm(chosen)} you chose, so no two meetings overlap"
                : times.All(t => t <= chosen) ? $"an hour apart so no two meetings overlap, from the {Hm(chosen)} you chose and earlier, so none starts later than that"
                : $"an hour apart around the {Hm(chosen)} you chose, so no two meetings overlap";
            text += $" Each role meets at its own hour below, your time ({zone}), {apart}. "
                + "If two hires' kickoffs would fall on the same day an hour apart, the one registered later moves a week.";
        }

        text += MeetingCalendar.HasHolidaysFor(country)
            ? $" A meeting that falls on {HolidayWords.One(country)} moves to the next working day, never earlier." + HolidayWords.Whose(country)
            : " This plan does not know your country's public holidays, so check each date against your own calendar when it arrives.";
        return text;
    }

    /// <summary>
    /// What follows a kickoff, said once for the plan's roles: "the kickoff, then a check-in every week" when every role
    /// is weekly, the change of rhythm only where there is one, and a project role's single hand-over review.
    /// </summary>
    static string SeriesWords(IReadOnlyList<CheckIn> checkIns)
    {
        var ongoing = checkIns.Select(c => c.Cadence).Where(c => c != Cadence.UntilHandOver).Distinct().ToList();
        var settling = $"a check-in every week for {CheckInScheduler.FirstWeeks} weeks while the work is new";
        var review = $"one hand-over review {Count(CheckInScheduler.HandOverWeeks, "week")} later";
        var recurring = ongoing switch
        {
            [] => null,
            [Cadence.Weekly] => "a check-in every week",
            [var only] => $"{settling}, then {Rhythm(only, checkIns.Select(c => c.Day).Distinct().Count() == 1 ? checkIns[0].Day : null)}",
            _ => $"{settling}, and after that each role's own rhythm",
        };
        var below = ongoing.Count > 1 ? ", as each role below says" : "";
        return (recurring, checkIns.Any(c => c.Cadence == Cadence.UntilHandOver)) switch
        {
            (null, _) => $"the kickoff, then {review}, as the work is one-off.",
            ({ } r, false) => $"the kickoff, then {r}{below}.",
            ({ } r, true) => $"the kickoff, then {r} for ongoing work, and {review} for a one-off project{below}.",
        };
    }

    /// <summary>
    /// The hour each role meets. Roles are an hour apart so two hires never meet the owner at once, and from the
    /// afternoon on they go earlier, not later; an owner who chose 17:00 is told why a meeting says 16:00.
    /// </summary>
    static string When(Plan plan, List<(SupportRole Role, TimeOnly Time)> times, string zone)
    {
        static string Hm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (times.Count == 0)
        {
            return "";
        }

        if (times.Select(t => t.Time).Distinct().Count() == 1)
        {
            return $"Every meeting is at {Hm(times[0].Time)} your time ({zone}).";
        }

        var chosen = plan.Practice.CheckInTime ?? times[0].Time;
        var order = times.Skip(1).All(t => t.Time > chosen) ? "one after another from" : times.Skip(1).All(t => t.Time < chosen) ? "each next one an hour earlier than" : "around";
        // The chosen hour's own meeting runs past it, so the promise is about starts, not ends.
        var why = order.StartsWith("each", StringComparison.Ordinal) ? ", so none starts later than that" : "";
        var list = string.Join(", ", times.Select(t => $"the {RoleTitles.Of(t.Role)} at {Hm(t.Time)}"));
        var whose = plan.Practice.CheckInTimeDefaulted ? "default time, as the form gave none" : "you chose";
        // What the scheduler guarantees: roles an hour apart, no meeting longer than an hour, so none overlap (kickoffs
        // an hour either side of each other move a week, which each role's start says). Not that hires are spread out.
        return $"Each role meets at its own hour, an hour apart, so no two meetings overlap, {order} the {Hm(chosen)} {whose}{why}: {list}, your time ({zone}).";
    }

    static void AddAgendas(CheckIn c, List<string> lines, bool firstWeeks) => lines.AddRange(AgendaLines(c, firstWeeks));

    /// <summary>
    /// Each meeting's agenda for <paramref name="c"/>, one line per kind of meeting ("Kickoff: …", "Hand-over review: …"):
    /// the email lists these and the plan page shows the same lines, so the two never give one meeting two agendas.
    /// </summary>
    /// <param name="c">The role's check-in series.</param>
    /// <param name="firstWeeks">True when the series has its weekly first weeks (always before a hire is registered).</param>
    public static IReadOnlyList<string> AgendaLines(CheckIn c, bool firstWeeks)
    {
        ArgumentNullException.ThrowIfNull(c);
        var lines = new List<string> { $"Kickoff: {CheckIn.KickoffAgenda}" };
        if (c.Cadence == Cadence.UntilHandOver)
        {
            lines.Add($"Hand-over review: {CheckIn.HandOverAgenda}");
        }
        else if (firstWeeks)
        {
            lines.Add($"First weeks: {CheckIn.FirstWeeksAgenda}");
        }

        if (c.Cadence != Cadence.UntilHandOver)
        {
            lines.Add($"From then on: {c.Agenda}");
        }

        return lines;
    }

    /// <summary>The usual rhythm after the first weeks; a monthly one names its weekday, as its calendar rule does (BYDAY=1MO).</summary>
    static string Rhythm(Cadence cadence, DayOfWeek? day) => cadence switch
    {
        Cadence.Weekly => "every week",
        Cadence.Biweekly => "every two weeks",
        Cadence.UntilHandOver => "until the hand-over",
        _ when day is { } d => $"once a month, on the first {d} of the month",
        _ => "once a month, on the first of its meeting weekday in the month",
    };

    static string Absolute(Uri baseUrl, string path) => new Uri(baseUrl, path.TrimStart('/')).ToString();

    static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

/// <summary>The plan email as sections of sentences: rendered once as HTML and once as plain text.</summary>
/// <param name="Title">The heading, the practice's name in it.</param>
/// <param name="Greeting">"Dear …,".</param>
/// <param name="Sections">In reading order.</param>
public sealed record EmailDocument(string Title, string Greeting, IReadOnlyList<EmailSection> Sections)
{
    /// <summary>The plain-text part: headings in capitals, items as a dashed list, links after their text.</summary>
    public string ToText()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Title).Append("\n\n").Append(Greeting).Append('\n');
        foreach (var section in Sections)
        {
            text.Append('\n');
            if (section.Heading is { } heading)
            {
                text.Append(heading.ToUpperInvariant()).Append('\n');
            }

            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph).Append('\n');
            }

            foreach (var item in section.Items)
            {
                text.Append("- ").Append(item.Lead);
                if (item.Url is { } url)
                {
                    text.Append(": ").Append(url);
                }

                text.Append('\n');
                foreach (var line in item.Lines)
                {
                    text.Append("  ").Append(line).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The same document with every string passed through <paramref name="encode"/> (HTML-encoding for the HTML part).</summary>
    public EmailDocument Map(Func<string, string> encode)
    {
        ArgumentNullException.ThrowIfNull(encode);
        return new(encode(Title), encode(Greeting), [.. Sections.Select(s => new EmailSection(
            s.Heading is null ? null : encode(s.Heading),
            [.. s.Paragraphs.Select(encode)],
            [.. s.Items.Select(i => new EmailItem(encode(i.Lead), [.. i.Lines.Select(encode)], i.Url is null ? null : encode(i.Url)))]))]);
    }
}

/// <summary>A part of the email: an optional heading, paragraphs, then a list of items.</summary>
public sealed record EmailSection(string? Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<EmailItem> Items);

/// <summary>One list item: its first line, the lines under it, and the address it links to, if any.</summary>
public sealed record EmailItem(string Lead, IReadOnlyList<string> Lines, string? Url = null);

/// <summary>What kind of plan it is, for the sentences that must be true of it.</summary>
public enum PlanShape
{
    /// <summary>Some work is handed over.</summary>
    Delegating,

    /// <summary>Tasks could be handed over (there are next steps), but the budget covers none of them.</summary>
    NothingAffordable,

    /// <summary>No task can go to any role at any budget (all clinical and not shared, or no role may take them).</summary>
    NothingDelegable,
}

/// <summary>Tells a plan's shape.</summary>
public static class PlanShapes
{
    /// <summary>The shape of <paramref name="plan"/>.</summary>
    public static PlanShape Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Tasks.Any(t => t.Role is not null))
        {
            return PlanShape.Delegating;
        }

        // Something more budget would buy: the plan is short of money, not of work it could hand over.
        return plan.NextSteps is { Count: > 0 } ? PlanShape.NothingAffordable : PlanShape.NothingDelegable;
    }
}
