using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Locale;

namespace Delegation.Core.Planning;

/// <summary>
/// The matcher's sentences: why a task stays, why a role, what a line's cost is made of, what more
/// would buy. Each is true for the numbers beside it, and every amount carries the currency.
/// </summary>
internal sealed class MatchWords(IReadOnlyList<RoleProfile> roles, string currency)
{
    string Money(decimal amount) => Email.Money.Format(amount, currency);

    static string Title(RoleProfile role) => RoleTitles.Of(role.Role);

    // "the billing specialist", but "marketing support": the role as a sentence names it after "to" or "with".
    static string The(RoleProfile role) => role.Role == SupportRole.MarketingSupport ? "marketing support" : "the " + Title(role);

    static string A(RoleProfile role) => A(role.Role);

    static string A(SupportRole role) => RoleTitles.WithArticle(role);

    /// <summary>Why a task that no role may take stays with you.</summary>
    public string NoRole(PracticeTask task)
    {
        if (task.Category == TaskCategory.Clinical)
        {
            return "Kept: only an associate therapist may take clinical work, and the catalogue has none who may.";
        }

        var takers = roles.Where(r => r.Categories.Contains(task.Category)).ToList();
        return task.InvolvesClientInfo && takers.Count > 0
            // Name who would do it and what would change, not only why not: the owner can act on that.
            ? $"Kept: it touches client information, and this plan does not assume {A(takers[0])} has the privacy training and signed agreement that needs. If the one you hire has both, they can take it."
            : "Kept: no support role in the catalogue takes this kind of work.";
    }

    /// <summary>Why a recurring task stays: what it would add, against what the monthly budget leaves each month.</summary>
    public string KeptRecurring(Candidate candidate, Solution solution, decimal budget)
    {
        // The search decided on cent-rounded costs; the sentence states exact money, rounded once.
        var (r, searchAdded) = solution.CheapestAdd(candidate);
        if (searchAdded > Math.Max(0, budget - solution.Cost))
        {
            var added = AddedOnce(roles[r], solution.Loads[r], candidate.Hours);
            var exactLeft = Math.Max(0, budget - ExactCost(solution));
            var left = Math.Round(exactLeft, 2);
            var shortBy = Math.Round(AddedExact(roles[r], solution.Loads[r], candidate.Hours) - exactLeft, 2);
            // The plan's numbers say the budget and what it leaves once; each kept task says only what differs: its cost
            // against what is left ($0 needs no comparison). A near miss is said as the gap, which the owner can act on.
            var against = budget == 0 ? ""
                // More than the whole budget is the plain fact; "more than the £210.00 left" hides it.
                : added > budget ? $", more than your whole {Money(budget)} monthly budget"
                : left == 0 ? ", and nothing is left of your monthly budget"
                : shortBy > 0 && shortBy < left ? $": {Money(shortBy)} a month more than the {Money(left)} left"
                : $", more than the {Money(left)} left";
            var (inline, sentence) = MinimumBasis(roles[r], solution.Loads[r], candidate.Hours);
            // A near miss (the gap under what is left, or a tenth of the budget at most) names the nearest way in: the budget
            // raised by the gap pays for it with the plan as it stands.
            var nearest = budget > 0 && shortBy > 0 && (shortBy < left || shortBy <= budget / 10)
                ? $" The nearest way to hand it over: raise your monthly budget by {Money(shortBy)} to {Money(budget + shortBy)}, and the {Title(roles[r])} can take it."
                : "";
            if (nearest.Length > 0)
            {
                nearestRaises[candidate.Task.Task.TaskId] = (nearest, shortBy, added, Title(roles[r]), budget);
            }
            // The role and its rate beside the price: the next steps may offer the same task with another role, and a
            // price whose rate is stated nowhere cannot be checked.
            return $"Kept for now: handing it over to {The(roles[r])} at {Money(roles[r].HourlyRate)} an hour would add {Money(added)} a month{inline}{against}.{sentence}{nearest}";
        }

        // An affordable task with value is only left out when the search stopped at its node limit.
        return candidate.Task.Score > 0
            ? "Kept for now: the budget goes further on higher-scoring tasks."
            : "Kept: with a score of 0 it is not worth paying to hand over.";
    }

    // Each kept recurring task's "nearest way" raise, quoted on what the month leaves: true only once nothing is set aside from it.
    readonly Dictionary<string, (string Sentence, decimal ShortBy, decimal Added, string Title, decimal Budget)> nearestRaises = new(StringComparer.Ordinal);

    /// <summary>
    /// The kept tasks' reasons with each "nearest way" raise said as it is while the month's leftover is set aside for projects
    /// until month <paramref name="paidBy"/>: the small raise works only from the month after (taking the task sooner would spend
    /// the set-aside), and taking it now needs its whole cost on top of the budget.
    /// </summary>
    public Dictionary<string, string> NearestAfterSetAside(Dictionary<string, string> kept, int paidBy)
    {
        foreach (var (id, n) in nearestRaises.Where(n => kept.ContainsKey(n.Key)))
        {
            var after = $" The nearest way to hand it over: raise your monthly budget by {Money(n.ShortBy)} to {Money(n.Budget + n.ShortBy)}, and the {n.Title} can take it "
                + $"from month {paidBy + 1}, once the set-aside has paid for the projects that wait for it; to hand it over sooner, "
                + $"raise it by {Money(n.Added)} to {Money(n.Budget + n.Added)} instead, so the set-aside goes on.";
            kept[id] = kept[id].Replace(n.Sentence, after, StringComparison.Ordinal);
        }

        return kept;
    }

    /// <summary>Why a project stays: its one-off cost against what the one-off budget has left.</summary>
    /// <param name="candidate">The project kept.</param>
    /// <param name="solution">The one-off budget's chosen projects.</param>
    /// <param name="budget">The one-off budget.</param>
    /// <param name="fromMonth">True when the one-off budget is what the first month leaves.</param>
    /// <param name="leftEachMonth">What the monthly budget leaves after recurring support, every month.</param>
    /// <returns>The reason, and when the monthly leftover set aside pays for it, the month it waits for (" waits until month 2, …").</returns>
    public (string Reason, string? Waits) KeptProject(Candidate candidate, Solution solution, decimal budget, bool fromMonth, decimal leftEachMonth)
    {
        var (r, added) = solution.CheapestAdd(candidate);
        var left = Math.Max(0, budget - solution.Cost);
        if (added > left)
        {
            if (!fromMonth)
            {
                // A near miss names the nearest way in, as a kept recurring task does: the gap is what the owner can act on.
                var shortBy = added - left;
                var nearest = budget > 0 && (shortBy < left || shortBy <= budget / 10)
                    ? $" The nearest way to hand it over: raise your one-off budget by {Money(shortBy)} to {Money(budget + shortBy)}."
                    : "";
                return ($"Kept for now: as a one-off job with {The(roles[r])} at {Money(roles[r].HourlyRate)} an hour it would cost {Money(added)} once, and the one-off budget has {Money(left)} left.{nearest}", null);
            }

            // With no project handed over, month 1 leaves what every month leaves: say so, not "your first month's".
            var has = solution.Cost == 0
                ? $", more than the {Money(left)} a month left after recurring support"
                : $", and your first month's budget has {Money(left)} left after recurring support and the projects it pays for";
            var (saving, waits, month) = SetAside(candidate.Task.Task.TaskId, candidate.Task.Task.Name, added, Math.Max(0, leftEachMonth - solution.Cost), leftEachMonth);
            // A project the leftover will pay for is not kept: its reason says when it goes, as its task line does.
            var lead = month is { } m ? $"Waits until month {m}" : "Kept for now";
            return ($"{lead}: as a one-off job with {The(roles[r])} at {Money(roles[r].HourlyRate)} an hour it would cost {Money(added)} once{has}.{saving} Or give a one-off budget on the form to pay for projects separately.", waits);
        }

        return (candidate.Task.Score > 0
            ? "Kept for now: the one-off budget goes further on higher-scoring projects."
            : "Kept: with a score of 0 it is not worth paying to hand over.", null);
    }

