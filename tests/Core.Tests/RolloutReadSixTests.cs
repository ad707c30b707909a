using Delegation.Core.Email;
using Delegation.Core.Planning;
using Delegation.Core.Rollout;
using static Delegation.Core.Tests.ReviewRoundNineRolloutTests;

namespace Delegation.Core.Tests;

/// <summary>
/// The group practice's rollout as rollout read 6 got it (the associate registered): a welcome counts the hire's own
/// tasks, and the follow-up names the day its link closes.
/// </summary>
public sealed class RolloutReadSixTests
{
    [Fact]
    public void Welcome_ToAnAssociateWithOneTask_SpeaksOfOneTaskAndOneSop()
    {
        var (plan, s) = GroupPractice();
        Assert.Single(NoticeWriter.FirstPhaseTasks(plan, SupportRole.AssociateTherapist));
        var (_, hired) = RolloutMachine.Apply(s, new PlanEvent(PlanEventKind.DelegateRegistered, Jo), ReviewIntakes.ReceivedAt);
        var welcome = NoticeWriter.Write(Assert.Single(hired, n => n.ToDelegate), plan, Links, []).Text;

        Assert.Contains("The SOP for your first task is attached; read it before the kickoff", welcome, StringComparison.Ordinal);
        Assert.Contains("Your task touches client information: before you get access to it", welcome, StringComparison.Ordinal);
        Assert.DoesNotContain("Some of your tasks", welcome, StringComparison.Ordinal);
    }
}
