using Delegation.Core.Email;
using Delegation.Core.Email.Notices;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>The owner's "updated plan" email and the changed hire's email, as their readers see them.</summary>
public sealed class PlanUpdateEmailTests
{
    static readonly Uri Site = new("https://app.example/");

    [Fact]
    public void OwnerEmail_StartsWithWhatChanged_OneIdPerVersion_AndEncodesEveryName()
    {
        var before = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), budget: 600m)).Plan;
        var after = Samples.ComposePlan(Samples.IntakeOf([.. Samples.MixedTasks(), Samples.Task(name: "<b>Voicemail</b>", hours: 1m, repetitive: true)], budget: 2400m)).Plan
            with { Version = 2 };
        var changes = PlanChanges.Between(before, after);

        var message = PlanUpdateEmailWriter.Write(after, changes, reachedBefore: 1, ["Jo Park"], null, Site, new Uri(Site, "plans/p/manage?token=o"));

        Assert.Equal($"{after.PlanId}-planupdate-2", message.MessageId);
        Assert.Equal("Your updated delegation plan for Calm Harbor Counseling (version 2)", message.Subject);
        var body = message.Text[message.Text.IndexOf("Dear Ana,", StringComparison.Ordinal)..];
        Assert.StartsWith("Dear Ana,\n\nYou updated your delegation plan. What changed from version 1:\n", body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // The changes come first: every line of them before anything else the email says.
        Assert.True(body.IndexOf("- " + changes.Lines()[^1], StringComparison.Ordinal) < body.IndexOf("Your rollout goes on", StringComparison.Ordinal));
        Assert.All(changes.Lines(), l => Assert.Contains("- " + l, message.Text, StringComparison.Ordinal));
        Assert.Contains("Jo Park gets an email today", message.Text, StringComparison.Ordinal);
        Assert.Contains("phase 1 stays reached", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Voicemail", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Voicemail", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void HireEmail_NamesTheChangedAndLaterTasks_AndWhatIsNoLongerTheirs()
    {
        var plan = Samples.ComposePlan(Samples.IntakeOf(Samples.MixedTasks(), budget: 2400m)).Plan;
        var now = plan.Tasks.First(t => t.Phase == 1 && t.Role is not null);
        var later = plan.Tasks.First(t => t.Phase > 1 && t.Role == now.Role);
        var notice = new RolloutNotice(plan.PlanId, NoticeKind.WorkUpdated, $"planupdate-v2-{now.Role}", true, now.Role,
            new DelegateInfo(now.Role!.Value, "Jo Park", "jo@example.com"), WorkChange: new RoleWorkChange(2, [now.TaskId], [later.TaskId], ["Newsletter"]));
        var links = new NoticeLinks(Sops: new Dictionary<string, string> { [now.TaskId] = "https://app.example/sops/sealed" });

        var message = NoticeWriter.Write(notice, plan, links, []);

        Assert.Equal("jo@example.com", message.To.Email);
        Assert.Contains($"“{now.Name}”: its SOP is new or changed, and attached (SOP: https://app.example/sops/sealed)", message.Text, StringComparison.Ordinal);
        Assert.Contains($"“{later.Name}” comes to you when phase {later.Phase} starts", message.Text, StringComparison.Ordinal);
        Assert.Contains("“Newsletter” is no longer one of your tasks", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("$", message.Text, StringComparison.Ordinal);
    }
}