    // Projects already paid for from the monthly leftover, in the order they are paid: the same savings cannot pay twice.
    readonly List<string> setAsideFor = [];
    decimal setAsideTotal;
    (string TaskId, int Month, decimal LeftEachMonth)? lastSetAside;

    /// <summary>
    /// The last project the monthly leftover pays for, the month it is paid by and the leftover, so its reason can say what
    /// the money does after it; null when no project waits for it.
    /// </summary>
    public (string TaskId, int Month, decimal LeftEachMonth)? AfterSetAside() => lastSetAside;

    // The month each waiting project is paid by, so the next steps do not offer as extra what the plan already pays for.
    readonly Dictionary<string, int> waitMonths = new(StringComparer.Ordinal);

    /// <summary>Whether the monthly leftover set aside already pays for this project in a later month.</summary>
    public bool Waits(string taskId) => waitMonths.ContainsKey(taskId);

    /// <summary>
    /// " From month N+1 that … a month is free again …": nothing else the plan prices fits in it (the plan is the best within
    /// the budget), so it stays the owner's; then the search's best plan at the smallest raise that hands over more, with its
    /// price and what it changes, when there is one.
    /// </summary>
    /// <param name="paidBy">The month the last waiting project is paid by.</param>
    /// <param name="leftEachMonth">What the monthly budget leaves after recurring support, unrounded.</param>
    /// <param name="budget">The monthly budget.</param>
    /// <param name="monthly">The plan's recurring choice.</param>
    /// <param name="raised">The search's plan at the smallest budget that hands over more; null when there is none to offer.</param>
    public string LeftoverFree(int paidBy, decimal leftEachMonth, decimal budget, Solution monthly, Solution? raised)
    {
        var free = $" From month {paidBy + 1} that {Money(leftEachMonth)} a month is free again: no other task fits in it, so support costs {Money(monthly.Cost)} a month and the rest stays yours.";
        if (raised is null)
        {
            return free;
        }

        // What is added first, then what moves, then what comes back to you, each in rank order.
        var changes = raised.Candidates
            .Select(c => (c, Was: monthly.RoleOf(c.Task), Now: raised.RoleOf(c.Task), What: $"“{c.Task.Task.Name}” ({TaskRhythm.Size(c.Task.Task.Name, c.Hours)})"))
            .Where(x => x.Was != x.Now)
            .Select(x => x.Now is not { } to ? (Order: 2, Text: $"{x.What} comes back to you")
                : x.Was is not { } from ? (Order: 0, Text: $"{The(roles[to])} takes {x.What}")
                : (Order: 1, Text: $"{x.What} moves from the {Title(roles[from])} to {The(roles[to])}"))
            .OrderBy(x => x.Order)
            .Select(x => x.Text)
            .ToList();

        // The same search that chose this plan, run at a higher budget: the smallest raise, to the cent, that hands over more.
        return free + $" The smallest raise that hands over more, weighed as this plan is: your monthly budget up by {Money(raised.Cost - budget)} to {Money(raised.Cost)}, "
            + $"and {Lists.And(changes)}.";
    }

    // Each compliance project paid before higher-ranked ones, with the names it goes ahead of.
    readonly Dictionary<string, List<string>> goesAhead = new(StringComparer.Ordinal);
    readonly HashSet<string> compliance = new(StringComparer.Ordinal);

    /// <summary>Records the order waiting projects are paid in (<paramref name="paid"/>) against their rank order
    /// (<paramref name="ranked"/>), so a compliance project paid first says why, and one it passed names it.</summary>
    public void CompliancePaidFirst(IReadOnlyList<PracticeTask> paid, IReadOnlyList<PracticeTask> ranked)
    {
        foreach (var task in paid.Where(ComplianceProjects.Closes))
        {
            compliance.Add(task.Name);
            var passed = ranked.TakeWhile(t => !ReferenceEquals(t, task)).Where(t => !ComplianceProjects.Closes(t)).Select(t => $"“{t.Name}”").ToList();
            if (passed.Count > 0)
            {
                goesAhead[task.Name] = passed;
            }
        }
    }

    /// <summary>
    /// " Set aside the … the monthly budget leaves and by month N it covers this." when the budget leaves anything:
    /// month 1 has <paramref name="leftInMonth1"/> after other projects, each later month the full <paramref name="leftEachMonth"/>
    /// (exact, unrounded). Higher-ranked projects kept the same way are paid first, so the months add up. Also the
    /// task line's wait ("waits until month N, when …"), as such a project does not stay with the owner for good.
    /// </summary>
    (string Saving, string? Waits, int? Month) SetAside(string taskId, string name, decimal cost, decimal leftInMonth1, decimal leftEachMonth)
    {
        if (leftEachMonth <= 0)
        {
            return ("", null, null);
        }

        var earlier = setAsideFor.Select(n => $"“{n}”").ToList();
        var needed = setAsideTotal + cost;
        setAsideFor.Add(name);
        setAsideTotal = needed;
        var month = 1 + (int)Math.Max(0, Math.Ceiling((needed - leftInMonth1) / leftEachMonth));
        var saved = Math.Round(leftInMonth1 + (month - 1) * leftEachMonth, 2);
        lastSetAside = (taskId, month, leftEachMonth);
        waitMonths[taskId] = month;
        var waits = $"waits until month {month}, when the {Money(leftEachMonth)} a month set aside covers it"
            + (earlier.Count == 0 ? "" : $" after {Lists.And(earlier)}");
        // Why a compliance project is paid before higher-ranked ones, in one sentence; and, on a project it passed, why it waits.
        var ahead = goesAhead.TryGetValue(name, out var passed)
            ? $" It is paid for before {Lists.And(passed)}: it closes a compliance gap, a risk to clients every month it stays open, and {(passed.Count == 1 ? "that project does" : "they do")} not."
            : "";
        var because = earlier.Count > 0 && setAsideFor.Take(earlier.Count).All(compliance.Contains) && !compliance.Contains(name)
            ? (earlier.Count == 1 ? " (it closes a compliance gap)" : " (they close compliance gaps)") : "";
        return earlier.Count == 0
            // When month 1 leaves what every month does, the sentence before has just said that amount.
            ? (leftInMonth1 == leftEachMonth ? $" Set that aside each month and by month {month} it covers this ({Money(saved)} by then).{ahead}"
                : $" Set aside the {Money(leftEachMonth)} the monthly budget leaves each month and by month {month} it covers this ({Money(saved)} by then).{ahead}", waits, month)
            : ($" The same {Money(leftEachMonth)} a month pays for {Lists.And(earlier)} first{because}, so set it aside and by month {month} it covers this too "
                + $"({Money(saved)} set aside by then, against {Money(needed)} for {(earlier.Count == 1 ? "both" : "all of them")}).{ahead}", waits, month);
    }

