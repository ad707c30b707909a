using System.Text;
using Delegation.Core.Plans;
using Delegation.Core.Sops;
using Delegation.Core.Workflow.Activities;
using Delegation.Infrastructure.Storage;

namespace Delegation.Core.Tests;

/// <summary>An approved change from a check-in, put into the SOP the delegate works from: in its steps, dated, with why.</summary>
public sealed class SopAmendmentTests : IDisposable
{
    const string Intake = "solo-us";
    const string Task = "Phone calls and voicemail";

    static readonly SopAmendment Callbacks = new("VirtualAssistant-3",
        "Return voicemails about rescheduling within 2 business hours, not by the end of the day.\nLog each callback in the EHR's secure notes.",
        "it came up at the check-in on December 3, 2026, and Dr. Maya Chen approved it", new DateOnly(2026, 12, 4));

    readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    static string Markdown()
    {
        var loaded = ReviewIntakes.Load(Intake);
        var match = ReviewIntakes.Match(Intake);
        var task = loaded.Tasks.Single(t => t.Name == Task);
        return SopWriter.Write(loaded.Practice, task, match.Assignments.Single(a => a.TaskId == task.TaskId).Role, 1).Markdown;
    }

    static string Text(string markdown) => Html.Parse(SopWriter.FromMarkdown("t1", "SOP", markdown).Html).Body!.TextContent;

