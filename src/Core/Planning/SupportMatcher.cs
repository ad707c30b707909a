using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>
/// Chooses which delegable tasks go to which role within the budgets, then stages them into phases:
/// the guide's "start with one or two small tasks and scale gradually".
/// </summary>
/// <remarks>
/// Three kinds of work, paid three ways. Recurring work is paid from the monthly budget: each role
/// costs max(hours, its minimum engagement) × rate a week. One-off projects are paid once from the
/// one-off budget: hours × rate, with no retainer. Clinical work shared with an associate therapist is
/// paid from the sessions the associate takes, so it draws on neither budget. The two budgets are
/// independent, so each choice is exactly optimal on its own (<see cref="MatchSearch"/>): it maximises
/// Σ score × hours × fit with the cost within budget, each task to a role that may take it. Equal
/// value breaks to the lower cost, then to delegating the earlier-ranked task, then to the role
/// earlier in the catalogue.
/// </remarks>
public static class SupportMatcher
{
    /// <summary>Tasks per phase after the first.</summary>
    public const int TasksPerLaterPhase = 2;

    /// <summary>Search nodes after which the best plan found so far is returned, marked not proven optimal.</summary>
    public const long DefaultNodeLimit = 2_000_000;

    /// <summary>Next steps a plan lists at most.</summary>
    public const int MaxNextSteps = 3;

    /// <summary>Matches <paramref name="ranked"/> tasks (highest score first) to roles from <paramref name="roles"/> within the budgets.</summary>
    /// <param name="ranked">Tasks in rank order.</param>
    /// <param name="roles">The catalogue.</param>
    /// <param name="monthlyBudget">What recurring support may cost a month.</param>
    /// <param name="startWith">Tasks the practice wants in phase 1.</param>
    /// <param name="terms">The one-off budget, currency, session fee, associate pay share and fit; defaults when null.</param>
    /// <param name="nodeLimit">Search nodes after which the best plan so far is returned.</param>
    public static SupportMatch Match(
        IReadOnlyList<RankedTask> ranked,
        IReadOnlyList<RoleProfile> roles,
        decimal monthlyBudget,
        int startWith,
        MatchTerms? terms = null,
        long nodeLimit = DefaultNodeLimit)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(roles);
        terms ??= new MatchTerms();
        var fit = terms.Fit ?? SkillFit.Of;
        var words = new MatchWords(roles, terms.Currency);

        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var waits = new Dictionary<string, string>(StringComparer.Ordinal);
        var recurring = new List<Candidate>();
        var projects = new List<Candidate>();
        var shared = new List<(RankedTask Task, int Role)>();
        Candidate? credentialing = null;
        foreach (var task in ranked.Where(t => t.Delegable))
        {
            var fits = Enumerable.Range(0, roles.Count).Select(r => fit(task.Task, roles[r])).ToArray();
            var eligible = Enumerable.Range(0, roles.Count).Where(r => fits[r] > 0).ToArray();
            if (AssociateCredentialing.Is(task.Task))
            {
                // Not weighed against the owner's projects: it goes to whoever the plan already engages (below).
                credentialing = new Candidate(task, AssociateCredentialing.Hours, [.. fits.Select(f => ScoreOf(task) * AssociateCredentialing.Hours * f)], eligible, fits);
                continue;
            }

            if (eligible.Length == 0)
            {
                kept[task.Task.TaskId] = words.NoRole(task.Task);
                continue;
            }

            if (task.Task.Category == TaskCategory.Clinical)
            {
                shared.Add((task, eligible[0]));
                continue;
            }

            var hours = task.Task.IsProject ? task.Task.OneTimeHours!.Value : task.Task.HoursPerWeek;
            var values = fits.Select(f => ScoreOf(task) * hours * f).ToArray();
            (task.Task.IsProject ? projects : recurring).Add(new Candidate(task, hours, values, eligible, fits));
        }

        var monthly = Solve(recurring, [.. roles.Select(Tariff.Monthly)], monthlyBudget, nodeLimit);
        // No one-off budget given: projects get what the first month leaves, so month one stays within the budget.
        var oneTimeBudget = terms.OneTimeBudget ?? Math.Max(0, monthlyBudget - monthly.Cost);
        var oneTime = Solve(projects, [.. roles.Select(Tariff.OneTime)], oneTimeBudget, nodeLimit);
        string? credentialingBy = null;
        if (credentialing is not null)
        {
            (oneTime, credentialingBy, var reason) = Credential(credentialing, roles, monthly, oneTime, oneTimeBudget, shared.Count > 0, terms.OneTimeBudget is null, words);
            if (reason is not null)
            {
                kept[credentialing.Task.Task.TaskId] = reason;
            }
        }


