using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Delegation.Core.Intake;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Scriban;
using Scriban.Runtime;

namespace Delegation.Core.Sops;

/// <summary>The parts of an SOP that depend on the kind of task, as a library file defines them.</summary>
internal sealed record SopContent(
    string Kind,
    string Title,
    string Goal,
    string Trigger,
    string Frequency,
    IReadOnlyList<string> Steps,
    string? ReferenceTitle,
    string? Reference,
    IReadOnlyList<string> Slas,
    IReadOnlyList<string> Done,
    IReadOnlyList<string> Kpis,
    IReadOnlyList<string> Tools,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<string> Deliverables,
    IReadOnlyList<string> Kickoff,
    IReadOnlyList<string> Systems,
    string Cadence);

/// <summary>What an SOP knows of the plan it is in: the kinds handed over, the kinds kept, and the practice's systems.</summary>
/// <param name="Delegated">Kinds of the tasks the plan hands over.</param>
/// <param name="Kept">Kinds of the tasks the plan leaves with the therapist.</param>
/// <param name="Systems">The systems the intake named; null for none.</param>
/// <param name="PracticeName">The practice's name, for the scripts a delegate reads aloud; null outside a plan.</param>
/// <param name="SessionFee">One session's fee as written with its currency ("$150.00"); null when the intake gave none.</param>
/// <param name="Accounting">The accounting software the therapist named (in the systems or a task's name); null for none.</param>
/// <param name="Holders">The role this plan gives each delegated kind, so a hand-off names who takes the work; null when not known.</param>
/// <param name="KeptNames">The names of the tasks the plan keeps, so a kept task of a delegated kind ("Contractor invoices" beside
/// a delegated "Payroll") is still the therapist's; null for none.</param>
/// <param name="Phases">The phase each delegated kind starts in; null when not known.</param>
/// <param name="Phase">The phase this SOP's task is handed over in; null when not known.</param>
/// <param name="BillsInsurance">The plan's tasks bill insurers, so a fee quoted to a caller says insured clients pay their plan's share.</param>
/// <param name="WeeklyHours">The hours a week the plan pays for this recurring task; null for a one-off project or outside a plan.</param>
/// <param name="Rhythm">How often the task's own name says it comes round (<see cref="TaskRhythm.Of"/>); null outside a plan.</param>
/// <param name="SubjectSystems">For a one-off project, the systems of the kind it is about (a video platform set-up: the telehealth platform); null otherwise.</param>
internal sealed record SopScope(IReadOnlySet<string> Delegated, IReadOnlySet<string> Kept, PracticeSystems? Systems, string? PracticeName = null,
    string? SessionFee = null, string? Accounting = null, IReadOnlyDictionary<string, SupportRole>? Holders = null, IReadOnlyList<string>? KeptNames = null,
    IReadOnlyDictionary<string, int>? Phases = null, int? Phase = null, bool BillsInsurance = false, decimal? WeeklyHours = null, string? Rhythm = null,
    IReadOnlyList<string>? SubjectSystems = null)
{
    /// <summary>No plan: every hand-on step goes to the therapist and systems read as examples.</summary>
    public static readonly SopScope None = new(new HashSet<string>(), new HashSet<string>(), null);
}

/// <summary>
/// The SOP library: one Scriban file per kind of task under <c>Sops/Templates/kinds/</c>, each setting
/// its title, the categories and words it is recognised by, and the content of the SOP.
/// A task gets the kind that best matches its name (see <see cref="KindOf"/>), else <c>starter.sbn</c>:
/// an SOP that says it is a starter and lists what to settle at kickoff, so no task is handed
/// another task's procedure.
/// </summary>
internal static class SopLibrary
{
    const string ResourcePrefix = "Delegation.Core.Sops.kinds.";

    // What the hire asks for where the intake named no system: one list, at kickoff, rather than a note in every step.
    static string KickoffItem(string system) => $"The name of the practice's {system}, and your own login to it with the access listed above.";

    /// <summary>
    /// The weekly hours from which a task the owner does every week is a weekly block in its SOP, whatever its kind's own
    /// calendar: 3 h a week paid for "a monthly look" would pay for hours the SOP never uses.
    /// </summary>
    public const decimal WeeklyBlockHours = 1m;

