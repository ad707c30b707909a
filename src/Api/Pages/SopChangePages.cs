using static Delegation.Api.Pages.HtmlResult;

namespace Delegation.Api.Pages;

/// <summary>The check-in form's "An SOP needs a change" part, and the owner's review page of such a change.</summary>
public static class SopChangePages
{
    /// <summary>
    /// The optional part of the check-in form. Left at "No change", nothing is proposed; a task chosen needs the change
    /// written, and the other way round. Shown only once the role has work handed over, since only then has it SOPs in use.
    /// </summary>
    /// <param name="delegateName">Who was met.</param>
    /// <param name="tasks">The role's handed-over tasks.</param>
    public static string CheckInPart(string delegateName, IReadOnlyList<(string TaskId, string Name)> tasks)
    {
        if (tasks.Count == 0)
        {
            return "";
        }

        var options = string.Concat(tasks.Select(t => $"<option value=\"{E(t.TaskId)}\">{E(t.Name)}</option>"));
        return $"""
            <fieldset><legend>An SOP needs a change (optional)</legend>
              <div class="field">
                <label for="sopTaskId">Which task's SOP</label>
                <select id="sopTaskId" name="sopTaskId"><option value="" selected>No change</option>{options}</select>
              </div>
              <div class="field">
                <label for="sopChange">What should change</label>
                <textarea id="sopChange" name="sopChange" maxlength="2000" rows="4" aria-describedby="sopChange-hint"></textarea>
                <p class="hint" id="sopChange-hint">You get an email to review it before anything changes. Once you approve it, it goes into the SOP that {E(delegateName)} receives by email: describe the step, never a client.</p>
              </div>
            </fieldset>
            """;
    }

    /// <summary>The review page: the SOP's current steps, the proposed change, and the one-time decision form. A GET, so it changes nothing.</summary>
    /// <param name="token">The review's signed link.</param>
    /// <param name="task">The task's name.</param>
    /// <param name="delegateName">Who does the task.</param>
    /// <param name="roleTitle">Their role.</param>
    /// <param name="when">The check-in's date, as the practice writes dates.</param>
    /// <param name="version">The SOP's current version; null if unknown.</param>
    /// <param name="stepsHtml">The SOP's current steps as HTML, rendered from its Markdown (user text escaped, raw HTML disabled).</param>
    /// <param name="proposed">The change as written at the check-in.</param>
    public static HtmlResult Review(string token, string task, string delegateName, string roleTitle, string when, int? version, string stepsHtml, string proposed)
    {
        var paragraphs = string.Concat(proposed.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).Select(l => $"<p>{E(l.Trim())}</p>"));
        var at = $"/sop-changes/{E(token)}";
        return new HtmlResult($"Review a change to the SOP for {task}", $"""
            <p class="lede">At the check-in{(when.Length > 0 ? " on " + E(when) : "")} with {E(delegateName)}, your {E(roleTitle)}, you noted that this SOP needs a change. Nothing changes until you decide, and this page's form works once.</p>
            <h2>The proposed change</h2>
            <blockquote class="card">{paragraphs}</blockquote>
            <h2>The steps now{(version is { } v ? $" (version {v})" : "")}</h2>
            <div class="card">{stepsHtml}</div>
            <h2>Your decision</h2>
            <form class="card" method="post" action="{at}">
              <fieldset><legend>Change the SOP?</legend>
                <div class="check"><input id="approve" type="radio" name="decision" value="approve" required><label for="approve">Approve: {E(delegateName)} gets the new version by email</label></div>
                <div class="check"><input id="reject" type="radio" name="decision" value="reject"><label for="reject">Keep the SOP as it is: {E(delegateName)} is told, kindly</label></div>
              </fieldset>
              <div class="field">
                <label for="text">The change as it goes into the SOP (edit it if you like)</label>
                <textarea id="text" name="text" maxlength="2000" rows="5" aria-describedby="text-hint">{E(proposed)}</textarea>
                <p class="hint" id="text-hint">It is added at the top of the steps, dated, and holds where it differs from a step. The SOP is emailed to {E(delegateName)}: never name a client.</p>
              </div>
              <div class="field">
                <label for="reason">Why (optional)</label>
                <input id="reason" name="reason" maxlength="300" autocomplete="off" aria-describedby="reason-hint">
                <p class="hint" id="reason-hint">Finishes the SOP's line "Changed on (today) because …". Left empty, it says the change came up at this check-in and you approved it.</p>
              </div>
              <div class="actions"><button type="submit">Send my decision</button></div>
            </form>
            """);
    }
}
