using Delegation.Core.Locale;
using Delegation.Core.Sops;
using static Delegation.Api.Pages.HtmlResult;

namespace Delegation.Api.Pages;

/// <summary>The page behind a monthly report's "Review the SOP" link, and the check-in form's "still right" box.</summary>
public static class SopReviewPages
{
    /// <summary>
    /// The check-in form's box that confirms the SOPs of the role's handed-over tasks. Unticked, nothing is confirmed;
    /// shown only once the role has work handed over, since only then has it SOPs in use.
    /// </summary>
    /// <param name="delegateName">Who was met.</param>
    /// <param name="tasks">The role's handed-over tasks.</param>
    public static string CheckInPart(string delegateName, IReadOnlyList<(string TaskId, string Name)> tasks) => tasks.Count == 0 ? "" : $"""
        <div class="check">
          <input id="sopsStillRight" type="checkbox" name="sopsStillRight" value="yes" aria-describedby="sopsStillRight-hint">
          <label for="sopsStillRight">The SOPs for my tasks are still right</label>
        </div>
        <p class="hint" id="sopsStillRight-hint">Tick it if you went through {(tasks.Count == 1 ? "the SOP" : "the SOPs")} for {E(Lists.And(tasks.Select(t => t.Name)))} with {E(delegateName)}, and {(tasks.Count == 1 ? "it still matches" : "they still match")} the work. An SOP you propose a change to below is not confirmed.</p>
        """;

    /// <summary>The review page: the steps, when they were last confirmed, and the form that confirms them. A GET, so it changes nothing.</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="task">The task's name.</param>
    /// <param name="doer">Who does it, to stand mid-sentence ("Jo Park, your virtual assistant," or "your virtual assistant").</param>
    /// <param name="lastConfirmed">The date of its last confirmation, as the practice writes dates.</param>
    /// <param name="days">Whole days since then.</param>
    /// <param name="version">The SOP's current version; null if unknown.</param>
    /// <param name="stepsHtml">The SOP's steps as HTML, rendered from its Markdown (user text escaped, raw HTML disabled).</param>
    /// <param name="sopPath">The full SOP's page.</param>
    public static HtmlResult Review(string token, string task, string doer, string lastConfirmed, int days, int? version, string stepsHtml, string sopPath)
    {
        var since = days == 0 ? "today" : days == 1 ? "1 day ago" : $"{days} days ago";
        return new HtmlResult($"Is the SOP for {task} still right?", $"""
            <p class="lede">This is the SOP for {E(task)}, which {E(doer)} does. It was last confirmed on {E(lastConfirmed)} ({E(since)}){(days >= SopStaleness.Days ? $": more than {SopStaleness.Days} days, which is why your monthly report lists it" : "")}. Read the steps below against how the work is really done now.</p>
            <h2>The steps{(version is { } v ? $" (version {v})" : "")}</h2>
            <div class="card">{stepsHtml}</div>
            <p><a href="{E(sopPath)}">Read the whole SOP</a></p>
            <h2>Still right?</h2>
            <form class="card" method="post" action="/sop-reviews/{E(token)}">
              <div class="check"><input id="stillRight" type="checkbox" name="stillRight" value="yes" required><label for="stillRight">The steps still match how the work is done</label></div>
              <div class="actions"><button type="submit">Confirm the SOP</button></div>
            </form>
            <p>If a step is wrong, do not confirm it: go through it at your next check-in with {E(doer)} and note it in the check-in form under “An SOP needs a change”. You review the change before anything in the SOP changes, and the new version is emailed to them.</p>
            """);
    }
}
