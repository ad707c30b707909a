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
    /// <summary>GET a plan's check-ins as an iCalendar file.</summary>
    public const string Calendar = "api/plans/{planId}/calendar.ics";
    /// <summary>GET liveness.</summary>
    public const string Health = "api/health";

    /// <summary>The public path of a plan.</summary>
    public static string PlanPath(string planId) => $"/api/plans/{planId}";
}
