using Delegation.Core.Planning;
using static Delegation.Api.Pages.HtmlResult;

namespace Delegation.Api.Pages;

/// <summary>The pages behind emailed links: the check-in form and the owner's manage page.</summary>
public static class CheckInPages
{
    /// <summary>The form that records a check-in; shown by a GET, which changes nothing.</summary>
    /// <param name="token">The check-in's signed link.</param>
    /// <param name="roleTitle">The role met with.</param>
    /// <param name="delegateName">Who was met.</param>
    /// <param name="checkIn">"Check-in {n}".</param>
    /// <param name="sopTasks">The role's handed-over tasks, whose SOPs the form may confirm or propose a change to; none hides those parts.</param>
    public static HtmlResult Form(string token, string roleTitle, string delegateName, string checkIn, IReadOnlyList<(string TaskId, string Name)> sopTasks) => new("How did the check-in go?", $"""
        <p class="lede">{E(checkIn)} with {E(delegateName)}, your {E(roleTitle)}. It takes a minute, and it decides when the next tasks are handed over.</p>
        <form class="card" method="post" action="/checkins/{E(token)}">
          <fieldset><legend>Was the delegated work on track?</legend>
            <div class="check"><input id="on-yes" type="radio" name="onTrack" value="yes" required><label for="on-yes">Yes</label></div>
            <div class="check"><input id="on-no" type="radio" name="onTrack" value="no"><label for="on-no">No</label></div>
          </fieldset>
          <fieldset><legend>Ready to hand over more?</legend>
            <div class="check"><input id="more-yes" type="radio" name="readyForMore" value="yes" required><label for="more-yes">Yes</label></div>
            <div class="check"><input id="more-no" type="radio" name="readyForMore" value="no"><label for="more-no">Not yet</label></div>
          </fieldset>
          <div class="field">
            <label for="stress">How stressful is this work for you now? (1 calm – 5 very)</label>
            <select id="stress" name="stress" required>
              <option value="1">1</option><option value="2">2</option><option value="3" selected>3</option><option value="4">4</option><option value="5">5</option>
            </select>
          </div>
          <div class="field">
            <label for="notes">Notes for yourself (optional)</label>
            <textarea id="notes" name="notes" maxlength="2000" rows="4" aria-describedby="notes-hint"></textarea>
            <p class="hint" id="notes-hint">Never write client information here. Notes stay with your plan and are never emailed.</p>
          </div>
          {SopReviewPages.CheckInPart(delegateName, sopTasks)}
          {SopChangePages.CheckInPart(delegateName, sopTasks)}
          <div class="actions"><button type="submit">Record the check-in</button></div>
        </form>
        <form class="card" method="post" action="/checkins/{E(token)}">
          <input type="hidden" name="met" value="no">
          <p>Did not meet this time? Say so here: it is not counted as missed, and the next check-in stays as planned.</p>
          <div class="actions"><button type="submit">We couldn't meet</button></div>
        </form>
        """);

    /// <summary>The form that moves an upcoming check-in; shown by a GET, which changes nothing.</summary>
    public static HtmlResult RescheduleForm(string token, string delegateName, string current, string timeZone) => new("Move this check-in", $"""
        <p class="lede">Your check-in with {E(delegateName)}. Choose a new time after now and before the following check-in; {E(delegateName)} is told, and you both get a calendar update.</p>
        <form class="card" method="post" action="/checkins/{E(token)}/reschedule">
          <div class="field">
            <label for="at">New date and time ({E(timeZone)})</label>
            <input id="at" name="at" type="datetime-local" required value="{E(current)}">
          </div>
          <div class="actions"><button type="submit">Move the check-in</button></div>
        </form>
        """);

    /// <summary>Confirmation after moving a check-in.</summary>
    public static HtmlResult Rescheduled(string when) =>
        new("Check-in moved", $"<p>The check-in is now on {E(when)}. Both of you get a calendar update by email. You can close this page.</p>");

    /// <summary>Thanks after recording.</summary>
    public static HtmlResult Recorded() => new("Thank you", "<p>The check-in is recorded. You can close this page.</p>");

    /// <summary>A refusal with a plain explanation.</summary>
    public static HtmlResult Refused(int status, string title, string detail) => new(title, $"<p>{E(detail)}</p>", status);

    /// <summary>The owner's page: register hires, pause, resume or cancel. Every action is a POST.</summary>
    public static HtmlResult Manage(string planId, string token, string practiceName, IEnumerable<SupportRole> roles, string status)
    {
        var options = string.Concat(roles.Select(r => $"<option value=\"{r}\">{E(RoleTitles.Of(r))}</option>"));
        var q = "?token=" + Uri.EscapeDataString(token);
        return new HtmlResult($"Manage the plan for {practiceName}", $"""
            <p>Status: <strong>{E(status)}</strong>. <a href="/plans/{E(planId)}">See the plan</a>.</p>
            <h2>Register who you hired</h2>
            <form class="card" method="post" action="/plans/{E(planId)}/manage/delegates{E(q)}">
              <div class="field"><label for="role">Role</label><select id="role" name="role" required>{options}</select></div>
              <div class="field"><label for="name">Their name</label><input id="name" name="name" required maxlength="200" autocomplete="off"></div>
              <div class="field"><label for="email">Their email</label><input id="email" name="email" type="email" required maxlength="254" autocomplete="off"></div>
              <div class="actions"><button type="submit">Register</button></div>
            </form>
            <h2>Update my plan</h2>
            <p>Budget, tasks or practice changed? <a href="/?update={E(planId)}&amp;token={E(Uri.EscapeDataString(token))}">Update my plan</a>: the intake form opens with your current answers, and what you send becomes the plan's next version. The rollout goes on from where it is, and new work joins the next phase.</p>
            <h2>Pace</h2>
            <form class="inline" method="post" action="/plans/{E(planId)}/manage/pause{E(q)}"><button type="submit">Pause the rollout</button></form>
            <form class="inline" method="post" action="/plans/{E(planId)}/manage/resume{E(q)}"><button type="submit">Resume the rollout</button></form>
            <form class="inline" method="post" action="/plans/{E(planId)}/manage/cancel{E(q)}"><button type="submit">Cancel the plan</button></form>
            """);
    }

    /// <summary>Confirmation after an owner action.</summary>
    public static HtmlResult Done(string planId, string what) =>
        new("Done", $"<p>{E(what)}</p><p><a href=\"/plans/{E(planId)}\">Back to the plan</a></p>");
}