    /// <summary>On the phone task when the booking task stays with you: the phone books the callers, and what handing the rest over would add.</summary>
    /// <param name="booking">The kept booking task.</param>
    /// <param name="monthly">The recurring choice.</param>
    /// <param name="phone">The role that answers the phone.</param>
    /// <param name="budget">The monthly budget.</param>
    public string BookingKept(Candidate booking, Solution monthly, SupportRole phone, decimal budget)
    {
        var (r, _) = monthly.CheapestAdd(booking);
        var added = AddedOnce(roles[r], monthly.Loads[r], booking.Hours);
        var left = Math.Round(Math.Max(0, budget - ExactCost(monthly)), 2);
        // The phone SOP books callers on the call (Sops/Templates/kinds/phone.sbn): the kept task is the rest of the booking work.
        return $"The {RoleTitles.Of(phone)} books, moves and cancels the sessions callers ask for while they are on the line, in the openings you publish and under your cancellation policy; "
            + $"the rest of “{booking.Task.Task.Name}” (requests by email or the portal) stays with you. "
            + $"Handing that over too would add {Money(added)} a month with the {Title(roles[r])}, "
            + (added > left ? $"more than the {Money(left)} left." : $"and {Money(left)} a month is left.");
    }

    /// <summary>The catalogue's role at <paramref name="index"/>.</summary>
    public RoleProfile Role(int index) => roles[index];

    /// <summary>
    /// " Taken on top of option 2, which already pays for the virtual assistant's 5-hour weekly minimum, it would add $303.33 a
    /// month: …", the task's own billed hours on top of a next step's, with the figures that make it.
    /// </summary>
    /// <param name="role">The role both would go to.</param>
    /// <param name="load">That role's weekly hours with the step taken.</param>
    /// <param name="hours">This task's weekly hours.</param>
    /// <param name="option">The step's option number when the steps are numbered; null to name its tasks.</param>
    /// <param name="names">The step's tasks.</param>
    public string OnTopOfStep(int role, decimal load, decimal hours, int? option, IReadOnlyList<string> names)
    {
        var r = roles[role];
        var (before, after) = (Math.Max(load, r.MinHoursPerWeek), Math.Max(load + hours, r.MinHoursPerWeek));
        var step = option is { } o ? $"option {o}" : $"adding {Lists.And([.. names.Select(n => $"“{n}”")])} (see what more would buy)";
        // Below the minimum the step is billed as the minimum already, so only the hours above it are new.
        var pays = $", which already {(load >= r.MinHoursPerWeek ? "fills" : "pays for")} the {Hours.Format(r.MinHoursPerWeek)}-hour weekly minimum this plan prices {A(r)} at";
        var billed = $"the {Title(r)} would bill {Hours.Format(after)} h a week in place of {Hours.Format(before)}, {Hours.Format(after - before)} h × {Money(r.HourlyRate)} × 52 ÷ 12";
        return $" Taken on top of {step}{pays}, it would add {Money(AddedOnce(r, load, hours))} a month: {billed}.";
    }

    /// <summary>Why the best-fitting role has the task.</summary>
    public static string BestFit(RoleProfile role, Specialty specialty) =>
        $"The {Title(role)} takes it: {specialty.Why}.";

    /// <summary>Why another role has it, and what the better fit would cost against what the budget leaves.</summary>
    /// <param name="chosen">The role that has it.</param>
    /// <param name="best">The role that fits it better.</param>
    /// <param name="specialty">The kind of work.</param>
    /// <param name="extra">What moving it would add: once for a project, a month (exact, rounded once) for recurring work.</param>
    /// <param name="project">True for a one-off project.</param>
    /// <param name="hours">The task's hours.</param>
    /// <param name="left">What the budget it is paid from leaves: the monthly budget each month, or the one-off budget.</param>
    /// <param name="minimumHolds">True when the chosen role's minimum keeps its cost the same without the task.</param>
    /// <param name="minimumAtBest">True when the better fit is not engaged and the task alone falls short of its minimum.</param>
    public string BetterFitCosts(RoleProfile chosen, RoleProfile best, Specialty specialty, decimal extra, bool project, decimal hours, decimal left,
        bool minimumHolds = false, bool minimumAtBest = false)
    {
        if (extra <= 0)
        {
            return $"The {Title(chosen)} takes it. {Capitalised(A(best))} fits it better ({specialty.Why}).";
        }

        // The cost of the move against what the budget leaves, plainly: "would add $173.33 a month" beside $42.50 left read as affordable.
        // The plan's numbers say what the monthly budget leaves; here only the figure, beside the move's cost.
        var leaves = project ? $"your one-off budget has {Money(left)} left" : $"{(extra > left ? "only " : "")}{Money(left)} a month is left";
        var against = extra > left ? $", but moving it there would cost {Money(extra)} more {(project ? "once" : "a month")}, and {leaves}"
            : $"; moving it there would cost {Money(extra)} more {(project ? "once" : "a month")}, and {leaves}";
        var stillPaid = $"the {Title(chosen)} would still be paid for the {Hours.Format(chosen.MinHoursPerWeek)}-hour weekly minimum this plan prices them at";
        var basis = minimumAtBest
            ? $" This plan prices {A(best)} at a {Hours.Format(best.MinHoursPerWeek)}-hour weekly minimum, so this task's {Hours.Format(hours)} h would be billed as {Hours.Format(best.MinHoursPerWeek)} h, "
                + (minimumHolds ? $"and {stillPaid}." : $"and the {Title(chosen)} would bill {Hours.Format(hours)} h a week less.")
            : minimumHolds ? $" The move saves nothing with the {Title(chosen)}, who would still be paid for the {Hours.Format(chosen.MinHoursPerWeek)}-hour weekly minimum this plan prices them at." : "";
        return $"The {Title(chosen)} takes it within your budget. {Capitalised(A(best))} fits it better ({specialty.Why}){against}.{basis}";
    }

