using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Ports;
using Delegation.Core.Workflow;
using Delegation.Core.Workflow.Activities;
using Microsoft.Extensions.Options;

namespace Delegation.Functions.Tests;

/// <summary>
/// Every value that crosses the Durable boundary in the Functions app goes through the worker's serializer,
/// not PlanJson; each must come back unchanged or a replayed or retried stage would see different data.
/// </summary>
public sealed class ActivityPayloadTests
{
    static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task WorkerSerializer_RoundTripsEveryWorkflowPayload_Unchanged()
    {
        var serializer = WorkerSerializer.Create();
        var options = Options.Create(new PlanningOptions());
        var intake = SampleIntake();
        var ranked = await new RankTasks(options).RunAsync(intake);
        var match = await new MatchSupport(options).RunAsync(new MatchRequest(intake, ranked));
        var tasks = ranked.Select(r => r.Task).ToList();
        var byId = tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var assigned = match.Match.Assignments.Select(a => a.TaskId).ToHashSet(StringComparer.Ordinal);
        var sopRequest = new SopRequest("p-1", intake.Practice, match.Match.Assignments.Select(a => new SopTask(byId[a.TaskId], a.Role)).ToList(),
            tasks.Where(t => !assigned.Contains(t.TaskId)).ToList());
        IReadOnlyList<SopLink> sops = sopRequest.Tasks.Select(t => new SopLink(t.Task.TaskId, t.Task.Name, $"/api/plans/p-1/sops/{t.Task.TaskId}", 2)).ToList();
        var checkInRequest = new CheckInRequest(match.Match.SupportMix.Select(s => s.Role).ToList(), intake.Practice.TimeZone, DayOfWeek.Tuesday, Now);
        var checkIns = await new ScheduleCheckIns().RunAsync(checkInRequest);
        var kitRequest = new HiringKitRequest("p-1", intake.Practice, intake.Budget.Currency, HiringBrief.ForEachRole(match.Match, tasks, checkIns));
        IReadOnlyList<HiringKitLink> kits = kitRequest.Roles.Select(b => new HiringKitLink(b.Line.Role, "Hiring kit", $"/api/plans/p-1/hiring/{HiringRoles.Slug(b.Line.Role)}", 1)).ToList();
        var plan = PlanComposer.Compose("p-1", Now, intake, ranked, match.Match, match.Roles, sops, checkIns, PlanStatus.Active, PlanStage.PlanSent) with { HiringKits = kits };

        // The sample must exercise what could be lost: assignments, kept reasons, nullable phases and roles.
        Assert.NotEmpty(match.Match.Assignments);
        Assert.NotEmpty(match.Match.KeptReasons);
        Assert.NotEmpty(sopRequest.Kept!);
        Assert.NotNull(intake.Practice.Systems);
        Assert.NotEmpty(checkIns);
        Assert.Contains(kitRequest.Roles, b => b.CheckIn is not null && b.Tasks.Count > 0);

        object[] payloads =
        [
            new PlanRequest("p-1", intake, Now), intake, ranked, new MatchRequest(intake, ranked), match, sopRequest, sops,
            kitRequest, kits, checkInRequest, checkIns, plan, "p-1", EmailSendOutcome.AlreadySent, new PlanProgress(PlanStatus.Failed, PlanStage.WritingSops, "stopped"),
        ];
        Assert.All(payloads, payload =>
        {
            // Declared types, as the activity parameter or CallActivityAsync<T> names them.
            var type = payload switch
            {
                IReadOnlyList<RankedTask> => typeof(IReadOnlyList<RankedTask>),
                IReadOnlyList<SopLink> => typeof(IReadOnlyList<SopLink>),
                IReadOnlyList<HiringKitLink> => typeof(IReadOnlyList<HiringKitLink>),
                IReadOnlyList<CheckIn> => typeof(IReadOnlyList<CheckIn>),
                _ => payload.GetType(),
            };
            var json = serializer.Serialize(payload, type).ToString();

            var back = serializer.Deserialize(new BinaryData(json).ToStream(), type, CancellationToken.None);

            Assert.IsAssignableFrom(type, back);
            Assert.Equal(json, serializer.Serialize(back, type).ToString());
        });
        Assert.Equal(plan.Tasks.Select(t => (t.TaskId, t.Category, t.Phase, t.Role, t.KeptReason)),
            RoundTrip(serializer, plan).Tasks.Select(t => (t.TaskId, t.Category, t.Phase, t.Role, t.KeptReason)));
    }

    static T RoundTrip<T>(Azure.Core.Serialization.ObjectSerializer serializer, T value) =>
        (T)serializer.Deserialize(serializer.Serialize(value, typeof(T)).ToStream(), typeof(T), CancellationToken.None)!;

    static Intake SampleIntake() => IntakeValidator.Validate(new IntakeForm(
            new PracticeForm("Calm Harbor Counseling", "Ana Ruiz", "ana@example.com", "America/Chicago", 150m, 25m,
                Systems: new SystemsForm("SimplePractice", null, null, "Dialpad", null)),
            new BudgetForm(1200m, "USD"),
            [
                new TaskForm("Scheduling appointments", "admin", 4m, 4, 3, true, true, "Mondays are worst"),
                new TaskForm("Insurance claims", "billing", 5m, 5, 2, true, true, null),
                new TaskForm("Social media", "marketing", 2m, 3, 2, false, false, null),
                new TaskForm("Session notes", "clinical", 6m, 3, 4, false, true, null),
            ],
            new PreferencesForm(2, "Tuesday", false)))
        .Intake ?? throw new InvalidOperationException("The sample intake must be valid.");
}
