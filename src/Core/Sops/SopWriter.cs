using System.Globalization;
using System.Net;
using Delegation.Core.Locale;
using Delegation.Core.Planning;
using Delegation.Core.Templates;
using Markdig;

namespace Delegation.Core.Sops;

/// <summary>Writes a standard operating procedure for a delegated task from the template library.</summary>
public static class SopWriter
{
    // CommonMark plus pipe tables (the denial-reason table); the other advanced extensions (heading ids,
    // task lists…) changed nothing in SOPs and showed in the pipeline benchmark's profile.
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml() // user text never becomes markup, even if escaping were missed
        .Build();

    /// <summary>The KPIs the SOP for <paramref name="task"/> asks to review at check-ins. They do not depend on
    /// the practice's country (a test holds every kind to that), so check-ins need no practice to list them.</summary>
    public static IReadOnlyList<string> KpisOf(Intake.PracticeTask task, SupportRole role) => SopLibrary.For(task, role, Jurisdiction.Of("US")).Kpis;

    /// <summary>Whether <paramref name="task"/> involves client information: as the intake said, or because its kind
    /// always does (scheduling, claims, intake paperwork…), whatever the intake said.</summary>
    /// <param name="task">The task.</param>
    public static bool InvolvesClientInfo(Intake.PracticeTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.InvolvesClientInfo || SopLibrary.TouchesClientInfo(SopLibrary.KindOf(task));
    }

    /// <summary>The role each delegated kind goes to in a plan: the first task of a kind decides, as the plan lists them.</summary>
    /// <param name="assignments">Each delegated task with its role.</param>
    public static IReadOnlyDictionary<string, SupportRole> RolesByKind(IEnumerable<(Intake.PracticeTask Task, SupportRole Role)> assignments) =>
        assignments.GroupBy(a => SopLibrary.KindOf(a.Task), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Role, StringComparer.Ordinal);

    /// <summary>The phase each delegated kind starts in: the earliest phase of a task of that kind.</summary>
    /// <param name="assignments">Each delegated task with its phase.</param>
    public static IReadOnlyDictionary<string, int> PhasesByKind(IEnumerable<(Intake.PracticeTask Task, int Phase)> assignments) =>
        assignments.GroupBy(a => SopLibrary.KindOf(a.Task), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(a => a.Phase), StringComparer.Ordinal);

    /// <summary>The library kind <paramref name="task"/> is recognised as (for example <c>scheduling</c>, or <c>starter</c> when none fits).</summary>
    public static string KindOf(Intake.PracticeTask task) => SopLibrary.KindOf(task);

    /// <summary>Renders the SOP for <paramref name="task"/>, done by <paramref name="role"/>, in the wording of the practice's country.</summary>
    /// <param name="practice">The practice, for its name and country.</param>
    /// <param name="task">The task the SOP is for.</param>
    /// <param name="role">Who does it.</param>
    /// <param name="version">The SOP's version number.</param>
    /// <param name="delegatedKinds">The kinds of every task the plan hands over, so a hand-on step names only SOPs that exist.</param>
    /// <param name="keptKinds">The kinds of the tasks the plan keeps with the therapist, so no step quietly takes one over.</param>
    /// <param name="currency">ISO 4217 code of the session fee; null for the country's currency.</param>
    /// <param name="planTasks">Every task of the intake, so a tool the therapist named in another task's name ("Bookkeeping in
    /// QuickBooks") is named here too; null for this task alone.</param>
    /// <param name="kindRoles">The role the plan gives each delegated kind, so a hand-off names the role that takes the work
    /// ("the billing specialist") rather than "whoever runs" its SOP; null reads every hand-off as to the therapist.</param>
    /// <param name="keptTasks">The tasks the plan keeps, so a step does not take on a kept task whose kind is handed over
    /// ("Contractor invoices" kept, "Payroll" delegated); null for none.</param>
    /// <param name="kindPhases">The phase each delegated kind starts in, so a hand-on to an SOP that starts later says so; null for none.</param>
    /// <param name="phase">The phase this task is handed over in; null when not known.</param>
    public static Sop Write(Intake.Practice practice, Intake.PracticeTask task, SupportRole role, int version,
        IReadOnlySet<string>? delegatedKinds = null, IReadOnlySet<string>? keptKinds = null, string? currency = null,
        IReadOnlyList<Intake.PracticeTask>? planTasks = null, IReadOnlyDictionary<string, SupportRole>? kindRoles = null,
        IReadOnlyList<Intake.PracticeTask>? keptTasks = null, IReadOnlyDictionary<string, int>? kindPhases = null, int? phase = null)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(task);

