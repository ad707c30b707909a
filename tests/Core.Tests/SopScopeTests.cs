using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>An SOP stays inside its plan: work the plan keeps goes back to the therapist, client details are
/// never denied where the work carries them, every artefact a step relies on is supplied, and the practice's
/// own systems are named.</summary>
public sealed class SopScopeTests
{
    static readonly HashSet<string> None = [];

    static string Steps(PracticeTask task, SupportRole role, IReadOnlySet<string> delegated, IReadOnlySet<string> kept, Practice? practice = null) =>
        Html.SectionText(Html.Parse(SopWriter.Write(practice ?? Samples.Practice, task, role, 1, delegated, kept).Html), "Step by step");

    static PracticeTask Claims => Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, clientInfo: true);

    [Fact]
    public void Claims_WhenThePlanKeepsPaymentPosting_HandsPostingBack()
    {
        var steps = Steps(Claims, SupportRole.BillingSpecialist, new HashSet<string> { "claims" }, new HashSet<string> { "payment-posting" });

        Assert.DoesNotContain("Post each electronic remittance", steps, StringComparison.Ordinal);
        Assert.Contains("Leave payment posting to the therapist", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_WhenPaymentPostingIsDelegated_PointsToItsSop()
    {
        var steps = Steps(Claims, SupportRole.BillingSpecialist, new HashSet<string> { "claims", "payment-posting" }, None);

        Assert.DoesNotContain("Post each electronic remittance", steps, StringComparison.Ordinal);
        Assert.Contains("payment posting SOP", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_WhenThePlanHasNoPostingTask_PostsPaymentsItself()
    {
        var steps = Steps(Claims, SupportRole.BillingSpecialist, new HashSet<string> { "claims" }, None);

        Assert.Contains("Post each electronic remittance", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookkeeping_WhenThePlanKeepsTaxes_DoesNotTakeOverTheTaxCalendar()
    {
        var task = Samples.Task(name: "Bookkeeping", category: TaskCategory.Billing);

        var kept = Steps(task, SupportRole.BillingSpecialist, new HashSet<string> { "bookkeeping" }, new HashSet<string> { "taxes" });
        var alone = Steps(task, SupportRole.BillingSpecialist, new HashSet<string> { "bookkeeping" }, None);

        Assert.DoesNotContain("Keep the calendar of tax dates", kept, StringComparison.Ordinal);
        Assert.Contains("stay with the therapist", kept, StringComparison.Ordinal);
        Assert.Contains("Keep the calendar of tax dates", alone, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxes_WhenThePlanKeepsBookkeeping_AsksForTheFiguresInsteadOfKeepingTheBooks()
    {
        var task = Samples.Task(name: "Quarterly taxes", category: TaskCategory.Billing);

        var steps = Steps(task, SupportRole.VirtualAssistant, new HashSet<string> { "taxes" }, new HashSet<string> { "bookkeeping" });

        Assert.Contains("you do not categorize or reconcile the books yourself", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("bookkeeping SOP", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminders_WhenThePlanKeepsScheduling_LeaveFreedSlotsToTheTherapist()
    {
        var task = Samples.Task(name: "Appointment reminders", category: TaskCategory.Admin);

        var steps = Steps(task, SupportRole.VirtualAssistant, new HashSet<string> { "reminders" }, new HashSet<string> { "scheduling" });

        Assert.DoesNotContain("offer a freed slot to the waitlist", steps, StringComparison.Ordinal);
        Assert.Contains("tell the therapist the same day which slots a cancellation freed", steps, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Scheduling appointments", "US", "Business Associate Agreement")]
    [InlineData("Insurance claims", "US", "Business Associate Agreement")]
    [InlineData("Superbills", "US", "Business Associate Agreement")]
    [InlineData("Intake paperwork", "GB", "UK GDPR")]
    [InlineData("Records requests", "DE", "GDPR")]
    public void KindThatCarriesClientDetails_MarkedWithout_GetsTheClientInformationSection(string name, string country, string agreement)
    {
        var task = Samples.Task(name: name, category: name == "Intake paperwork" ? TaskCategory.Onboarding : TaskCategory.Admin, clientInfo: false);
        if (name is "Insurance claims" or "Superbills")
        {
            task = task with { Category = TaskCategory.Billing };
        }

        var document = Html.Parse(SopWriter.Write(Samples.Practice with { Country = country }, task, SupportRole.VirtualAssistant, 1).Html);
        var confidentiality = Html.SectionText(document, "Confidentiality");

        Assert.DoesNotContain("marked this task as not involving client information. If", confidentiality, StringComparison.Ordinal);
        Assert.Contains("always handles client details", confidentiality, StringComparison.Ordinal);
        Assert.Contains(agreement, confidentiality, StringComparison.Ordinal);
        Assert.True(SopWriter.InvolvesClientInfo(task));
    }

    [Fact]
    public void KindWithoutClientDetails_MarkedWithout_KeepsTheIntakesAnswer()
    {
        var task = Samples.Task(name: "Office supplies", clientInfo: false);

        var confidentiality = Html.SectionText(Html.Parse(SopWriter.Write(Samples.Practice, task, SupportRole.VirtualAssistant, 1).Html), "Confidentiality");

        Assert.Contains("marked this task as not involving client information", confidentiality, StringComparison.Ordinal);
        Assert.DoesNotContain("always handles client details", confidentiality, StringComparison.Ordinal);
        Assert.False(SopWriter.InvolvesClientInfo(task));
    }

    [Theory]
    [InlineData("Inbox", "Approved reply templates")]
    [InlineData("Consultation booking", "The consultation template")]
    [InlineData("Social media", "The approved general responses")]
    public void ArtefactAStepRelies_On_IsAFirstWeekDeliverable(string name, string deliverable)
    {
        var category = name == "Social media" ? TaskCategory.Marketing : TaskCategory.Admin;
        var markdown = SopWriter.Write(Samples.Practice, Samples.Task(name: name, category: category), SupportRole.VirtualAssistant, 1).Markdown;

        // A sub-section of the steps: from its heading to the next section.
        var start = markdown.IndexOf("### To write in your first week on this task", StringComparison.Ordinal);
        Assert.True(start >= 0, "no first-week list");
        var firstWeek = markdown[start..markdown.IndexOf("\n## ", start, StringComparison.Ordinal)];

        Assert.Contains(deliverable, firstWeek, StringComparison.Ordinal);
        Assert.Contains("the therapist", firstWeek, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedSystems_ReplaceTheMenuOfExamples()
    {
        var practice = Samples.Practice with { Systems = new PracticeSystems(Ehr: "SimplePractice", Billing: "Office Ally", Phone: "Dialpad") };

        var claims = SopWriter.Write(practice, Claims, SupportRole.BillingSpecialist, 1).Markdown;
        var phone = SopWriter.Write(practice, Samples.Task(name: "Phone and voicemail"), SupportRole.VirtualAssistant, 1).Markdown;

        Assert.Contains("EHR (SimplePractice)", claims, StringComparison.Ordinal);
        Assert.DoesNotContain("TherapyNotes", claims, StringComparison.Ordinal);
        Assert.Contains("Clearinghouse (Office Ally)", claims, StringComparison.Ordinal);
        Assert.DoesNotContain("Availity", claims, StringComparison.Ordinal);
        Assert.Contains("(Dialpad)", phone, StringComparison.Ordinal);
        Assert.Contains("approved under HIPAA (SimplePractice, Office Ally or the practice's secure portal)", claims, StringComparison.Ordinal);
        Assert.DoesNotContain("RingCentral", phone, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSystemsGiven_LeavesTheNamesToTheKickoff()
    {
        var claims = SopWriter.Write(Samples.Practice, Claims, SupportRole.BillingSpecialist, 1).Markdown;

        // A menu of brands only makes the hire ask which one; the tool line says who names it, and when.
        Assert.Contains("- The practice's EHR: ", claims, StringComparison.Ordinal);
        Assert.Contains("- Clearinghouse: your own user.", claims, StringComparison.Ordinal);
        // Both are asked for once, in the kickoff list, not in every line that uses them.
        Assert.Contains("- The name of the practice's EHR, and your own login to it with the access listed above.", claims, StringComparison.Ordinal);
        Assert.Contains("- The name of the practice's clearinghouse, and your own login to it with the access listed above.", claims, StringComparison.Ordinal);
        Assert.DoesNotContain("names it at kickoff", claims, StringComparison.Ordinal);
        Assert.DoesNotContain("SimplePractice, TherapyNotes, Jane", claims, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedSystem_IsUserText_AndCannotBecomeMarkup()
    {
        var practice = Samples.Practice with { Systems = new PracticeSystems(Ehr: "<b>Evil</b> [link](http://x)") };

        var html = SopWriter.Write(practice, Samples.Task(name: "Scheduling appointments"), SupportRole.VirtualAssistant, 1).Html;

        Assert.DoesNotContain("<b>Evil", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http://x\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Evil&lt;/b&gt;", html, StringComparison.Ordinal);
    }
}
