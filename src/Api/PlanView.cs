using System.Text.Json;
using System.Text.Json.Nodes;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Api;

/// <summary>
/// The plan as the API shows it: the stored plan, with the rollout's live state laid over it —
/// each task's status, each check-in's next date and history, and the rollout itself.
/// </summary>
public static class PlanView
{
    /// <summary>Renders <paramref name="plan"/> with <paramref name="rollout"/> (when running) as JSON.</summary>
    public static string Render(Plan plan, RolloutSnapshot? rollout)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var node = JsonSerializer.SerializeToNode(plan, PlanJson.Options)!.AsObject();
        // Who signs what before touching client information: the page says it as the email does.
        node["agreementLine"] = Core.Email.AgreementLine.For(plan);
        // A plan that hands nothing over shows on its page what its email says: the free first steps and the revisit date.
        if (plan.Tasks.All(t => t.Role is null))
        {
            node["freeSteps"] = new JsonArray([.. Core.Email.FreeSteps.For(plan).Select(s => JsonValue.Create(s))]);
            // The percentage billing service is said beside the option that hands claims over, not among the free steps.
            if (Core.Email.FreeSteps.ClaimsOption(plan) is { } claims)
            {
                node["claimsOption"] = claims.Number;
                node["claimsOptionNote"] = Core.Email.FreeSteps.BesideClaimsOption(plan);
            }
            node["revisitOn"] = Core.Email.PlanEmailContent.RevisitOn(plan.CreatedAt, plan.Practice.TimeZone, plan.Practice.CheckInDay, Core.Email.ClinicalOnly.Applies(plan)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            // The calendar's revisit event starts at the owner's check-in time: the page names it as the email does.
            node["revisitTime"] = (plan.Practice.CheckInTime ?? Core.Intake.Preferences.DefaultCheckInTime).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            // Every task clinical: the page says why the budget is unspent, and the revisit is about listing the admin.
            node["unspentNote"] = Core.Email.ClinicalOnly.Unspent(plan);
            node["clinicalOnly"] = Core.Email.ClinicalOnly.Applies(plan);
        }

        if (rollout is null)
        {
            return node.ToJsonString(PlanJson.Options);
        }

        foreach (var task in node["tasks"]!.AsArray().OfType<JsonObject>())
        {
            var phase = task["phase"]?.GetValue<int?>();
            var role = task["role"]?.GetValue<string>();
            var filled = rollout.Roles.Any(r => r.Role.ToString() == role && r.Filled);
            task["status"] = phase is null ? "kept" : phase <= rollout.CurrentPhase && filled ? "delegated" : "planned";
        }

        var checkIns = new JsonArray();
        foreach (var r in rollout.Roles)
        {
            var planned = plan.CheckIns.FirstOrDefault(c => c.Role == r.Role);
            // A registered hire's series is dated from its registration; before that, the plan's rule stands alone.
            if (planned is not null && r.KickoffDate is { } kickoffDate)
            {
                var meetings = Core.Planning.MeetingCalendar.For(plan.Practice.TimeZone, r.MeetingTime ?? planned.Time ?? Core.Rollout.MeetingDates.LegacyMeetingTime, plan.Practice.Country);
                planned = Core.Planning.CheckInScheduler.DatedFrom(planned, meetings, kickoffDate.DayOfWeek, kickoffDate);
            }

            checkIns.Add(new JsonObject
            {
                ["role"] = r.Role.ToString(),
                ["cadence"] = r.Cadence.ToString(),
                ["nextAt"] = r.NextCheckInAt is { } next ? JsonValue.Create(next) : null,
                ["agenda"] = planned?.Agenda,
                // The email's agenda lines, one per kind of meeting: a project's hand-over review is not its standing agenda.
                ["agendas"] = planned is null ? null
                    : new JsonArray([.. Core.Email.PlanEmailContent.AgendaLines(planned, planned.Kickoff is null || planned.FirstWeeks is { Count: > 0 }).Select(l => JsonValue.Create(l))]),
                ["starts"] = planned?.Starts,
                ["time"] = planned?.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                // The plan's own series stays beside the live next date, so the page shows what the calendar holds.
                ["kickoff"] = Node(planned?.Kickoff),
                ["firstWeeks"] = Node(planned?.FirstWeeks),
                ["cadenceFrom"] = Node(planned?.CadenceFrom),
                ["moved"] = Node(planned?.Moved),
                ["delegate"] = r.DelegateName,
                ["filled"] = r.Filled,
                ["history"] = JsonSerializer.SerializeToNode(rollout.History.Where(h => h.Role == r.Role).ToList(), PlanJson.Options),
            });
        }

        node["checkIns"] = checkIns;
        // Before any hire is registered the kickoff rule is the same for every role: the page says it once, as the email does.
        if (rollout.Roles.All(r => r.KickoffDate is null) && plan.CheckIns.Any(c => c.Starts is not null))
        {
            node["checkInsNote"] = Core.Email.PlanEmailContent.UndatedCheckIns(plan, manageLink: false);
        }

        node["rollout"] = new JsonObject
        {
            ["currentPhase"] = rollout.CurrentPhase,
            ["lastPhase"] = rollout.LastPhase,
            ["streak"] = rollout.Streak,
            ["checkInsPerPhase"] = rollout.CheckInsPerPhase,
        };
        return node.ToJsonString(PlanJson.Options);
    }

    static JsonNode? Node<T>(T? value) => value is null ? null : JsonSerializer.SerializeToNode(value, PlanJson.Options);
}