    /// <summary>The kind of a task no library file recognises.</summary>
    public const string Starter = "starter";

    /// <summary>The kind of a one-off project whose matched kind describes ongoing work only.</summary>
    public const string Project = "project";

    // What product "…" asks for when the intake left that system blank.
    static readonly FrozenDictionary<string, string> Unnamed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["billing"] = "clearinghouse",
        ["email"] = "mailbox provider",
        ["phone"] = "phone or VoIP system",
        ["website"] = "website platform",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>How strongly a word points at a kind: a word that names the task beats a word that only hints at its area.</summary>
    enum Tier { Hint = 1, Name = 2 }

    sealed record Keyword(string Text, Regex Pattern, Tier Tier, bool AnyCategory);

    sealed record KindFile(string Key, Template Template, IReadOnlyList<string> Categories, IReadOnlyList<Keyword> Keywords, bool Fallback, bool Projects, bool ClientDetails);

    static readonly Lazy<FrozenDictionary<string, KindFile>> Kinds = new(Load);

    // Keyed by the country's wording, not the practice: a few dozen entries at most, whatever the traffic.
    static readonly ConcurrentDictionary<(string Kind, string Role, bool ClientInfo, Jurisdiction Jurisdiction, string? Subject), SopContent> Rendered = new();

    /// <summary>Every kind the library knows, by key (the file name without <c>.sbn</c>).</summary>
    public static IReadOnlyCollection<string> Keys => Kinds.Value.Keys;

    /// <summary>
    /// The kind of <paramref name="task"/>. A kind's <c>keywords</c> name the task ("superbill", "voicemail")
    /// and its <c>hints</c> only point at its area ("insurance", "calls"); both count only in the kind's
    /// categories, except the <c>anywhere</c> keywords, which are safe in any non-clinical category (a
    /// "Superbills" task filed as admin is still a superbill). A named match beats a hint, a longer word
    /// beats a shorter one ("reminder calls" is reminders, not the phone), and on a tie the word that comes
    /// first in the name wins ("Phones and email" is the phone).
    /// </summary>
    public static string KindOf(PracticeTask task)
    {
        var best = BestMatch(task);
        // Most kinds describe ongoing work ("the monthly maintenance window"); a one-off project gets them
        // only when the file says it covers projects (projects = true), else the project plan.
        if (task.IsProject && (best is null || !Kinds.Value[best].Projects))
        {
            return Project;
        }

        return best ?? Starter;
    }

    /// <summary>
    /// What <paramref name="task"/> is about, as <see cref="KindOf"/> recognises it but before a one-off project is
    /// given the project plan: "Move the website to a new host" is about the website. Hiring kits ask about this.
    /// </summary>
    public static string SubjectOf(PracticeTask task) => BestMatch(task) ?? Starter;