        // Every task the owner hands over, one-off projects included, is staged in rank order: startWith tasks in phase 1
        // and a few more in each later phase, so phase 1 holds exactly what the owner asked to start with and the first
        // weeks bring no extra hire the ranking did not put there. Credentialing a new associate is not one of the owner's
        // tasks: an associate who will bill insurers starts in phase 1 with it, because insurers take months; without
        // insurance work their sessions come last, once the admin help is settled.
        var billsInsurance = InsuranceWork.In(ranked.Select(t => t.Task));
        var chosen = ranked
            .Select(t => monthly.RoleOf(t) is { } r ? (Task: t, Role: r, Project: false)
                : oneTime.RoleOf(t) is { } p ? (Task: t, Role: p, Project: true)
                : (Task: t, Role: -1, Project: false))
            .Where(c => c.Role >= 0)
            .ToList();
        // A password manager roll-out is the one exception to rank order: the logins phase 1 shares with new help belong in it.
        var staged = chosen.Where(c => !AssociateCredentialing.Is(c.Task.Task))
            .OrderBy(c => c.Project && SecuresLogins(c.Task.Task) ? 0 : 1)
            .Select((c, i) => (c.Task, Phase: PhaseOf(i, startWith))).ToList();
        var phases = chosen.Select(c => AssociateCredentialing.Is(c.Task.Task) ? 1
                : staged.Single(x => ReferenceEquals(x.Task, c.Task)).Phase)
            .ToList();
        var lastPhase = phases.DefaultIfEmpty(0).Max();
        var assignments = chosen
            .Select((c, i) => new Assignment(c.Task.Task.TaskId, roles[c.Role].Role, phases[i],
                RoleReason(c.Task.Task, c.Role, c.Project ? oneTime : monthly, roles, fit, words,
                    c.Project ? Math.Max(0, oneTimeBudget - oneTime.Cost) : words.LeftEachMonth(monthly, monthlyBudget)),
                c.Project ? roles[c.Role].OneTimeCost(c.Task.Task.OneTimeHours!.Value) : null))
            .Concat(shared.Select(s => billsInsurance
                ? new Assignment(s.Task.Task.TaskId, roles[s.Role].Role, 1, MatchWords.SessionsAfterCredentialing(credentialingBy))
                // After the last phase of admin help; phase 1 when there is none, as a plan never starts at phase 2.
                : new Assignment(s.Task.Task.TaskId, roles[s.Role].Role, lastPhase + 1)))
            .ToList();

        var mix = Mix(roles, monthly, oneTime, shared, terms, words, billsInsurance);
        var monthlyCost = mix.Where(l => l.Role != SupportRole.AssociateTherapist).Sum(l => l.MonthlyCost);
        // What the month leaves pays for waiting projects in turn: one that closes a compliance gap goes first (stable otherwise,
        // so rank decides among the rest), and the words say why it goes ahead of a higher-ranked one.
        var paidInTurn = projects.OrderBy(c => ComplianceProjects.Closes(c.Task.Task) ? 0 : 1).ToList();
        words.CompliancePaidFirst(paidInTurn.Where(c => oneTime.RoleOf(c.Task) is null).Select(c => c.Task.Task).ToList(),
            projects.Where(c => oneTime.RoleOf(c.Task) is null).Select(c => c.Task.Task).ToList());
        foreach (var (candidate, search, project) in recurring.Select(c => (c, monthly, false)).Concat(paidInTurn.Select(c => (c, oneTime, true))))
        {
            if (search.RoleOf(candidate.Task) is null)
            {
                var (reason, wait) = project
                    ? words.KeptProject(candidate, search, oneTimeBudget, fromMonth: terms.OneTimeBudget is null, words.LeftEachMonth(monthly, monthlyBudget))
                    : (words.KeptRecurring(candidate, search, monthlyBudget), null);
                if (wait is not null)
                {
                    waits[candidate.Task.Task.TaskId] = wait;
                }

                kept[candidate.Task.Task.TaskId] = Dropped(candidate, project ? projects : recurring, search, project ? oneTimeBudget : monthlyBudget) is { } dropped
                    ? words.MakingRoom(candidate, dropped.Tasks, dropped.Role, search, project ? oneTimeBudget : monthlyBudget, reason) : reason;
            }
        }

        // The leftover keeps coming after the last project it pays for: that project's reason says it is free again, and what
        // the same search would hand over for the smallest raise that hands over more, so the money is neither idle unsaid
        // nor spent by a rule the plan itself does not follow.
        if (words.AfterSetAside() is { } after)
        {
            var raised = NearestRaise(recurring, monthly, monthlyBudget, nodeLimit);
            kept[after.TaskId] += words.LeftoverFree(after.Month, after.LeftEachMonth, monthlyBudget, monthly, raised);
            kept = words.NearestAfterSetAside(kept, after.Month);
        }

        if (credentialingBy is not null && oneTime.RoleOf(credentialing!.Task) is { } credentialer)
        {
            // What the one-off hours cover and what they leave out, beside the price, with what the rest of the one-off budget buys.
            var covers = words.CredentialingCovers(roles[credentialer], Math.Max(0, oneTimeBudget - oneTime.Cost),
                Locale.Jurisdiction.Of(terms.Country).Kind == Locale.JurisdictionKind.Hipaa, terms.OneTimeBudget is null);
            assignments = [.. assignments.Select(a => AssociateCredentialing.Is(a.TaskId)
                ? a with { RoleReason = (a.RoleReason is { } r ? r + " " : "") + covers } : a)];
        }

