namespace Delegation.Api;

/// <summary>The HTTP paths, identical in the Functions app and the standalone host.</summary>
public static class ApiRoutes
{
    /// <summary>POST an intake.</summary>
    public const string Intake = "api/intake";
    /// <summary>GET a plan.</summary>
    public const string Plan = "api/plans/{planId}";
    /// <summary>GET a plan's latest SOP for a task.</summary>
    public const string Sop = "api/plans/{planId}/sops/{taskId}";
    /// <summary>
    /// GET the current version of an SOP behind a hire's sealed link. A hire never gets <see cref="Sop"/>: the plan id in
    /// it opens the owner's whole plan (budget, scores, pay, the other hires).
    /// </summary>
    public const string DelegateSop = "sops/{token}";
    /// <summary>GET a plan's latest hiring kit for a role, by its slug (<c>?format=md</c> for Markdown).</summary>
    public const string HiringKit = "api/plans/{planId}/hiring/{role}";
    /// <summary>PUT a full intake to update the plan, GET the current one for the update form (owner token in <c>?token=</c>).</summary>
    public const string PlanIntake = "api/plans/{planId}/intake";
    /// <summary>GET each version of a plan: its date and what it changed.</summary>
    public const string PlanVersions = "api/plans/{planId}/versions";
    /// <summary>POST register who took a role (owner token in <c>?token=</c>).</summary>
    public const string Delegates = "api/plans/{planId}/delegates";
    /// <summary>
    /// POST pause, resume or cancel (owner token in <c>?token=</c>). The constraint is not decoration: the
    /// Functions host takes the first template that matches in function-name order, and ControlPlan sorts
    /// before RegisterHire, so an open <c>{action}</c> would take <c>/delegates</c> away from it on Azure.
    /// </summary>
    public const string Control = "api/plans/{planId}/{action:regex(^(pause|resume|cancel)$)}";
    /// <summary>POST a check-in outcome as JSON.</summary>
    public const string CheckInApi = "api/checkins/{token}";
    /// <summary>GET the check-in form, POST it.</summary>
    public const string CheckInPage = "checkins/{token}";
    /// <summary>POST a new time for an upcoming check-in as JSON (the check-in's link; not used up).</summary>
    public const string RescheduleApi = "api/checkins/{token}/reschedule";
    /// <summary>GET the form that moves an upcoming check-in, POST it.</summary>
    public const string ReschedulePage = "checkins/{token}/reschedule";
    /// <summary>GET an SOP change proposed at a check-in as JSON, POST the owner's decision (the review's single-use link).</summary>
    public const string SopChangeApi = "api/sop-changes/{token}";
    /// <summary>GET the page that reviews an SOP change, POST its decision form.</summary>
    public const string SopChangePage = "sop-changes/{token}";
    /// <summary>GET an SOP with its last confirmation as JSON, POST that it is still right (the monthly report's review link).</summary>
    public const string SopReviewApi = "api/sop-reviews/{token}";
    /// <summary>GET the page that shows an SOP for review, POST its confirmation form.</summary>
    public const string SopReviewPage = "sop-reviews/{token}";
    /// <summary>GET the owner's manage page.</summary>
    public const string ManagePage = "plans/{planId}/manage";
    /// <summary>POST the manage page's forms: delegates, pause, resume, cancel.</summary>
    public const string ManageAction = "plans/{planId}/manage/{action}";
    /// <summary>GET a plan's check-ins as an iCalendar file.</summary>
    public const string Calendar = "api/plans/{planId}/calendar.ics";
    /// <summary>GET a plan's monthly report (<c>?format=html</c> for the HTML).</summary>
    public const string Report = "api/plans/{planId}/reports/{month}";
    /// <summary>POST run the monthly reports for <c>?month=yyyy-MM</c> (admin key).</summary>
    public const string AdminReports = "api/admin/reports";
    /// <summary>GET where a month's reports run is (admin key).</summary>
    public const string AdminReportsRun = "api/admin/reports/{month}";
    /// <summary>GET liveness.</summary>
    public const string Health = "api/health";

    /// <summary>The public path of a plan.</summary>
    public static string PlanPath(string planId) => $"/api/plans/{planId}";
}