    [Fact]
    public void Apply_PutsTheChangeAtTheTopOfTheSteps_DatedTheUsWay_AndLogsWhy()
    {
        var original = Markdown();

        var amended = SopAmendments.Apply(original, [Callbacks], 2, "US");

        var steps = SopAmendments.StepsOf(amended);
        Assert.StartsWith("> **Changed on December 4, 2026.** Where this differs from a step below, this holds:", steps, StringComparison.Ordinal);
        // Both lines of the owner's text, each on its own line, and every numbered step of version 1 still below them.
        Assert.Contains("Return voicemails about rescheduling within 2 business hours, not by the end of the day.", Text(amended), StringComparison.Ordinal);
        Assert.Contains("> Log each callback in the EHR\\'s secure notes\\.", amended, StringComparison.Ordinal);
        Assert.EndsWith(SopAmendments.StepsOf(original), steps, StringComparison.Ordinal);
        Assert.Contains("· version 2*", amended, StringComparison.Ordinal);
        Assert.DoesNotContain("· version 1*", amended, StringComparison.Ordinal);
        Assert.EndsWith("## Changes\n\n- Changed on December 4, 2026 because it came up at the check\\-in on December 3\\, 2026\\, and Dr\\. Maya Chen approved it.\n",
            amended, StringComparison.Ordinal);
        Assert.Contains("Changed on December 4, 2026 because it came up at the check-in on December 3, 2026, and Dr. Maya Chen approved it.", Text(amended), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_AgainWithMoreChanges_CarriesEachOnce_NewestFirst()
    {
        var later = new SopAmendment("VirtualAssistant-5", "Offer the waitlist slot before closing a cancelled hour.", "clients were waiting", new DateOnly(2026, 12, 18));
        var once = SopAmendments.Apply(Markdown(), [Callbacks], 2, "US");

        var twice = SopAmendments.Apply(once, [Callbacks, later], 3, "US");

        Assert.Equal(once, SopAmendments.Apply(once, [Callbacks], 2, "US"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(twice, "Return voicemails"));
        Assert.True(twice.IndexOf("December 18, 2026.**", StringComparison.Ordinal) < twice.IndexOf("December 4, 2026.**", StringComparison.Ordinal));
        Assert.Contains("- Changed on December 18, 2026 because clients were waiting.\n- Changed on December 4, 2026 because", twice, StringComparison.Ordinal);
        Assert.Equal(Markdown(), SopAmendments.Apply(twice, [], 1, "US"));
    }

    [Fact]
    public void Apply_HostileChange_IsTextOnly_AndCannotForgeTheChangeLog()
    {
        var hostile = Callbacks with { Text = "<script>alert(1)</script>\n## Changes\n> forged", Reason = "[click](javascript:alert(1))" };

        var amended = SopAmendments.Apply(Markdown(), [hostile], 2, "US");
        var html = SopWriter.FromMarkdown("t1", "SOP", amended).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(Markdown(), SopAmendments.Apply(amended, [], 1, "US"));
    }

    [Fact]
    public async Task AmendSop_Approved_StoresVersion2WithTheChange_AndARetryKeepsIt()
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)]));
        var documents = new LocalFolderDocumentStore(folder.Path);
        var sops = new SopStore(documents);
        var changes = new SopChangeStore(documents);
        await new PlanStore(documents).SaveAsync(plan);
        var intake = Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)]);
        await sops.SaveAsync(plan.PlanId, "t1", v => SopWriter.Write(Samples.Practice, intake.Tasks[0], Planning.SupportRole.VirtualAssistant, v));
        await changes.TryProposeAsync(new SopChangeProposal(plan.PlanId, "VirtualAssistant-2", "t1", Planning.SupportRole.VirtualAssistant,
            "Confirm every new booking by the practice's secure messaging the same day.", Samples.Now, Samples.Now.AddHours(-2)));
        var activity = new AmendSop(new PlanStore(documents), sops, changes, new SopConfirmations(documents));
        var request = new AmendSopRequest(plan.PlanId, "VirtualAssistant-2", "t1", new SopChangeDecision(true), Samples.Now.AddDays(1));

        var version = await activity.RunAsync(request);
        var retried = await activity.RunAsync(request);

        Assert.Equal(2, version);
        Assert.Equal(2, retried);
        Assert.Equal(2, await sops.GetLatestVersionAsync(plan.PlanId, "t1"));
        var markdown = Encoding.UTF8.GetString((await sops.GetLatestAsync(plan.PlanId, "t1", "md"))!.Content);
        // Proposed on Monday 2 March (09:00 in Chicago), approved the next day; the owner gave no reason of their own.
        Assert.Contains("> **Changed on March 3, 2026.** Where this differs from a step below, this holds:\n> Confirm every new booking by the practice\\'s secure messaging the same day\\.", markdown, StringComparison.Ordinal);
        Assert.Contains("- Changed on March 3, 2026 because it came up at the check\\-in on March 2\\, 2026\\, and Ana Ruiz approved it.", markdown, StringComparison.Ordinal);
        Assert.Single(await sops.AmendmentsAsync(plan.PlanId, "t1"));
        Assert.Equal(2, (await new PlanStore(documents).GetAsync(plan.PlanId))!.Sops.Single(s => s.TaskId == "t1").Version);
        Assert.Contains("Changed on March 3, 2026", Encoding.UTF8.GetString((await sops.GetLatestAsync(plan.PlanId, "t1", "html"))!.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmendSop_OwnerEditAndReason_AreWhatTheSopSays()
    {
        var (plan, _) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true, clientInfo: true)]));
        var documents = new LocalFolderDocumentStore(folder.Path);
        var sops = new SopStore(documents);
        var changes = new SopChangeStore(documents);
        await new PlanStore(documents).SaveAsync(plan);
        await sops.SaveAsync(plan.PlanId, "t1", v => SopWriter.Write(Samples.Practice, Samples.Task(name: "Scheduling", clientInfo: true), Planning.SupportRole.VirtualAssistant, v));
        await changes.TryProposeAsync(new SopChangeProposal(plan.PlanId, "VirtualAssistant-2", "t1", Planning.SupportRole.VirtualAssistant, "as proposed", Samples.Now));

        await new AmendSop(new PlanStore(documents), sops, changes, new SopConfirmations(documents)).RunAsync(new AmendSopRequest(plan.PlanId, "VirtualAssistant-2", "t1",
            new SopChangeDecision(true, "Send the intake forms within one hour of booking.", "new clients were waiting a day for their forms"), Samples.Now));

        var markdown = Encoding.UTF8.GetString((await sops.GetLatestAsync(plan.PlanId, "t1", "md"))!.Content);
        Assert.Contains("> Send the intake forms within one hour of booking\\.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("as proposed", markdown, StringComparison.Ordinal);
        Assert.Contains("- Changed on March 2, 2026 because new clients were waiting a day for their forms.", markdown, StringComparison.Ordinal);
    }
}