        var jurisdiction = Jurisdiction.Of(practice.Country);
        // The fee the intake gave is the answer a caller or an invoice needs on day one; the hire does not ask for it.
        var fee = practice.SessionFee > 0 ? Email.Money.Format(practice.SessionFee, currency ?? Countries.CurrencyOf(jurisdiction.Country)) : null;
        var scope = new SopScope(delegatedKinds ?? new HashSet<string>(), keptKinds ?? new HashSet<string>(), practice.Systems, practice.Name,
            fee, AccountingSoftware.Named(practice.Systems, planTasks ?? [task]), kindRoles,
            keptTasks?.Select(t => t.Name).ToList(), kindPhases, phase, InsuranceWork.In(planTasks ?? [task]),
            task.OneTimeHours is null ? task.HoursPerWeek : null, TaskRhythm.Of(task.Name));
        var content = SopLibrary.For(task, role, jurisdiction, scope);
        var inherent = SopLibrary.TouchesClientInfo(content.Kind);
        // A plan with an associate has two therapists: the owner is named as the owner, and "the therapist" is said to mean them.
        var group = role == SupportRole.AssociateTherapist || kindRoles?.Values.Contains(SupportRole.AssociateTherapist) == true;
        // What this task leaves with the owner, and the hours that leaves them: the plan's "time given back" counts the same.
        var planKinds = delegatedKinds ?? new HashSet<string>();
        var ownerParts = OwnerShare.Parts(task, planKinds);
        var ownerKeeps = ownerParts.Count == 0 ? null
            : $"{MarkdownText.Escape(practice.OwnerName)} keeps {Lists.And(ownerParts.Select(p => p.Replace("your own", "their own", StringComparison.Ordinal)).ToList())}. "
                + $"The plan counts each part {(group ? "the practice owner" : "the therapist")} keeps as a quarter of the task's hours, so handing it over gives {MarkdownText.Escape(practice.OwnerName)} about "
                + $"{Hours.Format(OwnerShare.HoursBack(task, planKinds))} h a week back, not {Hours.Format(task.HoursPerWeek)}.";
        // The hire's kit has them sign the country's agreement before the kickoff when any task the plan gives their role touches
        // client information: this task's SOP cannot then tell them it was "not set up with" one.
        var kept = (keptTasks ?? []).Select(t => t.TaskId).ToHashSet(StringComparer.Ordinal);
        var roleSigns = role != SupportRole.AssociateTherapist && kindRoles is not null && (planTasks ?? []).Any(t => !kept.Contains(t.TaskId)
            && kindRoles.TryGetValue(SopLibrary.KindOf(t), out var holder) && holder == role && InvolvesClientInfo(t));
        var markdown = TemplateLibrary.Render("sop.md.sbn", new
        {
            task = new
            {
                name = MarkdownText.Escape(task.Name),
                hours = task.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
                // A monthly task's hours in its own rhythm ("about 17.33 h a month, 4 h a week on average"), as the kit and the
                // email say them: "4 h a week" beside "Frequency: once a month" would contradict it.
                size = TaskRhythm.Of(task.Name) == "each month"
                    ? TaskRhythm.Size(task.Name, task.HoursPerWeek)
                    : $"about {task.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture)} h a week",
                one_time_hours = task.OneTimeHours?.ToString("0.#", CultureInfo.InvariantCulture),
                involves_client_info = task.InvolvesClientInfo || inherent,
                // The intake said no client information, but this kind of work always carries some: say so rather than contradict the steps.
                client_info_by_kind = inherent && !task.InvolvesClientInfo,
                // Not the owner's task: no sentence may say the owner marked or handed it over.
                added_by_plan = AssociateCredentialing.Is(task),
                owner_keeps = ownerKeeps,
            },
            practice = new
            {
                name = MarkdownText.Escape(practice.Name),
                owner_name = MarkdownText.Escape(practice.OwnerName),
                ehr = practice.Systems?.Ehr is { } ehr ? MarkdownText.Escape(ehr) : null,
                // Billing work also runs in the billing system the intake named (Xero), so it is one of the approved systems.
                billing = task.Category == Intake.TaskCategory.Billing && practice.Systems?.Billing is { } billing ? MarkdownText.Escape(billing) : null,
            },
            role_title = RoleTitles.Of(role),
            role_signs_agreement = roleSigns,
            group,
            owner_title = group ? "the practice owner" : "the therapist",
            // The country's wording is ours: a London practice reads a DPA under UK GDPR, never a US BAA.
            jurisdiction = new
            {
                us = jurisdiction.Kind == JurisdictionKind.Hipaa,
                agreement = jurisdiction.Agreement,
                secure_messaging = SecureMessaging.Of(practice.Systems, jurisdiction),
                agreement_short = jurisdiction.AgreementShort,
                privacy_law = jurisdiction.PrivacyLaw,
                privacy_training = jurisdiction.PrivacyTraining,
                workforce_agreement = Jurisdiction.WorkforceAgreement,
                employee_agreement = jurisdiction.EmployeeAgreement,
            },
            version,
            // Library text is ours, not the user's: it may carry Markdown and is not escaped.
            kind = new
            {
                title = content.Title,
                goal = content.Goal,
                trigger = content.Trigger,
                frequency = content.Frequency,
                steps = content.Steps,
                reference_title = content.ReferenceTitle,
                reference = content.Reference,
                slas = content.Slas,
                done = content.Done,
                kpis = content.Kpis,
                tools = content.Tools,
                cautions = content.Cautions,
                deliverables = content.Deliverables,
                kickoff = content.Kickoff,
                // It answers from the practice mailbox (inquiries, the inbox): its email rule says what email may carry.
                mailbox = content.Systems.Contains("mailbox"),
            },
        });