    /// <summary>What decides a line's cost beyond hours × rate: a minimum engagement, or project-only work.</summary>
    public static string? LineNote(RoleProfile role, decimal weekly, decimal projectHours)
    {
        var notes = new List<string>();
        if (weekly > 0 && weekly < role.MinHoursPerWeek)
        {
            // The minimum is the plan's assumption, not a rule of the trade: said as what this plan prices.
            notes.Add($"This plan prices {A(role)} at a {Hours.Format(role.MinHoursPerWeek)}-hour weekly minimum, so {Hours.Format(weekly)} h of work a week is billed as {Hours.Format(role.MinHoursPerWeek)} h.");
        }

        if (projectHours > 0)
        {
            notes.Add(weekly > 0
                ? $"One-off work ({Hours.Format(projectHours)} h) is billed once by the hour, on top of the monthly cost."
                : $"One-off work only ({Hours.Format(projectHours)} h): billed once by the hour, nothing a month.");
        }

        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    /// <summary>How an associate is paid and when they can start billing insurers.</summary>
    public string AssociateNote(decimal hours, MatchTerms terms, decimal revenue, decimal pay, bool billsInsurance)
    {
        var credentialing = AssociateStart(billsInsurance) + " " + AssociateAgreements(terms.Country);
        if (terms.SessionFee <= 0)
        {
            return $"Paid from the sessions they take, not from your support budget. Without a session fee the plan cannot estimate what {Hours.Format(hours)} h of sessions a week bring in. "
                + (billsInsurance ? $"Insurers usually take {AssociateCredentialing.UsualMonths.Min} to {AssociateCredentialing.UsualMonths.Max} months to credential a new clinician, and until an insurer has, only self-pay sessions can be billed. " : "")
                + credentialing;
        }

        return $"Paid from the sessions they take, not from your support budget: {Hours.Format(hours)} h of sessions a week at {Money(terms.SessionFee)} bring in about {Money(revenue)} a month; "
            + $"at a {terms.AssociatePayShare * 100:0.#}% share their pay is about {Money(pay)}, which leaves {Money(revenue - pay)} a month to the practice. "
            // The same sessions are new income or the owner's own, and the owner knows which: say both.
            + $"If these are clients from your waitlist, that {Money(revenue - pay)} is new income; if you see them yourself today, you trade {Money(pay)} a month of your own income for {Hours.Format(hours)} h a week back. "
            + (billsInsurance ? BeforeCredentialing(hours, terms) + " " : "") + credentialing;
    }

    /// <summary>
    /// What insurance does to the associate's figures, in figures the owner can multiply out. The intake gives the self-pay fee
    /// and no insurer rates, so every figure above prices each session at that fee: the note says so, and what each $10 an insurer
    /// pays below it takes off. Then the months before credentialing: until an insurer has credentialed them only self-pay sessions
    /// can be billed, and their pay, a share of what they bill, waits too.
    /// </summary>
    string BeforeCredentialing(decimal hours, MatchTerms terms)
    {
        var share = 1 - terms.AssociatePayShare;
        var hourRevenue = Math.Round(terms.SessionFee * RoleProfile.WeeksPerMonth, 2, MidpointRounding.AwayFromZero);
        var hourNet = Math.Round(hourRevenue * share, 2, MidpointRounding.AwayFromZero);
        // Each $10 a session less, for one weekly hour: $10 × 52 ÷ 12 a month, the practice's share of it lost too.
        const decimal step = 10m;
        var stepRevenue = Math.Round(step * RoleProfile.WeeksPerMonth, 2, MidpointRounding.AwayFromZero);
        var stepNet = Math.Round(step * RoleProfile.WeeksPerMonth * share, 2, MidpointRounding.AwayFromZero);
        var (min, max) = AssociateCredentialing.UsualMonths;
        // Counted from the month they accept: credentialing done in 3 months leaves 9 billable months of the first 12 (39 weeks), in 6 months 6 (26 weeks).
        var (early, late) = (12 - min, 12 - max);
        var (earlyWeeks, lateWeeks) = (early * 52m / 12, late * 52m / 12);
        string Weeks(decimal w) => Hours.Format(w);
        decimal Kept(decimal weeks) => Math.Round(hours * terms.SessionFee * share * weeks, 2, MidpointRounding.AwayFromZero);
        var percent = $"{share * 100:0.#}%";
        return $"These figures price every session at your {Money(terms.SessionFee)} self-pay fee, as the form asks for no insurer rates. "
            + $"An insured session brings in the insurer's contracted rate instead, often less, and the associate's pay and the practice's {percent} fall with it: "
            + $"each {Money(step)} a session below {Money(terms.SessionFee)} takes about {Money(stepRevenue)} a month off each weekly insured hour, {Money(stepNet)} of it from the practice. "
            + $"Insurers usually take {min} to {max} months to credential a new clinician, and until an insurer has, "
            + $"only self-pay sessions can be billed: each weekly hour of them brings in about {Money(hourRevenue)} a month, {Money(hourNet)} of it to the practice. "
            + $"If all {Hours.Format(hours)} h are insured, they are billed in {early} of the associate's first 12 months from accepting with credentialing done in {min} months, or {late} with it done in {max}: "
            + $"at {Money(terms.SessionFee)} a session that leaves the practice about {Money(Kept(earlyWeeks))} ({Hours.Format(hours)} h × {Money(terms.SessionFee)} × {percent} × {Weeks(earlyWeeks)} weeks) "
            + $"or {Money(Kept(lateWeeks))} (× {Weeks(lateWeeks)} weeks), less at a lower insurer rate.";
    }

    /// <summary>
    /// When the associate starts and why: with insurance work, hiring and credentialing begin in phase 1, counted from the associate accepting, as
    /// insurers take months; without it, their phase follows the others and nothing is claimed about credentialing.
    /// </summary>
    static string AssociateStart(bool billsInsurance)
    {
        if (!billsInsurance)
        {
            return "Your tasks list no insurance work, so the associate's phase comes after the others, once your admin help is settled; "
                + "if you do bill insurers, start credentialing them the day they accept, as it usually takes three to six months.";
        }

        // No associate exists on the plan's date: credentialing needs the person, so it is dated from their acceptance, never from the plan.
        return "Because you bill insurance, the associate starts in phase 1: hire them, and start credentialing them with each insurer you bill the day they accept.";
    }

    /// <summary>On a shared clinical task: phase 1 starts the hiring, the insured sessions wait for credentialing.</summary>
    /// <param name="by">Who credentials the associate in the plan ("the billing specialist"); null when you do.</param>
    public static string SessionsAfterCredentialing(string? by) =>
        $"Phase 1 starts the associate's hiring; {by ?? "you"} credential{(by is null ? "" : "s")} them with each insurer you bill from the day they accept, "
            + "and their insured sessions start once that is done, usually 3 to 6 months later; self-pay sessions can start sooner.";

    /// <summary>
    /// On the credentialing task handed over: what its one-off hours cover and what they do not (the follow-up until each
    /// insurer confirms, often weekly for months), and how many of those hours what the one-off budget leaves would pay for.
    /// </summary>
    /// <param name="role">Who credentials the associate.</param>
    /// <param name="left">What the one-off budget leaves once credentialing and the projects are paid.</param>
    /// <param name="us">True for a US practice, whose insurers read the CAQH profile.</param>
    /// <param name="fromMonth">True when the one-off budget is what the first month leaves.</param>
    public string CredentialingCovers(RoleProfile role, decimal left, bool us, bool fromMonth)
    {
        var budget = fromMonth ? "your first month's budget" : "your one-off budget";
        var profile = us ? "the CAQH profile" : "the profile insurers read";
        var (min, max) = AssociateCredentialing.UsualMonths;
        var covers = $"The {Hours.Format(AssociateCredentialing.Hours)} h cover {profile} and the applications to each insurer; the follow-up calls until each insurer confirms, "
            + $"often weekly for {min} to {max} months, are not in them.";
        var followUp = role.HourlyRate > 0 ? (int)Math.Floor(left / role.HourlyRate) : 0;
        return followUp > 0
            ? $"{covers} The {Money(left)} {budget} leaves would pay for {followUp} h of that follow-up at {Money(role.HourlyRate)} an hour ({Money(followUp * role.HourlyRate)}): agree those hours with the {Title(role)} at the kickoff."
            : $"{covers} Agree those hours with the {Title(role)} at the kickoff: this plan does not price them, and {budget} has {Money(left)} left.";
    }

    /// <summary>Why credentialing the new associate stays with you: nobody in the plan to take it, or not enough one-off budget left.</summary>
    /// <param name="role">The engaged role that would take it, or else the catalogue's best for it; null when none may.</param>
    /// <param name="engaged">True when <paramref name="role"/> is already in the plan.</param>
    /// <param name="left">What the one-off budget has left.</param>
    /// <param name="fromMonth">True when the one-off budget is what the first month leaves.</param>
    public string CredentialingKept(RoleProfile? role, bool engaged, decimal left, bool fromMonth)
    {
        if (role is null)
        {
            return "Kept: no support role in the catalogue takes this kind of work.";
        }

        var cost = Money(role.OneTimeCost(AssociateCredentialing.Hours));
        var job = $"about {Hours.Format(AssociateCredentialing.Hours)} h for the profile insurers read and the applications (the follow-up calls until each insurer confirms come on top) at {Money(role.HourlyRate)} an hour, {cost} once";
        var has = fromMonth ? $"your first month's budget leaves {Money(left)} after the rest of the plan" : $"the one-off budget has {Money(left)} left";
        return engaged
            ? $"Kept for now: the {Title(role)} in the plan could do it in {job}, and {has}. Until then, start the applications yourself the day your associate accepts."
            : $"Kept for now: the plan engages no one who could take it; {A(role)} would need {job}. Until then, start the applications yourself the day your associate accepts.";
    }

    // An associate is part of the practice's workforce, not a vendor: an employment or contractor agreement, not a BAA.
    static string AssociateAgreements(string country) => Locale.Jurisdiction.Of(country) switch
    {
        { Kind: Locale.JurisdictionKind.Hipaa } j =>
            $"As part of your workforce an associate signs {Locale.Jurisdiction.WorkforceAgreement}, not a BAA, and needs your HIPAA training. {Locale.AssociateLicensing.Rule(j)}",
        var j =>
            $"An associate signs {Locale.Jurisdiction.WorkforceAgreement} and needs {j.PrivacyTraining}. {Locale.AssociateLicensing.Rule(j)}",
    };

    /// <summary>One next step: the task, who would take it, and what it adds.</summary>
    public NextStep NextStep(Candidate candidate, int role, decimal added, bool project, decimal load, (int Role, decimal Cost, decimal Load)? better = null)
    {
        var r = roles[role];
        var task = candidate.Task.Task;
        added = project ? added : AddedOnce(r, load, candidate.Hours);
        var (inline, sentence) = project ? ("", "") : MinimumBasis(r, load, candidate.Hours);
        var text = project
            ? $"Add “{task.Name}” ({Hours.Format(candidate.Hours)} h, one-off) with {The(r)} at {Money(r.HourlyRate)} an hour, for {Money(added)} once."
            : $"Add “{task.Name}” ({TaskRhythm.Size(task.Name, candidate.Hours)}) with {The(r)} at {Money(r.HourlyRate)} an hour, for {Money(added)} more a month{inline}.{sentence}";
        if (better is { } b)
        {
            var other = roles[b.Role];
            var betterBasis = !project && b.Load == 0 && candidate.Hours < other.MinHoursPerWeek ? $" (billed as {Hours.Format(other.MinHoursPerWeek)} h a week)" : "";
            var cost = project ? b.Cost : AddedOnce(other, b.Load, candidate.Hours);
            text += $" {Capitalised(A(other))}, the better fit for it, would add {Money(cost)} {(project ? "once" : "a month")}{betterBasis}.";
        }
        return new NextStep(task.TaskId, r.Role, project ? null : added, project ? added : null, text, [task.TaskId]);
    }

    /// <summary>
    /// One next step for several kept tasks that together fit inside a role's minimum engagement: priced one by
    /// one, each would cost the whole minimum, so the owner should see them as one hire.
    /// </summary>
    public NextStep Bundle(IReadOnlyList<Candidate> bundle, int role, decimal cost)
    {
        var r = roles[role];
        var hours = bundle.Sum(c => c.Hours);
        var names = bundle.Select(c => $"“{c.Task.Task.Name}” ({Hours.Format(c.Hours)} h a week)").ToList();
        var used = hours == r.MinHoursPerWeek
            // The minimum is this plan's assumption, said as MinimumBasis says it, not as a rule of the trade.
            ? $"{Hours.Format(hours)} h a week, exactly the {Hours.Format(r.MinHoursPerWeek)}-hour weekly minimum this plan prices {A(r)} at"
            : $"{Hours.Format(hours)} h of work a week, billed as the {Hours.Format(r.MinHoursPerWeek)}-hour weekly minimum this plan prices {A(r)} at";
        var text = $"Add {Lists.And(names)} together with {The(r)} at {Money(r.HourlyRate)} an hour, for {Money(cost)} more a month: {used}.";
        return new NextStep(bundle[0].Task.Task.TaskId, r.Role, cost, null, text, [.. bundle.Select(c => c.Task.Task.TaskId)]);
    }

    /// <summary>
    /// A next step that hands over a task an earlier step already offers, reworded as the alternative it is:
    /// taking both would pay twice for the same work.
    /// </summary>
    /// <param name="step">The later step.</param>
    /// <param name="shared">Names of the tasks an earlier step also offers.</param>
    /// <param name="above">True when that earlier step is the one just before.</param>
    public static NextStep Alternative(NextStep step, IReadOnlyList<string> shared, bool above)
    {
        var names = Lists.And([.. shared.Select(n => $"“{n}”")]);
        var instead = above ? "Instead of the step above" : $"Instead of the earlier step with {names}";
        // A step that hands over only the shared tasks is the smaller choice; one that hands over more also repeats them.
        var choice = step.TaskIds!.Count == shared.Count ? $"you could hand over only {names}" : $"which also hands over {names}, you could";
        return step with { Text = $"{instead}, {choice}: {char.ToLowerInvariant(step.Text[0])}{step.Text[1..]}" };
    }

    /// <summary>
    /// Why a task stays while lower-ranked work is handed over: lower-ranked work that would have to go to make
    /// room for it. The plan is the one worth most by score × hours × fit, so that work outweighs it.
    /// </summary>
    /// <param name="kept">The task kept.</param>
    /// <param name="dropped">The lower-ranked tasks that would have to go.</param>
    /// <param name="role">The role the kept task would go to in their place.</param>
    /// <param name="solution">The budget's chosen roles, for what the best-fitting role would add.</param>
    /// <param name="budget">The budget the search was within, for what a swap with a smaller task would add.</param>
    /// <param name="keptReason">Why it is kept on cost alone, which this completes (or, for a fit trade, says again more briefly).</param>
    /// <returns>The whole reason.</returns>
    public string MakingRoom(Candidate kept, IReadOnlyList<Candidate> dropped, int role, Solution solution, decimal budget, string keptReason)
    {
        var names = Names(dropped);
        if (dropped.Count > 3)
        {
            names.Add($"{dropped.Count - 3} more");
        }

        var hours = dropped.Sum(c => c.Hours);
        var best = kept.Eligible.MaxBy(e => kept.Fits[e]);
        if (kept.Fits[role] < kept.Fits[best])
        {
            return FitTrade(kept, dropped, role, best, solution, budget, keptReason);
        }

        var take = dropped.Count == 1 ? "it takes" : "together they take";
        // The search keeps the mix worth most as hours × score (× how well each role does the work): a higher score alone
        // does not win. Said in words the owner checks against the hours and scores just shown, not as the products (round 12
        // readers found "3 h × 47 = 141, against 1 h × 59 = 59" robotic).
        var theirs = dropped.Sum(d => d.Hours * Shown(d));
        var its = kept.Hours * Shown(kept);
        var those = dropped.Count == 1 ? "that task" : "those tasks";
        var sameFit = kept.Fits[role] == 1 && dropped.All(d => d.Fits[solution.RoleOf(d.Task)!.Value] == 1);
        var scores = dropped.Select(d => ScoreWords.Of(d.Task.Score)).Distinct().ToList();
        var scored = scores.Count == 1 ? $"a score of {scores[0]}"
            : dropped.Count <= 3 ? $"scores of {Lists.And(scores)}"
            : $"scores of {dropped.Min(d => Shown(d))} to {dropped.Max(d => Shown(d))}";
        var more = hours > kept.Hours ? "more hours" : "as many hours";
        var goes = dropped.Count == 1 ? "that task goes" : "those tasks go";
        // How well each role does the work weighs in too; said only when it does, so the owner is not told of a factor that changed nothing.
        var fitToo = sameFit ? "" : " and by how well the role does each task";
        var weighed = theirs >= its
            ? $". The plan weighs each task by its hours as well as its score{fitToo}, so {more} at {scored} count for more than this task's {Hours.Format(kept.Hours)} h at {ScoreWords.Of(kept.Task.Score)}, and {goes} to support instead."
            : $". The plan hands over the work worth most as hours a week times score, weighted by how well the role does each task; by that measure {those} {(dropped.Count == 1 ? "outweighs" : "outweigh")} this one, so {goes} to support instead.";
        return $"{keptReason} Room for it would mean dropping lower-ranked {Lists.And(names)}; {take} {Hours.Format(hours)} h of your week against this task's {Hours.Format(kept.Hours)} h{weighed}";
    }

    static List<string> Names(IReadOnlyList<Candidate> tasks) =>
        [.. tasks.Take(3).Select(c => $"“{c.Task.Task.Name}” (score {ScoreWords.Of(c.Task.Score)})")];

    // A score as the plan shows it, whole: the products a sentence states are made from the figures the owner sees.
    static decimal Shown(Candidate c) => decimal.Parse(ScoreWords.Of(c.Task.Score), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Why a task stays when the role with room does it less well than its best fit: what the best fit would add, and
    /// the matcher's rule in plain words (the role with room does it less well, so it counts for less), with the swap
    /// the owner may make when it costs the same, and why a smaller lower-ranked task with that role cannot make room.
    /// </summary>
    string FitTrade(Candidate kept, IReadOnlyList<Candidate> dropped, int role, int best, Solution solution, decimal budget, string keptReason)
    {
        var title = Title(roles[role]);
        var bestRole = roles[best];
        var engaged = solution.Loads[best] > 0;
        var add = AddedOnce(bestRole, solution.Loads[best], kept.Hours);
        var who = engaged ? $"The {Title(bestRole)}, who does it best, would add {Money(add)} a month"
            : $"{Capitalised(A(bestRole))}, who does it best, would add {Money(add)} a month at {Money(bestRole.HourlyRate)} an hour";
        var hours = dropped.Sum(d => d.Hours);
        var sameCost = hours == kept.Hours && dropped.All(d => solution.RoleOf(d.Task) == role);
        var names = Lists.And(Names(dropped).Concat(dropped.Count > 3 ? [$"{dropped.Count - 3} more"] : []));
        var specialty = SkillFit.SpecialtyOf(kept.Task.Task)?.Name ?? "this work";
        var theirs = dropped.Sum(d => d.Hours * Shown(d) * d.Fits[solution.RoleOf(d.Task)!.Value]);
        var its = kept.Hours * Shown(kept) * kept.Fits[role];
        var best2 = engaged ? $"the {Title(bestRole)}" : A(bestRole);
        // The matcher's rule in words the owner can check against the scores shown, not its arithmetic (round 12 readers
        // found "2 h × 46 = 92 outweighs 2 h × 53 × 60%" robotic): who does the work less well, so it counts for less, and
        // which task keeps the room, said only when the figures bear it out.
        var keeps = theirs >= its ? (dropped.Count == 1 ? " than that task" : " than those tasks") : "";
        var why = $", but would do {specialty} less well than {best2}, so it counts for less{keeps}.";
        var instead = sameCost ? $"In place of lower-ranked {names}, also {Hours.Format(hours)} h a week, the {title} could take it at no extra cost"
            : $"The {title} could take it in place of lower-ranked {names}";
        var text = $"{keptReason} {who}. {instead}{why}";
        if (!kept.Task.Task.IsProject)
        {
            // Recurring work: both prices and what is left in one sentence, then the trade, so the reason stays short.
            var viaRole = AddedOnce(roles[role], solution.Loads[role], kept.Hours);
            var monthLeft = Math.Round(Math.Max(0, budget - ExactCost(solution)), 2);
            text = $"Kept for now: {(monthLeft == 0 ? "nothing is left of your monthly budget" : $"{Money(monthLeft)} a month is left")}, and it needs {Money(viaRole)} with the {title} ({Money(roles[role].HourlyRate)} an hour) "
                + $"or {Money(add)} with {best2}, who does it best{(engaged ? "" : $", at {Money(bestRole.HourlyRate)} an hour")}. "
                + (sameCost ? $"The {title} could take it instead of lower-ranked {names} at the same {Hours.Format(hours)} h a week and cost"
                    : $"The {title} could take it instead of lower-ranked {names}")
                + why;
        }
        if (sameCost)
        {
            text += " If this task weighs on you more, swap them.";
        }

        // A lower-ranked task that role takes but too small to make room: the owner sees it handed over and asks why.
        var small = solution.Candidates.Where(c => solution.RoleOf(c.Task) == role && c.Task.Score < kept.Task.Score && c.Hours < kept.Hours && !dropped.Contains(c))
            .MinBy(c => c.Task.Score);
        if (small is not null && !kept.Task.Task.IsProject)
        {
            var swap = Math.Round(roles[role].ExactMonthlyCost(solution.Loads[role] - small.Hours + kept.Hours) - roles[role].ExactMonthlyCost(solution.Loads[role]), 2);
            var left = Math.Round(Math.Max(0, budget - ExactCost(solution)), 2);
            if (swap > left)
            {
                text += $" Swapping out “{small.Task.Task.Name}” ({Hours.Format(small.Hours)} h a week) for it would add {Money(swap)} a month.";
            }
        }

        return text;
    }

    /// <summary>
    /// Why phase 1 holds fewer tasks than you asked to start with, or, when the plan hands over one-off projects, that they
    /// count toward that number in rank order; null otherwise.
    /// </summary>
    /// <param name="startWith">Tasks the owner asked to start with.</param>
    /// <param name="delegated">Tasks the plan hands over, the associate's sessions and credentialing aside.</param>
    /// <param name="delegable">Tasks support may take.</param>
    /// <param name="projects">The one-off projects handed over, each with the phase it is staged in.</param>
    /// <param name="othersHired">Whether a role other than the roll-out's own is hired, whose accounts may come before the password manager.</param>
    public static string? Phase1Note(int startWith, int delegated, int delegable, IReadOnlyList<(string Name, int Phase, bool First)>? projects = null, bool othersHired = false)
    {
        var inPhase1 = Math.Min(delegated, startWith);
        var asked = $"You asked to start with {Tasks(startWith)}";
        // The owner asked for a number: a plan where nothing can go to support answers it too (round 13).
        if (delegable == 0 && startWith > 0)
        {
            return $"{asked}; none of the tasks you listed can go to support, so nothing is handed over yet.";
        }

        if (inPhase1 >= startWith)
        {
            return projects is { Count: > 0 } ? ProjectsCount(startWith, projects, othersHired) : null;
        }

        if (delegated == 0)
        {
            return $"{asked}; none fits the budget yet, so nothing is handed over until the budget grows (see what more would buy).";
        }

        return delegable <= delegated
            ? $"{asked}; only {Tasks(delegable)} can go to support, so phase 1 holds {inPhase1}."
            : $"{asked}; the budget covers {Tasks(delegated)}, so phase 1 holds {inPhase1}.";
    }

    // Projects are paid from another budget, so an owner could read them as extra to the number asked for: the plan counts them.
    static string ProjectsCount(int startWith, IReadOnlyList<(string Name, int Phase, bool First)> projects, bool othersHired)
    {
        var firstNames = projects.Where(p => p.First && p.Phase == 1).Select(p => p.Name).ToList();
        var first = firstNames.Select(n => $"“{n}”").ToList();
        var rest = projects.Where(p => !(p.First && p.Phase == 1)).ToList();
        var ahead = first.Count == 0 ? ""
            : $" {Lists.And(first)} {(first.Count == 1 ? "comes" : "come")} first, so each new hire keeps their own named logins in a private vault of their own from the day they are invited; "
                // The SOP keeps every login to a system with client information out of shared vaults while the project's administrator could open them.
                + "your own administrator logins go in only once the project's administrator account is removed at its hand-over."
                // Another hire may be registered, and so meet you, before the roll-out's hire: the rule their kit gives too.
                + (othersHired && first.Count == 1 ? " " + LoginsWait.Rule("a hire's", firstNames[0]) : "");
        if (rest.Count == 0)
        {
            return $"Phase 1 holds {(startWith == 1 ? "the one task" : $"the {Tasks(startWith)}")} you asked to start with; a one-off project counts as one task.{ahead}";
        }

        projects = rest;
        var where = Lists.And([.. projects.GroupBy(p => p.Phase).OrderBy(g => g.Key)
            .Select(g => Lists.And([.. g.Select(p => $"“{p.Name}”")]) + (g.Key == 1 ? (g.Count() == 1 ? " is in phase 1" : " are in phase 1")
                : (g.Count() == 1 ? " comes" : " come") + $" in phase {g.Key}"))]);
        return $"Phase 1 holds {(startWith == 1 ? "the one task" : $"the {Tasks(startWith)}")} you asked to start with; a one-off project counts as one task, in its rank order, so {where}.{ahead}";
    }

    /// <summary>
    /// What phase 1 costs a month, what the rest of the budget waits for, and from about when: staged rollout is
    /// the owner's choice of pace, not money forgotten. Null when the later phases add nothing a month.
    /// </summary>
    /// <param name="cumulative">The monthly cost once phases 1 to k are in, for each k.</param>
    /// <param name="budget">The monthly budget.</param>
    /// <param name="checkInsPerPhase">The rollout's rule: check-ins in a row that go well before the next phase starts.</param>
    /// <param name="slowWork">Tasks of the phases before the last that come round monthly or quarterly: the check-ins that
    /// start a next phase may all fall before their first run, and the note says so.</param>
    public string? LaterPhases(IReadOnlyList<decimal> cumulative, decimal budget, int checkInsPerPhase, IReadOnlyList<string>? slowWork = null)
    {
        if (cumulative.Count < 2 || cumulative[^1] <= cumulative[0])
        {
            return null;
        }

        // Only the phases that raise the cost, each with the earliest week it can start at one check-in a week.
        var rises = Enumerable.Range(1, cumulative.Count - 1)
            .Where(k => cumulative[k] > cumulative[k - 1])
            .Select(k => (Phase: k + 1, Cost: cumulative[k], Week: 1 + k * checkInsPerPhase))
            .ToList();
        var steps = rises.Select((r, i) =>
            $"phase {r.Phase} (from about week {r.Week}){(i == 0 ? " brings the plan" : "")} to {(i == rises.Count - 1 ? "the full " : "")}{Money(r.Cost)}{(i == 0 ? " a month" : "")}").ToList();
        var rests = Math.Max(0, budget - cumulative[^1]);
        var row = checkInsPerPhase == 1 ? "a check-in goes" : $"{checkInsPerPhase} check-ins in a row go";
        // Phase 1 can be one-off projects only: then it costs nothing a month, and saying "$0.00 a month" would read as a slip.
        var first = cumulative[0] == 0 ? "Phase 1 is one-off work with no monthly cost" : $"Phase 1 alone costs {Money(cumulative[0])} a month";
        // Said as it is: that money is unspent until the next phase starts, by the owner's choice of pace.
        return $"{first}, so {Money(Math.Max(0, budget - cumulative[0]))} of your {Money(budget)} budget goes unspent until the later phases start: "
            + Lists.And(steps) + (rests > 0 ? $", and then your monthly budget leaves {Money(rests)} each month." : ".")
            + $" Each next phase starts once {row} well, you say you are ready for more, and whoever has weekly tasks in the phases begun is registered; the weeks assume a check-in every week and count from phase 1's first week, so they are the earliest."
            // The rule counts check-ins, not runs of the work: said plainly, with the owner's way to wait.
            + (slowWork is { Count: > 0 }
                ? $" The rule counts check-ins, not runs of the work, so it does not wait for {Lists.And(slowWork.Select(n => $"“{n}”"))} to come round: say you are not ready yet until you have seen {(slowWork.Count == 1 ? "its" : "each one's")} first run."
                : "");
    }

    static string Tasks(int n) => n == 1 ? "1 task" : $"{n} tasks";

    /// <summary>
    /// " On the earliest schedule … month 1 costs about …": when a later phase can start inside month 1 (phase k from week
    /// 1 + (k − 1) × the check-ins a phase needs, at one a week), what month 1 then costs, from each phase's weekly cost
    /// (its monthly cost × 12 ÷ 52) times its weeks inside month 1 (52 ÷ 12 weeks), with the projects of the phases begun;
    /// null when no phase after the first starts in month 1 or none adds to it.
    /// </summary>
    /// <param name="cumulative">The monthly cost once phases 1 to k are in, for each k.</param>
    /// <param name="projects">What each phase's one-off projects cost, for each phase.</param>
    /// <param name="checkInsPerPhase">Check-ins in a row that start the next phase.</param>
    public string? EarliestFirstMonth(IReadOnlyList<decimal> cumulative, IReadOnlyList<decimal> projects, int checkInsPerPhase)
    {
        var month = RoleProfile.WeeksPerMonth;
        var starts = Enumerable.Range(0, cumulative.Count).Where(k => (decimal)(k * checkInsPerPhase) < month).ToList();
        if (starts.Count < 2 || (cumulative[starts[^1]] <= cumulative[0] && starts.Skip(1).All(k => projects[k] == 0)))
        {
            return null;
        }

        // Each phase begun in month 1, its weeks there and its weekly cost; a phase that adds nothing a month joins the one before.
        var segments = new List<(int Phase, decimal Weeks, decimal Weekly)>();
        foreach (var k in starts)
        {
            var end = k == starts[^1] ? month : Math.Min((k + 1) * checkInsPerPhase, month);
            var weekly = Math.Round(cumulative[k] * 12 / 52, 2, MidpointRounding.AwayFromZero);
            var weeks = end - k * checkInsPerPhase;
            if (segments.Count > 0 && segments[^1].Weekly == weekly)
            {
                segments[^1] = segments[^1] with { Weeks = segments[^1].Weeks + weeks };
            }
            else
            {
                segments.Add((k + 1, weeks, weekly));
            }
        }

        var support = segments.Sum(s => Math.Round(s.Weeks * s.Weekly, 2, MidpointRounding.AwayFromZero));
        var once = starts.Sum(k => projects[k]);
        var begun = starts.Skip(1).Select(k => $"phase {k + 1} in week {1 + k * checkInsPerPhase}").ToList();
        var parts = segments.Select((s, i) => $"{WeeksWords(s.Weeks)} at {Money(s.Weekly)} a week ({(i == 0 ? "phase 1" : $"from phase {s.Phase}")})").ToList();
        return $" On the earliest schedule, a check-in every week, {Lists.And(begun)} start{(begun.Count == 1 ? "s" : "")} inside month 1, and it costs about {Money(support + once)}: "
            + $"{Lists.And(parts)}, {Money(support)} of support{(once > 0 ? $", plus {Money(once)} of projects" : "")}.";
    }

    // Weeks inside month 1 (52 ÷ 12 = 4⅓): whole weeks, and the third of a week a month has over four.
    static string WeeksWords(decimal weeks)
    {
        var whole = (int)Math.Floor(weeks + 0.001m);
        var third = Math.Round((weeks - whole) * 3) == 1;
        return (whole, third) switch
        {
            (0, true) => "the last third of a week",
            (_, true) => $"{whole}⅓ weeks",
            (1, false) => "1 week",
            _ => $"{whole} weeks",
        };
    }

    /// <summary>
    /// What <paramref name="hours"/> a week more add to a role's monthly cost at <paramref name="load"/>, from unrounded
    /// costs rounded once: the difference of two rounded monthly costs can be a cent off ("$303.34" for 2 h at $35).
    /// </summary>
    internal static decimal AddedOnce(RoleProfile role, decimal load, decimal hours) => Math.Round(AddedExact(role, load, hours), 2);

    /// <summary>What <paramref name="hours"/> a week more add to a role's monthly cost at <paramref name="load"/>, unrounded.</summary>
    internal static decimal AddedExact(RoleProfile role, decimal load, decimal hours) =>
        role.ExactMonthlyCost(load + hours) - role.ExactMonthlyCost(load);

    /// <summary>What the recurring roles of <paramref name="monthly"/> cost a month, unrounded.</summary>
    decimal ExactCost(Solution monthly) => Enumerable.Range(0, roles.Count).Sum(r => roles[r].ExactMonthlyCost(monthly.Loads[r]));

    /// <summary>What the monthly budget leaves after <paramref name="monthly"/>'s recurring support, unrounded.</summary>
    /// <param name="monthly">The recurring choice.</param>
    /// <param name="budget">The monthly budget.</param>
    public decimal LeftEachMonth(Solution monthly, decimal budget) => Math.Max(0, budget - ExactCost(monthly));

    // Roles whose minimum engagement this plan has already explained: a plan that kept five small VA tasks
    // said the same 5-hour sentence five times. Later amounts carry the hours they are billed at instead.
    readonly HashSet<SupportRole> minimumSaid = [];

    /// <summary>
    /// When the minimum, not the hours, sets the cost: the first time per role a sentence after the amount
    /// (" This plan prices a virtual assistant at a 5-hour weekly minimum…"), later only the basis beside it (" (billed as 5 h a week)").
    /// </summary>
    (string Inline, string Sentence) MinimumBasis(RoleProfile role, decimal load, decimal hours)
    {
        if (load + hours >= role.MinHoursPerWeek)
        {
            return ("", "");
        }

        return minimumSaid.Add(role.Role)
            // The plan's assumption, said as one: many services ask for a minimum, not all.
            ? ("", $" This plan prices {A(role)} at a {Hours.Format(role.MinHoursPerWeek)}-hour weekly minimum, which many such services ask for.")
            : ($" (billed as {Hours.Format(role.MinHoursPerWeek)} h a week)", "");
    }

    static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
