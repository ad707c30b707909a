using Delegation.Core.Planning;
using static Delegation.Api.Pages.HtmlResult;

namespace Delegation.Api.Pages;

/// <summary>The pages behind emailed links: the check-in form and the owner's manage page.</summary>
public static class CheckInPages
{
    /// <summary>The form that records a check-in; shown by a GET, which changes nothing.</summary>
    public static HtmlResult Form(string token, string roleTitle, string when) => new("How did the check-in go?", $"""
        <p>Your check-in with your {E(roleTitle)} on {E(when)}. It takes a minute, and it decides when the next tasks are handed over.</p>
        <form method="post" action="/checkins/{E(token)}">
          <fieldset><legend>Was the delegated work on track?</legend>
            <label><input type="radio" name="onTrack" value="yes" required> Yes</label>
            <label><input type="radio" name="onTrack" value="no"> No</label>
          </fieldset>
          <fieldset><legend>Ready to hand over more?</legend>
            <label><input type="radio" name="readyForMore" value="yes" required> Yes</label>
            <label><input type="radio" name="readyForMore" value="no"> Not yet</label>
          </fieldset>
          <label for="stress">How stressful is this work for you now? (1 calm – 5 very)</label>
          <select id="stress" name="stress" required>
            <option value="1">1</option><option value="2">2</option><option value="3" selected>3</option><option value="4">4</option><option value="5">5</option>
          </select>
          <label for="notes">Notes for yourself (optional; never write client information here)</label>
          <textarea id="notes" name="notes" maxlength="2000" rows="4"></textarea>
          <button type="submit">Record the check-in</button>
        </form>
        """);

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
            <form method="post" action="/plans/{E(planId)}/manage/delegates{E(q)}">
              <label for="role">Role</label><select id="role" name="role" required>{options}</select>
              <label for="name">Their name</label><input id="name" name="name" required maxlength="200" autocomplete="off">
              <label for="email">Their email</label><input id="email" name="email" type="email" required maxlength="254" autocomplete="off">
              <button type="submit">Register</button>
            </form>
            <h2>Pace</h2>
            <form method="post" action="/plans/{E(planId)}/manage/pause{E(q)}"><button type="submit">Pause the rollout</button></form>
            <form method="post" action="/plans/{E(planId)}/manage/resume{E(q)}"><button type="submit">Resume the rollout</button></form>
            <form method="post" action="/plans/{E(planId)}/manage/cancel{E(q)}"><button type="submit" class="danger">Cancel the plan</button></form>
            """);
    }

    /// <summary>Confirmation after an owner action.</summary>
    public static HtmlResult Done(string planId, string what) =>
        new("Done", $"<p>{E(what)}</p><p><a href=\"/plans/{E(planId)}\">Back to the plan</a></p>");
}