        assignments = BookingKeptOnThePhone(assignments, recurring, monthly, monthlyBudget, words);

        // What the plan costs a month once each phase is in, so the owner sees what the rest of the budget waits for.
        var phaseCosts = Enumerable.Range(1, lastPhase)
            .Select(k => chosen.Select((c, i) => (c.Role, c.Task, c.Project, Phase: phases[i]))
                .Where(x => !x.Project && x.Phase <= k)
                .GroupBy(x => x.Role)
                .Sum(g => roles[g.Key].MonthlyCost(g.Sum(x => x.Task.Task.HoursPerWeek))))
            .ToList();
        // The owner's one-off projects and the phase each is staged in, for the sentence that says projects count toward startWith.
        var projectPhases = chosen.Select((c, i) => (c, Phase: phases[i]))
            .Where(x => x.c.Project && !AssociateCredentialing.Is(x.c.Task.Task))
            .Select(x => (x.c.Task.Task.Name, x.Phase, First: SecuresLogins(x.c.Task.Task)))
            .ToList();
        decimal? unlock = recurring.Count > 0 && monthly.RoleOf(recurring[0].Task) is null
            ? recurring[0].Eligible.Min(r => roles[r].MonthlyCost(recurring[0].Hours))
            : null;

        var nextSteps = NextSteps(recurring, projects, monthly, oneTime, words);
        string? optionsNote = null;
        if (assignments.Count == 0 && nextSteps.Count > 0)
        {
            // Nothing handed over: the next steps are the owner's only options, numbered, with one total that adds up.
            (var pointed, optionsNote) = NextStepOptions.Number(nextSteps, kept, ranked, roles, terms);
            kept = pointed;
        }

        kept = OnTopOfASteps(kept, recurring, monthly, nextSteps, numbered: optionsNote is not null, words);

