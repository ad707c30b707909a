using System.Text.Json.Serialization;

namespace Delegation.Core.Plans;

/// <summary>Where a plan is in its life.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))]
public enum PlanStatus
{
    /// <summary>The workflow is ranking, matching and writing the plan.</summary>
    Planning,
    /// <summary>The plan was sent; delegation is under way.</summary>
    Active,
    /// <summary>The owner paused the rollout.</summary>
    Paused,
    /// <summary>The owner cancelled the plan.</summary>
    Cancelled,
    /// <summary>Every phase is delegated.</summary>
    Completed,
    /// <summary>The workflow could not finish; see the stage it stopped at.</summary>
    Failed,
}

/// <summary>The workflow stage a plan is at; shown while it is planned.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanStage>))]
public enum PlanStage
{
    /// <summary>Accepted, not yet picked up by the workflow.</summary>
    Received,
    /// <summary>Scoring tasks.</summary>
    RankingTasks,
    /// <summary>Choosing support within budget.</summary>
    MatchingSupport,
    /// <summary>Writing an SOP for each delegated task.</summary>
    WritingSops,
    /// <summary>Setting up check-ins.</summary>
    SchedulingCheckIns,
    /// <summary>Writing a hiring kit for each role in the plan.</summary>
    WritingHiringKits,
    /// <summary>Storing the plan and emailing it to the owner.</summary>
    SendingPlan,
    /// <summary>The plan email has gone out.</summary>
    PlanSent,
}

/// <summary>The workflow's custom status: small on purpose, the plan itself lives in storage.</summary>
public sealed record PlanProgress(PlanStatus Status, PlanStage Stage, string? Error = null);
