using Delegation.Core.Email;
using Delegation.Core.Email.Notices;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;

namespace Delegation.Core.Tests;

/// <summary>The emails of an SOP change from a check-in: the owner's review link, the delegate's new version, a kind no.</summary>
public sealed class SopChangeNoticeTests
{
    static readonly DelegateInfo Jo = new(SupportRole.VirtualAssistant, "Jo <b>Park</b>", "jo@example.com");

    // Check-in on Monday 2 March 2026, 09:00 in Chicago; the review link lasts until 1 April.
    static RolloutNotice Notice(NoticeKind kind, bool toDelegate, int? version = null) => new(
        Samples.PlanId, kind, $"sopchange-virtualassistant-3-{kind}", toDelegate, SupportRole.VirtualAssistant, Jo, "VirtualAssistant-3",
        Samples.Now, LinkExpiresAt: Samples.Now.AddDays(30), TaskId: "t1", SopVersion: version);

    static Plan Plan() => Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)])).Plan;

    [Fact]
    public void Proposed_ToTheOwner_LinksTheReview_NamesTaskAndCheckIn_AndNeverTheChange()
    {
        var plan = Plan();

        var message = NoticeWriter.Write(Notice(NoticeKind.SopChangeProposed, false), plan, new NoticeLinks(Review: "https://x.example/sop-changes/abc"), []);

        Assert.Equal($"{plan.PlanId}-sopchange-virtualassistant-3-SopChangeProposed", message.MessageId);
        Assert.Equal(plan.Practice.Email, message.To.Email);
        Assert.Equal("Review a change to the SOP for Scheduling", message.Subject);
        Assert.Contains("At the check-in on March 2, 2026 with Jo <b>Park</b>, you noted that the SOP for “Scheduling” needs a change. The SOP stays as it is until you decide.", message.Text, StringComparison.Ordinal);
        Assert.Contains("The link works once, until April 1, 2026.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Review the change: https://x.example/sop-changes/abc", message.Text, StringComparison.Ordinal);
        Assert.Contains("Jo &lt;b&gt;Park&lt;/b&gt;", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Park", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Approved_ToTheDelegate_SaysWhichVersionReplacesWhat_AndWhereTheChangeIs()
    {
        var plan = Plan();

        var links = new NoticeLinks(Site: new Uri("https://x.example/"), Sops: new Dictionary<string, string> { ["t1"] = "https://x.example/sops/sealed-t1" });
        var message = NoticeWriter.Write(Notice(NoticeKind.SopChangeApproved, true, 2), plan, links, []);

        Assert.Equal("jo@example.com", message.To.Email);
        Assert.Equal("Calm Harbor Counseling: the SOP for Scheduling is updated (version 2)", message.Subject);
        Assert.Contains("Ana Ruiz approved the change to the SOP for “Scheduling” that came up at your check-in on March 2, 2026. Version 2 is attached and replaces every earlier copy", message.Text, StringComparison.Ordinal);
        Assert.Contains("The change is at the top of the steps, with its date; where it differs from a numbered step, the change holds.", message.Text, StringComparison.Ordinal);
        // The hire's own sealed link: the plan id opens the owner's whole plan, so it is nowhere in the hire's email.
        Assert.Contains("Read the SOP online: https://x.example/sops/sealed-t1", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.PlanId, message.Text + message.Html, StringComparison.Ordinal);
        Assert.Contains("Dear Jo,", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_ToTheDelegate_IsKindAndPlain_WithNoLinkToAct()
    {
        var plan = Plan();

        var message = NoticeWriter.Write(Notice(NoticeKind.SopChangeRejected, true), plan, new NoticeLinks(Site: new Uri("https://x.example/")), []);

        Assert.Equal("jo@example.com", message.To.Email);
        Assert.Equal("Calm Harbor Counseling: about the change to the SOP for Scheduling", message.Subject);
        Assert.Contains("Ana Ruiz has looked at it and is keeping the SOP as it is for now. Thank you for helping keep it right.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Please carry on with the steps as they are written.", message.Text, StringComparison.Ordinal);
        Assert.Contains("write to Ana Ruiz at ana@example.com", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", message.Text, StringComparison.Ordinal);
    }
}
