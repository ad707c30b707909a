using System.Globalization;
using System.Net;
using Delegation.Core.Planning;
using Delegation.Core.Templates;
using Markdig;

namespace Delegation.Core.Sops;

/// <summary>Writes a standard operating procedure for a delegated task from the template library.</summary>
public static class SopWriter
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml() // user text never becomes markup, even if escaping were missed
        .Build();

    /// <summary>Renders the SOP for <paramref name="task"/>, owned by <paramref name="role"/>.</summary>
    public static Sop Write(Intake.Practice practice, Intake.PracticeTask task, SupportRole role, int version)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(task);

        var content = SopLibrary.For(task.Category);
        var markdown = TemplateLibrary.Render("sop.md.sbn", new
        {
            task = new
            {
                name = MarkdownText.Escape(task.Name),
                hours = task.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
                involves_client_info = task.InvolvesClientInfo,
            },
            practice = new { name = MarkdownText.Escape(practice.Name), owner_name = MarkdownText.Escape(practice.OwnerName) },
            role_title = RoleTitles.Of(role),
            version,
            frequency = content.Frequency,
            steps = content.Steps,
            slas = content.Slas,
            done = content.Done,
            kpis = content.Kpis,
        });

        var title = $"SOP: {task.Name}";
        return new Sop(task.TaskId, title, markdown, HtmlDocument(title, Markdown.ToHtml(markdown, Pipeline)));
    }

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