        return new SupportMatch(
            assignments,
            mix,
            kept,
            monthlyCost,
            phaseCosts.DefaultIfEmpty(0).First(),
            chosen.Where(c => !c.Project).Sum(c => c.Task.Task.HoursPerWeek),
            monthly.Optimal && oneTime.Optimal,
            unlock,
            oneTime.Cost,
            chosen.Where(c => c.Project).Sum(c => c.Task.Task.OneTimeHours!.Value),
            nextSteps,
            MatchWords.Phase1Note(startWith, chosen.Count(c => !AssociateCredentialing.Is(c.Task.Task)), recurring.Count + projects.Count, projectPhases,
                chosen.Where(c => c.Project && SecuresLogins(c.Task.Task)).Select(c => c.Role).FirstOrDefault() is var rollOut && chosen.Any(c => c.Role != rollOut)),
            oneTimeBudget,
            terms.OneTimeBudget is null,
            words.LaterPhases(phaseCosts, monthlyBudget, terms.CheckInsPerPhase,
                [.. chosen.Where((c, i) => !c.Project && phases[i] < lastPhase && TaskRhythm.Of(c.Task.Task.Name) is not ("each week" or "each day"))
                    .Select(c => c.Task.Task.Name)]),
            waits,
            optionsNote,
            words.EarliestFirstMonth(phaseCosts, [.. Enumerable.Range(1, lastPhase)
                .Select(k => chosen.Select((c, i) => (c, Phase: phases[i])).Where(x => x.c.Project && x.Phase == k)
                    .Sum(x => roles[x.c.Role].OneTimeCost(x.c.Task.Task.OneTimeHours!.Value)))],
                terms.CheckInsPerPhase));
    }

    /// <summary>
    /// A kept task no next step offers, priced alone at a role's whole minimum, says what it would add on top of the next step
    /// that already pays for that role's minimum: reminder calls beside an option that fills the assistant's 5 hours cost
    /// their own hours, not a second minimum.
    /// </summary>
    static Dictionary<string, string> OnTopOfASteps(Dictionary<string, string> kept, List<Candidate> recurring, Solution monthly,
        IReadOnlyList<NextStep> steps, bool numbered, MatchWords words)
    {
        var result = new Dictionary<string, string>(kept, StringComparer.Ordinal);
        foreach (var c in recurring.Where(c => monthly.RoleOf(c.Task) is null && kept.ContainsKey(c.Task.Task.TaskId)
            && steps.All(s => !(s.TaskIds ?? [s.TaskId]).Contains(c.Task.Task.TaskId))))
        {
            var (r, _) = monthly.CheapestAdd(c);
            var alone = MatchWords.AddedOnce(words.Role(r), monthly.Loads[r], c.Hours);
            var onTop = steps.Select((s, i) => (Step: s, Option: i + 1))
                .Where(x => x.Step.ExtraMonthlyCost is not null && x.Step.Role == words.Role(r).Role)
                .Select(x => (x.Step, x.Option, Load: monthly.Loads[r] + (x.Step.TaskIds ?? [x.Step.TaskId]).Sum(id => recurring.First(o => o.Task.Task.TaskId == id).Hours)))
                .Select(x => (x.Step, x.Option, x.Load, Added: MatchWords.AddedOnce(words.Role(r), x.Load, c.Hours)))
                .Where(x => x.Added < alone)
                .OrderBy(x => x.Added).ThenBy(x => x.Option)
                .FirstOrDefault();
            if (onTop.Step is not null)
            {
                var names = (onTop.Step.TaskIds ?? [onTop.Step.TaskId]).Select(id => recurring.First(o => o.Task.Task.TaskId == id).Task.Task.Name).ToList();
                result[c.Task.Task.TaskId] += words.OnTopOfStep(r, onTop.Load, c.Hours, numbered ? onTop.Option : null, names);
            }
        }

        return result;
    }

    /// <summary>True for a project that sets up where the practice's logins are kept, which comes before anyone is given one.</summary>
    internal static bool SecuresLogins(PracticeTask task) => Sops.SopLibrary.KindOf(task) == "password-manager";

    /// <summary>Phase of the <paramref name="index"/>-th delegated task in score order.</summary>
    public static int PhaseOf(int index, int startWith) =>
        index < startWith ? 1 : 2 + (index - startWith) / TasksPerLaterPhase;

    /// <summary>The score as the objective weighs it: exact, to the tenth the ranker rounds to.</summary>
    internal static decimal ScoreOf(RankedTask task) => Math.Round((decimal)task.Score, 1);

    static Solution Solve(List<Candidate> candidates, Tariff[] tariffs, decimal budget, long nodeLimit)
    {
        var search = new MatchSearch([.. candidates.Select(c => (c.Hours, c.Values, c.Eligible))], tariffs, budget, nodeLimit);
        var (choices, optimal) = search.Run(Greedy(candidates, tariffs, budget));
        var loads = new decimal[tariffs.Length];
        for (var i = 0; i < candidates.Count; i++)
        {
            if (choices[i] < tariffs.Length)
            {
                loads[choices[i]] += candidates[i].Hours;
            }
        }

        return new Solution(candidates, choices, loads, tariffs, optimal);
    }

    /// <summary>
    /// When <paramref name="kept"/> stays while lower-ranked work is handed over, lower-ranked tasks whose
    /// removal would make room for it (the lowest-ranked first), and the role it would go to, so the owner sees the
    /// trade the ranking alone hides; null when no such trade exists. Any such swap is a plan within budget, so the
    /// optimum is worth at least as much: the dropped tasks weigh at least as much as the kept one at that role, which
    /// may be less than at its best fit (credentialing with a VA rather than a billing specialist).
    /// </summary>
    static (List<Candidate> Tasks, int Role)? Dropped(Candidate kept, List<Candidate> candidates, Solution solution, decimal budget)
    {
        var rank = candidates.IndexOf(kept);
        if (kept.Task.Score <= 0)
        {
            return null;
        }

        var loads = (decimal[])solution.Loads.Clone();
        var dropped = new List<Candidate>();
        foreach (var c in Enumerable.Reverse(candidates.Skip(rank + 1).ToList()))
        {
            if (solution.RoleOf(c.Task) is not { } r)
            {
                continue;
            }

            loads[r] -= c.Hours;
            dropped.Add(c);
            if (Fits().Any())
            {
                // Put back what the room does not need, the highest-ranked first, so only the necessary trade is named.
                foreach (var d in Enumerable.Reverse(dropped.ToList()))
                {
                    var role = solution.RoleOf(d.Task)!.Value;
                    loads[role] += d.Hours;
                    if (Fits().Any())
                    {
                        dropped.Remove(d);
                    }
                    else
                    {
                        loads[role] -= d.Hours;
                    }
                }

                dropped.Reverse();
                // The kept task would go where the room is and it is worth most. Only proven by an optimal search;
                // a plan cut short by the node limit says nothing it cannot back.
                var at = Fits().MaxBy(e => kept.Values[e]);
                return dropped.Sum(d => d.Values[solution.RoleOf(d.Task)!.Value]) >= kept.Values[at] ? (dropped, at) : null;
            }
        }

        return null;

        IEnumerable<int> Fits()
        {
            var cost = Enumerable.Range(0, loads.Length).Sum(i => solution.Tariffs[i].Cost(loads[i]));
            return kept.Eligible.Where(e => cost - solution.Tariffs[e].Cost(loads[e]) + solution.Tariffs[e].Cost(loads[e] + kept.Hours) <= budget);
        }
    }

    /// <summary>
    /// The search's own plan at the smallest monthly budget, to the cent, that hands over more value than <paramref name="monthly"/>:
    /// value only grows with the budget, so a bisection between the budget (no more value, as the plan is optimal there) and the
    /// plan plus its cheapest single addition (more value) finds it. It may move or drop tasks rather than only add one. Null
    /// when nothing kept is worth adding, or when any search stopped at its node limit, as the plan then says nothing it cannot back.
    /// </summary>
    internal static Solution? NearestRaise(List<Candidate> recurring, Solution monthly, decimal budget, long nodeLimit)
    {
        if (!monthly.Optimal)
        {
            return null;
        }

        var worth = recurring.Where(c => monthly.RoleOf(c.Task) is null && c.Values[monthly.CheapestAdd(c).Role] > 0).ToList();
        if (worth.Count == 0)
        {
            return null;
        }

        var value = monthly.Value;
        var (lo, hi) = (budget, monthly.Cost + worth.Min(c => monthly.CheapestAdd(c).Cost));
        var best = Solve(recurring, monthly.Tariffs, hi, nodeLimit);
        if (!best.Optimal || best.Value <= value)
        {
            return null;
        }

        while (hi - lo > 0.01m)
        {
            var mid = Math.Round((lo + hi) / 2, 2, MidpointRounding.ToZero);
            if (mid <= lo)
            {
                mid = lo + 0.01m;
            }

            var at = Solve(recurring, monthly.Tariffs, mid, nodeLimit);
            if (!at.Optimal)
            {
                return null;
            }

            if (at.Value > value)
            {
                (hi, best) = (mid, at);
            }
            else
            {
                lo = mid;
            }
        }

        // A raise that hands back something already handed over (solo: the owner's most stressful task, to make room for a
        // longer one) scores more by the search's measure but is no upgrade an owner asked for: the kept tasks' own lines
        // already name the raise that adds each one, so none is offered here.
        return recurring.Any(c => monthly.RoleOf(c.Task) is not null && best.RoleOf(c.Task) is null) ? null : best;
    }

    /// <summary>Tasks in score order, each to the eligible role whose cost rises least, when the budget allows.</summary>
    static int[] Greedy(List<Candidate> candidates, Tariff[] tariffs, decimal budget)
    {
        var hours = new decimal[tariffs.Length];
        var total = 0m;
        var choices = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            choices[i] = tariffs.Length;
            var h = candidates[i].Hours;
            var (role, added) = candidates[i].Eligible
                .Select(r => (Role: r, Added: tariffs[r].Cost(hours[r] + h) - tariffs[r].Cost(hours[r])))
                .MinBy(x => x.Added);
            if (total + added <= budget)
            {
                hours[role] += h;
                total += added;
                choices[i] = role;
            }
        }

        return choices;
    }

    static List<SupportLine> Mix(IReadOnlyList<RoleProfile> roles, Solution monthly, Solution oneTime,
        List<(RankedTask Task, int Role)> shared, MatchTerms terms, MatchWords words, bool billsInsurance)
    {
        var lines = new List<SupportLine>();
        for (var r = 0; r < roles.Count; r++)
        {
            var role = roles[r];
            var sessions = shared.Where(s => s.Role == r).Sum(s => s.Task.Task.HoursPerWeek);
            if (sessions > 0)
            {
                lines.Add(AssociateLine(role, sessions, terms, words, billsInsurance));
                continue;
            }

            var h = monthly.Loads[r];
            var projectHours = oneTime.Loads[r];
            if (h == 0 && projectHours == 0)
            {
                continue;
            }

            var cost = role.MonthlyCost(h);
            var marginal = h > 0 ? Math.Round(cost / (h * RoleProfile.WeeksPerMonth), 2, MidpointRounding.AwayFromZero) : 0;
            lines.Add(new SupportLine(role.Role, h, role.HourlyRate, cost, marginal, projectHours, role.OneTimeCost(projectHours),
                Note: MatchWords.LineNote(role, h, projectHours)));
        }

        return lines;
    }

    /// <summary>An associate is paid a share of what their sessions bring in, so the line shows revenue, pay and what the practice keeps.</summary>
    static SupportLine AssociateLine(RoleProfile role, decimal hours, MatchTerms terms, MatchWords words, bool billsInsurance)
    {
        var revenue = Math.Round(hours * terms.SessionFee * RoleProfile.WeeksPerMonth, 2, MidpointRounding.AwayFromZero);
        var pay = Math.Round(revenue * terms.AssociatePayShare, 2, MidpointRounding.AwayFromZero);
        var perHour = Math.Round(terms.SessionFee * terms.AssociatePayShare, 2, MidpointRounding.AwayFromZero);
        return new SupportLine(role.Role, hours, perHour, pay, perHour, MonthlyRevenue: revenue, NetMonthly: revenue - pay,
            Note: words.AssociateNote(hours, terms, revenue, pay, billsInsurance));
    }

    /// <summary>
    /// Gives credentialing the new associate to the billing specialist the plan engages, else the engaged role that does it
    /// best, paid once from what the one-off budget leaves after the owner's own projects; otherwise the owner keeps it.
    /// </summary>
    /// <returns>The one-off choice with credentialing in it, who does it ("the billing specialist", or null: you), and why it is kept when it is.</returns>
    static (Solution OneTime, string? By, string? Kept) Credential(Candidate credentialing, IReadOnlyList<RoleProfile> roles, Solution monthly, Solution oneTime,
        decimal oneTimeBudget, bool hasAssociate, bool fromMonth, MatchWords words)
    {
        if (!hasAssociate)
        {
            return (oneTime, null, "Kept: the plan has no associate therapist to credential.");
        }

        var engaged = credentialing.Eligible.Where(r => monthly.Loads[r] > 0 || oneTime.Loads[r] > 0).ToList();
        int? by = engaged.Where(r => roles[r].Role == SupportRole.BillingSpecialist).Select(r => (int?)r).FirstOrDefault()
            ?? (engaged.Count > 0 ? engaged.MaxBy(r => credentialing.Fits[r]) : null);
        var left = Math.Max(0, oneTimeBudget - oneTime.Cost);
        if (by is not { } role || roles[role].OneTimeCost(AssociateCredentialing.Hours) > left)
        {
            var best = credentialing.Eligible.Length == 0 ? (int?)null : by ?? credentialing.Eligible.MaxBy(r => credentialing.Fits[r]);
            return (oneTime, null, words.CredentialingKept(best is { } b ? roles[b] : null, engaged: by is not null, left, fromMonth));
        }

        var loads = (decimal[])oneTime.Loads.Clone();
        loads[role] += AssociateCredentialing.Hours;
        var placed = oneTime with { Candidates = [.. oneTime.Candidates, credentialing], Choices = [.. oneTime.Choices, role], Loads = loads };
        return (placed, $"the {RoleTitles.Of(roles[role].Role)}", null);
    }

    /// <summary>
    /// When the phone goes to support but booking stays with you, the phone task says so, with what booking would add:
    /// otherwise "the assistant answers the phone" reads as if they book the callers too.
    /// </summary>
    static List<Assignment> BookingKeptOnThePhone(List<Assignment> assignments, List<Candidate> recurring, Solution monthly, decimal budget, MatchWords words)
    {
        var booking = recurring.FirstOrDefault(c => monthly.RoleOf(c.Task) is null && Sops.SopLibrary.KindOf(c.Task.Task) == "scheduling");
        if (booking is null)
        {
            return assignments;
        }

        var phone = recurring.Where(c => monthly.RoleOf(c.Task) is not null && Sops.SopLibrary.KindOf(c.Task.Task) == "phone")
            .Select(c => c.Task.Task.TaskId).ToHashSet(StringComparer.Ordinal);
        return [.. assignments.Select(a => phone.Contains(a.TaskId)
            ? a with { RoleReason = (a.RoleReason is { } r ? r + " " : "") + words.BookingKept(booking, monthly, a.Role, budget) }
            : a)];
    }

    static string? RoleReason(PracticeTask task, int role, Solution solution, IReadOnlyList<RoleProfile> roles,
        Func<PracticeTask, RoleProfile, decimal> fit, MatchWords words, decimal left)
    {
        var specialty = SkillFit.SpecialtyOf(task);
        if (specialty is null)
        {
            return null;
        }

        var best = Enumerable.Range(0, roles.Count).FirstOrDefault(r => roles[r].Role == specialty.Best, -1);
        if (roles[role].Role == specialty.Best)
        {
            return MatchWords.BestFit(roles[role], specialty);
        }

        if (best < 0 || fit(task, roles[best]) <= 0)
        {
            return null;
        }

        var hours = task.IsProject ? task.OneTimeHours!.Value : task.HoursPerWeek;
        // Recurring: the change in monthly spend from exact costs, rounded once, as the two rounded costs can differ by a cent.
        var extra = task.IsProject ? solution.CostOfMove(role, best, hours)
            : Math.Round(MatchWords.AddedExact(roles[best], solution.Loads[best], hours) - MatchWords.AddedExact(roles[role], solution.Loads[role] - hours, hours), 2);
        // When the chosen role's minimum keeps its cost the same without this task, the move saves nothing there: say so.
        var minimumHolds = !task.IsProject && solution.Tariffs[role].Cost(solution.Loads[role] - hours) == solution.Tariffs[role].Cost(solution.Loads[role]);
        var minimumAtBest = !task.IsProject && solution.Loads[best] == 0 && hours < roles[best].MinHoursPerWeek;
        return words.BetterFitCosts(roles[role], roles[best], specialty, extra, task.IsProject, hours, Math.Round(left, 2), minimumHolds, minimumAtBest);
    }

    static List<NextStep> NextSteps(List<Candidate> recurring, List<Candidate> projects, Solution monthly, Solution oneTime, MatchWords words)
    {
        // The cheapest way to add each kept task to the plan as it stands, and each bundle of kept tasks that one
        // unengaged role's minimum covers at once; best value for money first.
        var singles = recurring.Where(c => monthly.RoleOf(c.Task) is null).Select(c => (Candidate: c, Add: monthly.CheapestAdd(c), Project: false))
            // A project the month's leftover already pays for later is in the plan, not an extra: its reason says how to have it sooner.
            .Concat(projects.Where(c => oneTime.RoleOf(c.Task) is null && !words.Waits(c.Task.Task.TaskId)).Select(c => (Candidate: c, Add: oneTime.CheapestAdd(c), Project: true)))
            .Where(s => s.Candidate.Values[s.Add.Role] > 0)
            .ToList();
        var bundles = Bundles(recurring, monthly);
        var options = singles
            .Where(s => s.Project || !bundles.Any(b => b.Role == s.Add.Role && b.Tasks.Contains(s.Candidate)))
            .Select(s => (Value: s.Candidate.Values[s.Add.Role], s.Add.Cost, s.Project, Step: (Func<NextStep>)(() => Single(s.Candidate, s.Add, s.Project))))
            .Concat(bundles.Select(b => (Value: b.Tasks.Sum(c => c.Values[b.Role]), b.Cost, Project: false, Step: (Func<NextStep>)(() => words.Bundle(b.Tasks, b.Role, b.Cost)))))
            .OrderBy(o => o.Cost == 0 ? 0 : o.Cost / o.Value)
            .ThenBy(o => o.Cost)
            .ToList();
        // Best value first, but the cheapest recurring addition is always among them: it is the smallest raise of the budget
        // that hands more over, and the one a kept task's "nearest way" points to.
        var shown = options.Take(MaxNextSteps).ToList();
        if (options.Where(o => !o.Project && o.Cost > 0).OrderBy(o => o.Cost).FirstOrDefault() is { Step: not null } cheapest
            && !shown.Contains(cheapest) && shown.Count == MaxNextSteps)
        {
            shown[^1] = cheapest;
        }

        // Two steps that spend on the same task are alternatives, not additions: the later one says so.
        var steps = new List<NextStep>();
        foreach (var step in shown.Select(o => o.Step()))
        {
            var shared = step.TaskIds!.Where(id => steps.Any(s => s.TaskIds!.Contains(id))).ToList();
            steps.Add(shared.Count == 0 ? step
                : MatchWords.Alternative(step, [.. shared.Select(id => recurring.Concat(projects).First(c => c.Task.Task.TaskId == id).Task.Task.Name)],
                    above: steps[^1].TaskIds!.Any(shared.Contains)));
        }

        return steps;

        NextStep Single(Candidate candidate, (int Role, decimal Cost) add, bool project)
        {
            var solution = project ? oneTime : monthly;
            // When the cheapest way in is not the role that does it best, say what the better fit would add too.
            var best = candidate.Eligible.MaxBy(r => candidate.Fits[r]);
            (int Role, decimal Cost, decimal Load)? better = candidate.Fits[best] > candidate.Fits[add.Role] ? (best, solution.AddCost(candidate, best), solution.Loads[best]) : null;
            return words.NextStep(candidate, add.Role, add.Cost, project, solution.Loads[add.Role], better);
        }
    }

    /// <summary>
    /// Per role not yet engaged, bundles of two or more kept recurring tasks whose hours together fit inside its
    /// minimum engagement: priced alone each would cost the whole minimum. Each bundle is the fullest fill of
    /// the minimum from the tasks no earlier bundle holds (an exact fill when one exists), the higher-ranked tasks
    /// preferred among equal fills; no task is offered in two bundles.
    /// </summary>
    static List<(int Role, List<Candidate> Tasks, decimal Cost)> Bundles(List<Candidate> recurring, Solution monthly)
    {
        var bundles = new List<(int Role, List<Candidate> Tasks, decimal Cost)>();
        var taken = new HashSet<Candidate>();
        for (var r = 0; r < monthly.Tariffs.Length; r++)
        {
            var tariff = monthly.Tariffs[r];
            if (monthly.Loads[r] > 0 || tariff.MinHours <= 0)
            {
                continue;
            }

            while (true)
            {
                var role = r;
                // The highest-ranked few bound the search: bundles are offered from the top of the list anyway.
                var pool = recurring
                    // One role per task: a task another role does better (claims, for a billing specialist) is offered with that
                    // role alone, as its kept reason prices it, never bundled here just to fill this role's minimum.
                    .Where(c => monthly.RoleOf(c.Task) is null && !taken.Contains(c) && c.Fits[role] > 0 && c.Values[role] > 0 && c.Hours < tariff.MinHours
                        && c.Eligible.All(e => c.Fits[e] <= c.Fits[role]))
                    .Take(MaxBundlePool)
                    .ToList();
                var tasks = FullestFill(pool, tariff.MinHours);
                if (tasks.Count < 2)
                {
                    break;
                }

                taken.UnionWith(tasks);
                bundles.Add((r, tasks, tariff.Cost(tasks.Sum(c => c.Hours))));
            }
        }

        return bundles;
    }

    /// <summary>Kept tasks a bundle search looks at per role: 2^12 subsets at most, well inside the planning benchmark.</summary>
    const int MaxBundlePool = 12;

    /// <summary>
    /// The subset of <paramref name="pool"/> (in rank order) with the most hours not above <paramref name="limit"/>.
    /// The search tries each task in before out, so among equal fills the first found holds the higher-ranked tasks.
    /// </summary>
    static List<Candidate> FullestFill(List<Candidate> pool, decimal limit)
    {
        var best = new List<Candidate>();
        var bestHours = 0m;
        var current = new List<Candidate>();
        var remaining = new decimal[pool.Count + 1];
        for (var i = pool.Count - 1; i >= 0; i--)
        {
            remaining[i] = remaining[i + 1] + pool[i].Hours;
        }

        Visit(0, 0m);
        return best;

        void Visit(int i, decimal hours)
        {
            if (hours > bestHours)
            {
                (best, bestHours) = ([.. current], hours);
            }

            // Stop at an exact fill, and on any branch that cannot beat the fill in hand.
            if (i == pool.Count || bestHours == limit || hours + remaining[i] <= bestHours)
            {
                return;
            }

            if (hours + pool[i].Hours <= limit)
            {
                current.Add(pool[i]);
                Visit(i + 1, hours + pool[i].Hours);
                current.RemoveAt(current.Count - 1);
            }

            Visit(i + 1, hours);
        }
    }
}