    static string? BestMatch(PracticeTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var category = CategoryName(task.Category);
        var clinical = task.Category == TaskCategory.Clinical;
        return Kinds.Value.Values
            .Where(k => !k.Fallback)
            .SelectMany(k => k.Keywords
                .Where(w => k.Categories.Contains(category) || (w.AnyCategory && !clinical))
                .Select(w => (k.Key, w, Match: w.Pattern.Match(task.Name))))
            .Where(m => m.Match.Success)
            .OrderByDescending(m => m.w.Tier).ThenByDescending(m => m.w.Text.Length).ThenBy(m => m.Match.Index)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => m.Key)
            .FirstOrDefault();
    }

    /// <summary>The SOP content for <paramref name="task"/> done by <paramref name="role"/> in a practice under <paramref name="jurisdiction"/>.</summary>
    public static SopContent For(PracticeTask task, SupportRole role, Jurisdiction jurisdiction) =>
        For(task, role, jurisdiction, scope: null);

    /// <summary>
    /// The SOP content for <paramref name="task"/> inside one plan: a step that hands work on names the other SOP only
    /// when the plan hands that kind over, leaves it with the therapist when the plan keeps it, and names the
    /// practice's own systems where the intake gave them.
    /// </summary>
    public static SopContent For(PracticeTask task, SupportRole role, Jurisdiction jurisdiction, SopScope? scope)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(jurisdiction);
        var kind = KindOf(task);
        // A one-off project works in the systems of what it is about: setting up a video platform puts sessions on that platform.
        var subject = kind == Project && SubjectOf(task) is var about && about != Starter ? about : null;
        var key = (kind, RoleTitles.Of(role), task.InvolvesClientInfo || TouchesClientInfo(kind), jurisdiction, subject);
        // Only plan-free content is cached: a plan's kinds and systems would make the cache grow with every plan.
        return scope is null ? Rendered.GetOrAdd(key, k => Evaluate(k, SopScope.None)) : Evaluate(key, scope);
    }

    /// <summary>The systems (<see cref="SystemCatalogue"/> keys) the SOP for <paramref name="task"/> works in, inside a plan that
    /// hands over <paramref name="delegated"/> kinds in a practice running <paramref name="systems"/>.</summary>
    public static IReadOnlyList<string> SystemsOf(PracticeTask task, SupportRole role, Jurisdiction jurisdiction, IReadOnlySet<string> delegated, PracticeSystems? systems) =>
        For(task, role, jurisdiction, new SopScope(delegated, new HashSet<string>(StringComparer.Ordinal), systems)).Systems;

    /// <summary>
    /// Whether every task of <paramref name="kind"/> handles client details whatever the intake said (a file sets
    /// <c>client_details = true</c>): a booking carries a client's name and time, a claim their insurance.
    /// </summary>
    public static bool TouchesClientInfo(string kind) => Kinds.Value.TryGetValue(kind, out var file) && file.ClientDetails;

    static bool WeeklyBlock(SopScope scope) =>
        scope.WeeklyHours >= WeeklyBlockHours && scope.Rhythm is "each week" or "each day";

    static SopContent Evaluate((string Kind, string Role, bool ClientInfo, Jurisdiction Jurisdiction, string? Subject) key, SopScope scope)
    {
        var file = Kinds.Value[key.Kind];
        if (key.Subject is { } subject)
        {
            // Only the new systems: a set-up project needs no login to the records the practice already runs on.
            scope = scope with { SubjectSystems = [.. Evaluate((subject, key.Role, key.ClientInfo, key.Jurisdiction, null), scope).Systems.Where(k => !SystemCatalogue.Of(k).InUse(scope.Systems))] };
        }

        var globals = Run(file.Template, key.Role, key.ClientInfo, key.Jurisdiction, scope);
        var systems = List(globals, "systems", file.Key, required: false).Concat(scope.SubjectSystems ?? [])
            .Distinct(StringComparer.Ordinal).Select(SystemCatalogue.Of).ToList();
        var tools = List(globals, "tools", file.Key, required: true);
        // The plan email tells the owner the SOPs keep client information off each outside system until its provider has
        // signed: every SOP says so for each system it works in, in its own words (agreements = [...]) or in this line.
        // project.sbn's "Agreement" step states the agreement for every system of its subject (project_systems).
        var stated = List(globals, "agreements", file.Key, required: false).Concat(scope.SubjectSystems ?? []).ToList();
        var unsigned = systems.Where(x => x.Holds is not null && !x.InUse(scope.Systems) && !stated.Contains(x.Key)).ToList();
        if (unsigned.Count > 0)
        {
            var one = unsigned.Count == 1;
            tools.Add($"Before client information goes through {Lists.And(unsigned.Select(x => x.Label(scope.Systems)))}, the therapist confirms {(one ? "its provider has" : "each provider has")} signed "
                + $"{key.Jurisdiction.Agreement} with the practice (not every plan includes one); until then, keep client information off {(one ? "it" : "them")}.");
        }

        // A system the intake named (Xero) is where the practice already does this work: its provider's agreement is checked, not
        // waited for, since every step of the SOP runs in it. The EHR is left out: every SOP works in it, and the kit says so.
        foreach (var own in systems.Where(x => x.Holds is not null && !x.Existing && x.InUse(scope.Systems) && !stated.Contains(x.Key)))
        {
            tools.Add($"The practice already runs this work in {own.Label(scope.Systems)}: before you get a login, the therapist checks that its provider's {key.Jurisdiction.AgreementShort} with the practice is in place (most include it in their terms).");
        }

        return new SopContent(
            key.Kind,
            Text(globals, "title", file.Key),
            Text(globals, "goal", file.Key),
            Text(globals, "trigger", file.Key),
            Text(globals, "frequency", file.Key),
            List(globals, "steps", file.Key, required: true),
            OptionalText(globals, "reference_title"),
            OptionalText(globals, "reference"),
            List(globals, "slas", file.Key, required: true),
            List(globals, "done", file.Key, required: true),
            List(globals, "kpis", file.Key, required: true),
            tools,
            List(globals, "cautions", file.Key, required: false),
            List(globals, "deliverables", file.Key, required: false),
            List(globals, "bring_to_kickoff", file.Key, required: false),
            // The systems the file declares it works in: the kit's access list and the email's agreements read these.
            [.. systems.Select(x => x.Key)],
            // How often the SOP's work comes round at its slowest regular rhythm ("monthly"): every file says, so the plan's
            // paid hours can be checked against it.
            Text(globals, "cadence", file.Key));
    }

    /// <summary>Runs a library file; its assignments land in the returned object. The file sees only
    /// trusted values (the role's title, whether client information is involved, the country's wording
    /// and phone numbers from <see cref="Jurisdiction"/>) and the practice's system names escaped for Markdown.</summary>
    static ScriptObject Run(Template template, string role, bool clientInfo, Jurisdiction jurisdiction, SopScope? scope = null)
    {
        scope ??= SopScope.None;
        var systems = scope.Systems ?? new PracticeSystems();
        // The practice's own EHR when the intake named it; else the systems a practice in that country most likely runs.
        var us = jurisdiction.Kind == JurisdictionKind.Hipaa;
        var words = BusinessWords.Of(jurisdiction.Country);
        // A system the intake did not name is left for the kickoff, not guessed from a menu of brands the hire cannot use.
        var ehr = (us, systems.Ehr) switch
        {
            (true, { } own) => $"EHR ({MarkdownText.Escape(own)})",
            (false, { } own) => $"practice-management system ({MarkdownText.Escape(own)})",
            (true, null) => "EHR",
            _ => "practice-management system",
        };
        // Filled as the file runs: each system the SOP needs and the intake did not name, and what else the therapist provides.
        var kickoff = new List<string>();
        var named = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["billing"] = systems.Billing,
            ["email"] = systems.Email,
            ["phone"] = systems.Phone,
            ["website"] = systems.Website,
        };
        var globals = new ScriptObject
        {
            ["role"] = role,
            ["client_info"] = clientInfo,
            ["us"] = us,
            ["gdpr"] = jurisdiction.Kind is JurisdictionKind.UkGdpr or JurisdictionKind.EuGdpr,
            ["privacy_law"] = jurisdiction.PrivacyLaw,
            ["agreement_short"] = jurisdiction.AgreementShort,
            ["agreement"] = jurisdiction.Agreement,
            ["emergency"] = jurisdiction.EmergencyNumber,
            ["crisis_line"] = jurisdiction.CrisisLine,
            // Everyday words by country: a London SOP says "working day" and "saved card", never "client share".
            ["business_day"] = words.BusinessDay,
            ["business_days"] = words.BusinessDays,
            ["card_on_file"] = words.CardOnFile,
            ["client_owes"] = words.ClientOwes,
            ["collections"] = words.Collections,
            ["ageing"] = Spelling.Ageing(jurisdiction.Country),
            // The billing system the intake named, escaped; null when it named none (the file then gives examples).
            ["billing_system"] = systems.Billing is { } billing ? MarkdownText.Escape(billing) : null,
            // The named billing system's smallest role that does the invoicing steps ("the Standard user role…"); null when we name none.
            ["invoicing_role"] = AccountingSoftware.InvoicingRole(systems.Billing),
            // "SimplePractice" when that EHR sends the claims itself (US only), so no step asks for a clearinghouse; else null.
            ["ehr_claims"] = us && EhrClaims.BuiltInTo(scope.Systems) is { } claimsEhr ? MarkdownText.Escape(claimsEhr) : null,
            // Scripts name the practice as the caller will hear it; outside a plan (no name) they say "the practice".
            ["practice_name"] = scope.PracticeName is { Length: > 0 } practiceName ? MarkdownText.Escape(practiceName) : "the practice",
            ["ehr"] = ehr,
            // Where client details go when handed to the therapist, since email, text and chat are ruled out.
            ["secure_messaging"] = SecureMessaging.Of(scope.Systems, jurisdiction),
            // "$150.00": the fee callers and invoices quote, from the intake; null when it gave none.
            ["session_fee"] = scope.SessionFee,
            ["bills_insurance"] = scope.BillsInsurance,
            // weekly_block: the plan pays for an hour or more of this task every week, so a kind whose calendar is monthly
            // (renewals, directory profiles) runs as a weekly block instead and says the hours; weekly_note says them.
            ["weekly_block"] = WeeklyBlock(scope),
            // A project about a system that will hold client information (a video platform): its name, so the project's plan
            // has the provider's agreement signed before any client information goes through it; empty otherwise.
            ["project_systems"] = new ScriptArray((scope.SubjectSystems ?? []).Select(SystemCatalogue.Of)
                .Where(x => x.Holds is not null && !x.InUse(scope.Systems)).Select(x => x.Label(scope.Systems))),
            ["weekly_note"] = WeeklyBlock(scope)
                ? $"This plan pays for about {Hours.Format(scope.WeeklyHours!.Value)} h a week of it, the time the therapist spends on it today: if the work takes less, say so at a check-in, so the therapist can lower the hours paid rather than fill them."
                : "",
            // The accounting software the therapist named ("QuickBooks"), escaped; null when none was named.
            ["accounting"] = scope.Accounting is { } books ? MarkdownText.Escape(books) : null,
            // Who publishes a directory profile: the kit's access line states the same rule.
            // Who may be the associate: the plan and the hiring kit state the same sentence.
            ["associate_rule"] = AssociateLicensing.Rule(jurisdiction),
            ["associate_limits"] = AssociateLicensing.Limits(jurisdiction),
            ["directory_rule"] = DirectoryProfiles.Rule(role, jurisdiction),
        };
        // handoff "kind" "when that SOP exists in this plan" "when it does not": no step sends the
        // reader to an SOP the plan never wrote.
        globals.Import("handoff", new Func<string, string, string, string>((kind, delegated, other) => scope.Delegated.Contains(kind) ? delegated : other));
        globals.Import("delegated", new Func<string, bool>(scope.Delegated.Contains));
        // holder "claims": who this plan gives that kind of work ("the billing specialist"), or "the therapist" when
        // no role takes it; mine "claims": the reader takes it too, so a hand-off would be to themselves.
        globals.Import("holder", new Func<string, string>(kind =>
            scope.Holders is not null && scope.Holders.TryGetValue(kind, out var holder) && scope.Delegated.Contains(kind) ? "the " + RoleTitles.Of(holder) : "the therapist"));
        globals.Import("mine", new Func<string, bool>(kind =>
            scope.Holders is not null && scope.Holders.TryGetValue(kind, out var holder) && RoleTitles.Of(holder) == role));
        // kept "kind": the plan lists work of that kind and leaves it with the therapist, so a step that would
        // quietly do it ("post each remittance") hands it back instead.
        globals.Import("kept", new Func<string, bool>(kind => scope.Kept.Contains(kind) && !scope.Delegated.Contains(kind)));
        // later "consultations": the plan hands that kind over in a later phase than this SOP's task, so until then a
        // step that would pass work to its SOP passes it to the therapist.
        globals.Import("later", new Func<string, bool>(kind =>
            scope.Phase is { } here && scope.Phases is not null && scope.Phases.TryGetValue(kind, out var starts) && starts > here));
        // kept_work "contractor invoice|vendor invoice": the plan keeps a task whose name says that part of the work, though
        // its kind is handed over (the payroll SOP's kind also takes "Contractor invoices"), so the step leaves that part out.
        globals.Import("kept_work", new Func<string, bool>(words => KeptWork.Any(scope.KeptNames, words)));
        // The word lists the hiring kit reads too, so a kept part gets no access there either.
        globals["invoice_words"] = KeptWork.Invoices;
        globals["ce_words"] = KeptWork.Ce;
        // product "phone": the practice's own system in brackets when the intake named it, else a note that the therapist names it at kickoff.
        globals.Import("product", new Func<string, string>(system =>
        {
            if (named.TryGetValue(system, out var name) && name is not null)
            {
                return $" ({MarkdownText.Escape(name)})";
            }

            kickoff.Add(KickoffItem(Unnamed[system]));
            return "";
        }));
        // ask_for "payroll system": a system the intake has no field for; the hire asks for it at kickoff.
        globals.Import("ask_for", new Func<string, string>(system =>
        {
            kickoff.Add(KickoffItem(system));
            return "";
        }));
        // bring "…": something else the therapist provides (the fee list, the retention list), with where it lives.
        globals.Import("bring", new Func<string, string>(item =>
        {
            kickoff.Add(item);
            return "";
        }));
        // ehr_tool: the practice's EHR to start a tool line, named when the intake named it, else asked for at kickoff.
        globals.Import("ehr_tool", new Func<string>(() =>
        {
            if (systems.Ehr is not null)
            {
                return char.ToUpperInvariant(ehr[0]) + ehr[1..];
            }

            kickoff.Add(KickoffItem(ehr));
            return $"The practice's {ehr}";
        }));
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        template.Render(context);
        globals["bring_to_kickoff"] = new ScriptArray(kickoff.Distinct(StringComparer.Ordinal));
        return globals;
    }

    static FrozenDictionary<string, KindFile> Load()
    {
        var assembly = typeof(SopLibrary).Assembly;
        var kinds = new Dictionary<string, KindFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var key = resource[ResourcePrefix.Length..^".sbn".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var template = Template.Parse(reader.ReadToEnd(), key + ".sbn");
            if (template.HasErrors)
            {
                throw new InvalidOperationException($"SOP library file {key}.sbn does not parse: {string.Join("; ", template.Messages)}");
            }

            var meta = Run(template, "virtual assistant", clientInfo: false, Jurisdiction.Of("US"));
            var anywhere = List(meta, "anywhere", key, required: false);
            var keywords = List(meta, "keywords", key, required: false).Concat(anywhere).Select(k => Word(k, Tier.Name, anywhere.Contains(k)))
                .Concat(List(meta, "hints", key, required: false).Select(k => Word(k, Tier.Hint, false)))
                .ToList();
            var fallback = meta.TryGetValue("fallback", out var f) && f is true;
            if (!fallback && keywords.Count == 0)
            {
                throw new InvalidOperationException($"SOP library file {key}.sbn needs keywords or 'fallback = true'.");
            }

            // A system key the catalogue does not know is a defect in the file: fail when the library loads, not in a plan.
            foreach (var system in List(meta, "systems", key, required: false))
            {
                SystemCatalogue.Of(system);
            }

            var projects = meta.TryGetValue("projects", out var p) && p is true;
            var clientDetails = meta.TryGetValue("client_details", out var d) && d is true;
            kinds.Add(key, new KindFile(key, template, List(meta, "categories", key, required: false), keywords, fallback, projects, clientDetails));
        }

        return kinds.TryGetValue(Starter, out var starter) && starter.Fallback && kinds.TryGetValue(Project, out var project) && project.Fallback
            ? kinds.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException("The SOP library has no starter.sbn fallback.");
    }

    // A keyword starts a word ("claim" finds "Claims", not "reclaim"); it may be a stem ("schedul").
    static Keyword Word(string text, Tier tier, bool anyCategory) =>
        new(text, new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(text), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), tier, anyCategory);

    static string CategoryName(TaskCategory category) => category.ToString().ToLowerInvariant();

    static string Text(ScriptObject globals, string name, string file) =>
        OptionalText(globals, name) ?? throw new InvalidOperationException($"SOP library file {file}.sbn must set '{name}'.");

    static string? OptionalText(ScriptObject globals, string name) =>
        globals.TryGetValue(name, out var v) && v is string s && s.Length > 0 ? s : null;

    static List<string> List(ScriptObject globals, string name, string file, bool required)
    {
        var items = globals.TryGetValue(name, out var v) && v is ScriptArray a
            ? a.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").Where(x => x.Length > 0).ToList()
            : [];
        return required && items.Count == 0
            ? throw new InvalidOperationException($"SOP library file {file}.sbn must set a non-empty '{name}' list.")
            : items;
    }
}
