using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>A plan update in a rollout under way: reached work stays, new work joins the next phase, hires stay and are told.</summary>
public sealed class PlanUpdateRolloutTests
{
    [Fact]
    public void Fit_KeepsHandedOverWork_AndPutsTheRestAfterTheCurrentPhase_InTheMatchsOrder()
    {
        var handed = new[] { new HandedOverTask("t1", SupportRole.VirtualAssistant, 1), new HandedOverTask("t2", SupportRole.VirtualAssistant, 1) };
        Assignment A(string id, SupportRole role, int phase) => new(id, role, phase);
        var fitted = UpdatePhases.Fit(
            [A("t1", SupportRole.VirtualAssistant, 1), A("t2", SupportRole.BillingSpecialist, 1), A("t3", SupportRole.VirtualAssistant, 1), A("t4", SupportRole.VirtualAssistant, 3)],
            handed, currentPhase: 1);

        // t1 stays; t2 moved to another role, so it is new work for that role; t3 and t4 keep their order after phase 1.
        Assert.Equal([1, 2, 2, 3], fitted.Select(a => a.Phase));
    }

    [Fact]
    public void Reshape_KeepsTheHire_AddsTheNewRoleWithoutReminderUntilItsPhase_AndTellsTheHireWhoseWorkChanged()
    {
        var plan = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), budget: 600m)).Plan;
        var start = RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now);
        var role = start.Roles[0].Role;
        var hired = RolloutMachine.Apply(start, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(role, "Jo Park", "jo@example.com")), Samples.Now).State;
        var shape = new RolloutShape(2,
        [
            new RoleShape(role, Cadence.Weekly, [1, 2], null, new RoleWorkChange(2, ["t1"], ["t9"], [])),
            new RoleShape(SupportRole.TechProfessional, Cadence.Biweekly, [2], new TimeOnly(10, 30), null),
        ]);

        var (after, notices) = RolloutMachine.Apply(hired, new PlanEvent(PlanEventKind.PlanUpdated, Id: "update-v2", Shape: shape), Samples.Now.AddDays(1));

        var track = after.Track(role)!;
        Assert.Equal("Jo Park", track.Delegate!.Name);
        Assert.Equal(hired.Track(role)!.KickoffDate, track.KickoffDate);
        Assert.Equal([1, 2], track.Phases);
        Assert.Equal(1, after.CurrentPhase);
        Assert.Equal(2, after.LastPhase);
        var tech = after.Track(SupportRole.TechProfessional)!;
        Assert.Null(tech.Delegate);
        Assert.Null(tech.NextHireReminderAt);
        var told = Assert.Single(notices);
        Assert.Equal((NoticeKind.WorkUpdated, true, $"planupdate-v2-{role}"), (told.Kind, told.ToDelegate, told.MessageKey));
        Assert.Equal(["t1"], told.WorkChange!.ChangedSops);

        // Raised again (the API re-raises until applied): nothing more.
        var (again, more) = RolloutMachine.Apply(after, new PlanEvent(PlanEventKind.PlanUpdated, Id: "update-v2", Shape: shape), Samples.Now.AddDays(1));
        Assert.Empty(more);
        Assert.Equal(after, again);
    }

    [Fact]
    public void Reshape_ARoleDropped_TellsItsHire_AndLeavesTheRollout()
    {
        var plan = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), budget: 600m)).Plan;
        var one = RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now);
        var (kept, dropped) = (one.Roles[0].Role, SupportRole.TechProfessional);
        var start = one with { Roles = [.. one.Roles, one.Roles[0] with { Role = dropped }] };
        var hired = RolloutMachine.Apply(start, new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(dropped, "Sam Lee", "sam@example.com")), Samples.Now).State;
        var shape = new RolloutShape(2,
        [
            new RoleShape(kept, Cadence.Weekly, [1], null, null),
            new RoleShape(dropped, Cadence.Weekly, [], null, new RoleWorkChange(2, [], [], ["Insurance claims"])),
        ]);

        var (after, notices) = RolloutMachine.Apply(hired, new PlanEvent(PlanEventKind.PlanUpdated, Id: "u", Shape: shape), Samples.Now);

        Assert.Null(after.Track(dropped));
        Assert.Equal("sam@example.com", Assert.Single(notices).Delegate!.Email);
    }

    [Fact]
    public void Shape_NamesTheChangedSopsOfReachedWork_AndTheLaterTasks_ForTheRoleWhoseWorkChanged()
    {
        var before = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), budget: 600m)).Plan;
        var reached = before.Tasks.First(t => t.Phase == 1);
        var added = before.Tasks.First(t => t.Role is null && t.Category != Intake.TaskCategory.Clinical);
        var after = before with
        {
            Version = 2,
            Tasks = [.. before.Tasks.Select(t => t.TaskId == added.TaskId ? t with { Role = reached.Role, Phase = 2 } : t)],
            Sops = [.. before.Sops.Select(s => s.TaskId == reached.TaskId ? s with { Version = 2 } : s), new SopLink(added.TaskId, added.Name, "", 1)],
        };

        var shape = UpdatePhases.Shape(before, after, 1);

        var role = shape.Roles.Single(r => r.Role == reached.Role);
        Assert.Equal([reached.TaskId], role.Change!.ChangedSops);
        Assert.Equal([added.TaskId], role.Change.Later);
        Assert.Empty(role.Change.Lost);
        Assert.Contains(2, role.Phases);
        Assert.All(shape.Roles.Where(r => r.Role != reached.Role), r => Assert.Null(r.Change));
    }
}
