using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// A plan whose every task is clinical: it says why the budget is unspent and links the form to list the admin,
/// and its one calendar event is about listing that admin, not about a budget the owner already set.
/// </summary>
public sealed class ClinicalOnlyPlanTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    static PracticeTask[] ClinicalTasks() =>
    [
        Samples.Task(name: "Therapy sessions", category: TaskCategory.Clinical, hours: 20m, clientInfo: true),
        Samples.Task(name: "Progress notes", category: TaskCategory.Clinical, hours: 5m, stress: 4, clientInfo: true),
        Samples.Task(name: "Treatment plans", category: TaskCategory.Clinical, hours: 2m, clientInfo: true),
    ];

    static Plans.Plan Plan(bool share, IEnumerable<PracticeTask>? tasks = null) =>
        Samples.ComposePlan(Samples.IntakeOf(tasks ?? ClinicalTasks(), shareClientLoad: share, budget: 500m)).Plan;

    [Fact]
    public void ClinicalOnly_SaysWhyTheBudgetIsUnspent_AndLinksTheForm()
    {
        var email = PlanEmailContent.Build(Plan(share: false), BaseUrl);

        var section = Assert.Single(email.Sections, s => s.Heading == "What your budget could buy");
        var text = Assert.Single(section.Paragraphs);
        // The opening has said the tasks are clinical and stay: the paragraph does not say it again.
        Assert.StartsWith("Your $500.00 a month is unspent. The admin around your sessions", text, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(email.ToText(), "clinical work stays with you"));
        Assert.Contains("scheduling, intake paperwork, billing and the practice inbox", text, StringComparison.Ordinal);
        // An associate is not offered: this plan has no figures to size one at the owner's fee.
        Assert.Equal(0, CountOf(email.ToText(), "share your client load"));
        Assert.Equal(0, CountOf(email.ToText(), "associate therapist"));
        Assert.Equal("https://delegation.example/", Assert.Single(section.Items).Url);
        var free = Assert.Single(email.Sections, s => s.Heading == "Free first steps");
        Assert.StartsWith("List the admin around your sessions on ", free.Items[^1].Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("Revisit your delegation budget", email.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void SharingTheClientLoad_HandsTheSessionsToAnAssociate_AndSaysNoneOfIt()
    {
        var plan = Plan(share: true);

        Assert.Contains(plan.Tasks, t => t.Role == SupportRole.AssociateTherapist);
        Assert.Null(ClinicalOnly.Unspent(plan));
        Assert.DoesNotContain(PlanEmailContent.Build(plan, BaseUrl).Sections, s => s.Heading == "What your budget could buy");
    }

    [Fact]
    public void AdminThatNoRoleTakes_IsNotCalledClinicalOnly_AndKeepsTheBudgetRevisit()
    {
        // Nothing delegated at this budget, but the tasks are admin: the budget revisit is the right event.
        var plan = Plan(share: false, [Samples.Task(name: "Scheduling", hours: 3m)]);
        var zero = Samples.ComposePlan(Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 3m)], budget: 0m)).Plan;

        Assert.False(ClinicalOnly.Applies(zero));
        Assert.Null(ClinicalOnly.Unspent(plan));
        Assert.Contains("Revisit your delegation budget", PlanEmailContent.Build(zero, BaseUrl).ToText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, ClinicalOnly.RevisitTitle)]
    [InlineData(false, CheckInCalendar.RevisitSummary)]
    public void RevisitEvent_IsTitledForWhatItIsFor(bool clinicalOnly, string summary)
    {
        var ics = CheckInCalendar.Write(Samples.PlanId, Samples.Practice, [], Samples.Now, 0, new DateOnly(2026, 6, 1), clinicalOnly);

        Assert.Contains($"SUMMARY:{summary}", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Unspent_SaysWhatTheBudgetBuys_AtThePlansOwnRates()
    {
        var text = ClinicalOnly.Unspent(Plan(share: false))!;

        // $500 over $45 × 52/12 is 2.564 h a week, to the nearest tenth 2.6; the VA's 5-hour minimum is $758.33 a month, which $500 does not reach.
        Assert.Contains("At this plan's rates, $500.00 a month fits a billing specialist for about 2.5 h a week at $45.00 an hour, if you have insurance claims or client invoices to hand over (your form listed none, so this plan cannot tell); "
            + "not a virtual assistant, whom this plan prices at a 5-hour weekly minimum ($758.33 a month), which many such services ask for.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RevisitReminder_SaysItsTimeAndAlarm_AndTheCalendarHoldsThem()
    {
        var plan = Plan(share: false) with { Calendar = new Plans.CalendarLink($"/api/plans/{Samples.PlanId}/calendar.ics", 0) };
        var revisit = PlanEmailContent.RevisitOn(plan.CreatedAt, plan.Practice.TimeZone, plan.Practice.CheckInDay, clinicalOnly: true);

        var line = Assert.Single(PlanEmailContent.Build(plan, BaseUrl).Sections, s => s.Heading == "Free first steps").Items[^1].Lead;
        var e = Assert.Single(Ical.Net.Calendar.Load(CheckInCalendar.Write(Samples.PlanId, Samples.Practice, [], Samples.Now, 0, revisit, clinicalOnly: true,
            revisitTime: plan.Practice.CheckInTime))!.Events);

        // Monday 9 March 2026, a week after the plan of Monday 2 March, at the default 08:30: the form gave no time, so it says so.
        Assert.Equal(new DateOnly(2026, 3, 9), revisit);
        Assert.StartsWith("List the admin around your sessions on Monday, March 9, 2026 at 08:30, if you have not started a new plan by then:", line, StringComparison.Ordinal);
        Assert.EndsWith("with the hours it takes. The attached calendar file holds it, with a reminder 30 minutes before; the form gave no time, so it is at 08:30: move it if another time suits.", line, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 3, 9, 8, 30, 0), e.DtStart!.Value);
        Assert.Single(e.Alarms);
    }

    static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
