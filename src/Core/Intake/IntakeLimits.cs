namespace Delegation.Core.Intake;

/// <summary>The bounds an intake must stay within; shared by validation, the OpenAPI description and the web form.</summary>
public static class IntakeLimits
{
    /// <summary>Largest accepted request body, in bytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;
    /// <summary>Most tasks one intake may list.</summary>
    public const int MaxTasks = 100;
    /// <summary>Longest name, owner name or task name.</summary>
    public const int MaxNameLength = 200;
    /// <summary>Longest name of a system the practice runs ("SimplePractice"): a product name, not a description.</summary>
    public const int MaxSystemLength = 60;
    /// <summary>Longest task note.</summary>
    public const int MaxNotesLength = 2000;
    /// <summary>Hours in a working week any one task can plausibly take.</summary>
    public const decimal MaxHoursPerWeek = 80m;
    /// <summary>Most hours a one-off project may take.</summary>
    public const decimal MaxOneTimeHours = 500m;
    /// <summary>Earliest local check-in time an intake may ask for.</summary>
    public static readonly TimeOnly EarliestCheckIn = new(7, 0);
    /// <summary>Latest local check-in time an intake may ask for.</summary>
    public static readonly TimeOnly LatestCheckIn = new(20, 0);
    /// <summary>Upper bound for session fees and budgets, to catch typos and overflow.</summary>
    public const decimal MaxMoney = 1_000_000m;
    /// <summary>Largest ranking weight an intake may give; only proportions matter, so this only catches nonsense.</summary>
    public const double MaxWeight = 1000;
}