/// <summary>What the matcher needs beyond tasks, roles and the monthly budget.</summary>
/// <param name="OneTimeBudget">What one-off projects may cost in all; when null, what the first month's budget leaves after recurring support.</param>
/// <param name="Currency">ISO 4217 code the sentences write amounts in.</param>
/// <param name="SessionFee">The practice's fee for one session, for what an associate's sessions bring in.</param>
/// <param name="AssociatePayShare">The share of their session revenue an associate therapist is paid.</param>
/// <param name="Fit">How well each role does each task (0 = may not take it); <see cref="SkillFit.Of"/> when null.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the practice, for the agreements an associate needs.</param>
/// <param name="Start">The plan's date in the practice's time zone, the day phase 1 can begin. No sentence is dated from it now: credentialing counts from the day the associate accepts, which no plan knows.</param>
/// <param name="CheckInsPerPhase">The rollout's rule: check-ins in a row on track and ready for more that start the next phase.</param>
public sealed record MatchTerms(
    decimal? OneTimeBudget = null,
    string Currency = "USD",
    decimal SessionFee = 0,
    decimal AssociatePayShare = Intake.Preferences.DefaultAssociatePayShare,
    Func<PracticeTask, RoleProfile, decimal>? Fit = null,
    string Country = "US",
    int CheckInsPerPhase = 2,
    DateOnly? Start = null);

