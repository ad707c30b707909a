using Delegation.Core.Hiring;
using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>Which systems and interview questions a task brings into its role's hiring kit: by its SOP kind, so the kit
/// and the SOPs talk about the same work.</summary>
public sealed class WorkAreasTests
{
    [Theory]
    [InlineData("Scheduling appointments", TaskCategory.Admin, "scheduling")]
    [InlineData("Reminder calls and texts", TaskCategory.Admin, "scheduling phone")]
    [InlineData("Front desk phone and voicemail", TaskCategory.Admin, "scheduling phone")]
    [InlineData("Inbox", TaskCategory.Admin, "inbox")]
    [InlineData("Answering new client enquiries", TaskCategory.Onboarding, "intake")]
    [InlineData("Consultation booking", TaskCategory.Onboarding, "scheduling inbox")]
    [InlineData("Intake paperwork and consent forms", TaskCategory.Onboarding, "intake")]
    [InlineData("Insurance claims", TaskCategory.Billing, "billing")]
    [InlineData("Denials and appeals", TaskCategory.Billing, "billing")]
    [InlineData("Eligibility and benefits checks", TaskCategory.Billing, "billing")]
    [InlineData("Superbills for out-of-network clients", TaskCategory.Billing, "billing")]
    [InlineData("CAQH re-attestation", TaskCategory.Billing, "billing")]
    [InlineData("Payroll and contractor invoices", TaskCategory.Admin, "bookkeeping")]
    [InlineData("Bookkeeping", TaskCategory.Admin, "bookkeeping")]
    [InlineData("Instagram posts", TaskCategory.Marketing, "social")]
    [InlineData("Monthly newsletter", TaskCategory.Marketing, "social")]
    [InlineData("Google Business reviews", TaskCategory.Marketing, "social")]
    [InlineData("Psychology Today profile", TaskCategory.Marketing, "social")]
    [InlineData("Website updates", TaskCategory.Tech, "website")]
    [InlineData("Booking widget on the website", TaskCategory.Tech, "scheduling website")]
    [InlineData("EHR user accounts and permissions", TaskCategory.Tech, "systems")]
    [InlineData("Wi-Fi and printer troubleshooting", TaskCategory.Tech, "systems")]
    [InlineData("Telehealth set-up", TaskCategory.Tech, "systems")]
    [InlineData("Therapy sessions", TaskCategory.Clinical, "clinical")]
    [InlineData("Intake assessments", TaskCategory.Clinical, "clinical")]
    [InlineData("Office supplies", TaskCategory.Admin, "")]
    [InlineData("Format the quarterly report", TaskCategory.Admin, "")]
    [InlineData("Postage and mailing", TaskCategory.Admin, "intake")]
    [InlineData("Mailing list sign-ups", TaskCategory.Marketing, "social")]
    public void Of_TaskName_FindsItsAreas(string name, TaskCategory category, string expected)
    {
        var areas = WorkAreas.Of(Samples.Task(name: name, category: category));

        Assert.Equal(expected, string.Join(" ", areas.Select(a => a.Key)));
    }

    [Theory]
    [InlineData("Insurance claims", TaskCategory.Billing)]
    [InlineData("Scheduling appointments", TaskCategory.Admin)]
    [InlineData("Monthly newsletter", TaskCategory.Marketing)]
    [InlineData("Move the website to a new host", TaskCategory.Tech)]
    public void Of_TaskOfAKnownKind_IsInTheAreasThatListItsSopKind(string name, TaskCategory category)
    {
        var task = Samples.Task(name: name, category: category);
        var subject = Delegation.Core.Sops.SopLibrary.SubjectOf(task);

        var areas = WorkAreas.Of(task);

        Assert.NotEmpty(areas);
        Assert.All(areas, a => Assert.Contains(subject, a.Kinds));
        Assert.Equal(WorkAreas.All.Where(a => a.Kinds.Contains(subject)), areas);
    }
}
