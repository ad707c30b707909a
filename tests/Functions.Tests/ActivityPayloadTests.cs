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

        var update = new PlanUpdateRequest("p-1", intake, "abc", 2, Now, Core.Rollout.RolloutSettings.Default, intake);
        var shape = Core.Rollout.UpdatePhases.Shape(plan, plan with { Version = 2, Sops = [.. plan.Sops.Select(s => s with { Version = 3 })] }, 1);
        IReadOnlyList<string> told = ["Jo Park"];
        Assert.Contains(shape.Roles, r => r.Change is { ChangedSops.Count: > 0 });

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
            // The plan update's: its request, where it starts, the version it records, the rollout's new shape and who was told.
            update, new PlanUpdateBasis(null, intake, 1, [new Core.Rollout.HandedOverTask("t1", SupportRole.VirtualAssistant, 1)], Now,
                [new RoleAnchor(SupportRole.VirtualAssistant, new DateOnly(2026, 3, 9), new TimeOnly(8, 30))]),
            new PlanUpdateRecord(plan with { Version = 2 }, "abc", intake, 1, Now, intake), shape, new RolloutUpdate("p-1", shape),
            new PlanUpdateEmail("p-1", 2, 1, ["Jo Park"], Now), told, PlanUpdateOutcome.Skipped,
            new Core.Rollout.PlanEvent(Core.Rollout.PlanEventKind.PlanUpdated, Id: "planupdate-v2", Shape: shape),
            new Core.Rollout.RolloutNotice("p-1", Core.Rollout.NoticeKind.WorkUpdated, "planupdate-v2-VirtualAssistant", true, SupportRole.VirtualAssistant,
                new Core.Rollout.DelegateInfo(SupportRole.VirtualAssistant, "Jo Park", "jo@example.com"), WorkChange: shape.Roles[0].Change),
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
                IReadOnlyList<string> => typeof(IReadOnlyList<string>),
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