/// <summary>A task the budget search weighs: its hours (weekly, or once for a project) and its value at each role.</summary>
internal sealed record Candidate(RankedTask Task, decimal Hours, decimal[] Values, int[] Eligible, decimal[] Fits);

/// <summary>One budget's chosen roles and the loads they leave.</summary>
internal sealed record Solution(List<Candidate> Candidates, int[] Choices, decimal[] Loads, Tariff[] Tariffs, bool Optimal)
{
    /// <summary>What the chosen roles cost in all.</summary>
    public decimal Cost => Enumerable.Range(0, Tariffs.Length).Sum(r => Tariffs[r].Cost(Loads[r]));

    /// <summary>What the search weighs the choice at: Σ score × hours × fit of the tasks handed over.</summary>
    public decimal Value => Enumerable.Range(0, Candidates.Count).Where(i => Choices[i] < Tariffs.Length).Sum(i => Candidates[i].Values[Choices[i]]);

    /// <summary>The role index <paramref name="task"/> went to in this budget, or null.</summary>
    public int? RoleOf(RankedTask task)
    {
        var i = Candidates.FindIndex(c => ReferenceEquals(c.Task, task));
        return i >= 0 && Choices[i] < Tariffs.Length ? Choices[i] : null;
    }

    /// <summary>The eligible role whose cost rises least by taking <paramref name="candidate"/> on top of today's loads, and by how much.</summary>
    public (int Role, decimal Cost) CheapestAdd(Candidate candidate) =>
        candidate.Eligible
            .Select(r => (Role: r, Cost: Tariffs[r].Cost(Loads[r] + candidate.Hours) - Tariffs[r].Cost(Loads[r])))
            .OrderBy(x => x.Cost).ThenByDescending(x => candidate.Fits[x.Role])
            .First();

    /// <summary>What role <paramref name="role"/> taking <paramref name="candidate"/> on top of today's loads would add.</summary>
    public decimal AddCost(Candidate candidate, int role) =>
        Tariffs[role].Cost(Loads[role] + candidate.Hours) - Tariffs[role].Cost(Loads[role]);

    /// <summary>What moving <paramref name="hours"/> from role <paramref name="from"/> to role <paramref name="to"/> would add to the cost.</summary>
    public decimal CostOfMove(int from, int to, decimal hours) =>
        Tariffs[to].Cost(Loads[to] + hours) - Tariffs[to].Cost(Loads[to])
        + Tariffs[from].Cost(Loads[from] - hours) - Tariffs[from].Cost(Loads[from]);
}
