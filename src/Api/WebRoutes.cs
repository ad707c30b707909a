namespace Delegation.Api;

/// <summary>The web pages' paths, identical in the Functions app and the standalone host.</summary>
public static class WebRoutes
{
    /// <summary>
    /// GET the intake form at the site root. An empty Functions route means "the function's name", so
    /// the root is matched by an optional parameter that must be empty; ASP.NET Core reads it the same way.
    /// </summary>
    public const string IntakeForm = "{root:maxlength(0)?}";
    /// <summary>GET the plan page; the page fetches <see cref="ApiRoutes.Plan"/> itself.</summary>
    public const string PlanPage = "plans/{planId}";
    /// <summary>GET a stylesheet or script.</summary>
    public const string Asset = "assets/{file}";
}
