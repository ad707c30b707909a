using Delegation.Core.Plans;

namespace Delegation.Core.Tests;

/// <summary>A task keeps its id across versions, so its SOP, links and history stay its own.</summary>
public sealed class TaskIdentityTests
{
    [Fact]
    public void Carry_ATaskRemovedBeforeOthers_KeepsEveryOtherTasksId_AndANewTaskGetsAVersionedId()
    {
        var before = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling"), Samples.Task(name: "Inbox"), Samples.Task(name: "Newsletter")])).Plan;
        // The owner removed "Scheduling" and added "Website": positional ids would give "Inbox" t1 and "Newsletter" t2.
        var update = Samples.IntakeOf([Samples.Task(name: "  inbox "), Samples.Task(name: "Newsletter"), Samples.Task(name: "Website")]);

        var carried = TaskIdentity.Carry(update, before, 2);

        Assert.Equal(["t2", "t3", "v2-t1"], carried.Tasks.Select(t => t.TaskId));
        Assert.Equal(update.Tasks.Select(t => t.Name), carried.Tasks.Select(t => t.Name));
    }

    [Fact]
    public void Carry_TwoTasksOfOneName_KeepTheirTwoIds()
    {
        var before = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Calls"), Samples.Task(name: "Calls")])).Plan;

        var carried = TaskIdentity.Carry(Samples.IntakeOf([Samples.Task(name: "Calls"), Samples.Task(name: "Calls"), Samples.Task(name: "Calls")]), before, 3);

        Assert.Equal(["t1", "t2", "v3-t1"], carried.Tasks.Select(t => t.TaskId));
    }
}