        return FromMarkdown(task.TaskId, $"SOP: {task.Name}", markdown);
    }

    /// <summary>The SOP whose Markdown is <paramref name="markdown"/>, with its HTML page: how a changed SOP is rendered again.</summary>
    /// <param name="taskId">The task the SOP is for.</param>
    /// <param name="title">Its title ("SOP: {task name}"), plain text.</param>
    /// <param name="markdown">The SOP's Markdown, user text in it already escaped.</param>
    public static Sop FromMarkdown(string taskId, string title, string markdown) =>
        new(taskId, title, markdown, HtmlDocument(title, ToHtml(markdown)));

    /// <summary>Markdown of an SOP (or a part of one) as HTML, with the same pipeline and table styles as the SOP itself.</summary>
    /// <param name="markdown">Markdown whose user text is already escaped.</param>
    public static string ToHtml(string markdown) => WithTableStyles(Markdown.ToHtml(markdown, Pipeline));

    // Mail clients drop style sheets, so the denial table's rules go inline. Only library text makes
    // tables: user text is escaped, so a literal "<td>" in the output is always Markdig's own.
    static string WithTableStyles(string html) => html
        .Replace("<table>", "<table style=\"border-collapse: collapse; margin: 0.5rem 0;\">", StringComparison.Ordinal)
        .Replace("<th>", "<th style=\"border: 1px solid #9aa5b1; padding: 0.25rem 0.5rem; text-align: left;\">", StringComparison.Ordinal)
        .Replace("<td>", "<td style=\"border: 1px solid #9aa5b1; padding: 0.25rem 0.5rem; vertical-align: top;\">", StringComparison.Ordinal);

    /// <summary>Wraps rendered Markdown in a standalone page with inline styles (mail clients drop style sheets).</summary>
    public static string HtmlDocument(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{WebUtility.HtmlEncode(title)}</title></head>
        <body style="font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2933;">
        {body}
        </body></html>
        """;
}
