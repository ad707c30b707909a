using System.Text.Json.Serialization;

namespace Delegation.Core.Intake;

/// <summary>The kind of work a practice task is; decides which support roles may take it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskCategory>))]
public enum TaskCategory
{
    /// <summary>Scheduling, paperwork, inbox, client enquiries.</summary>
    [JsonStringEnumMemberName("admin")] Admin,
    /// <summary>Payments, insurance claims, superbills.</summary>
    [JsonStringEnumMemberName("billing")] Billing,
    /// <summary>Social media, blog, newsletters, ads.</summary>
    [JsonStringEnumMemberName("marketing")] Marketing,
    /// <summary>Website, troubleshooting, system set-up.</summary>
    [JsonStringEnumMemberName("tech")] Tech,
    /// <summary>Intake forms, client profiles, follow-ups.</summary>
    [JsonStringEnumMemberName("onboarding")] Onboarding,
    /// <summary>Therapy itself: never handed to non-clinical support.</summary>
    [JsonStringEnumMemberName("clinical")] Clinical,
}
