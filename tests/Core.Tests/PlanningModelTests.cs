using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>How practices really buy help: one-off projects, associates paid from sessions, specialists, other countries, no budget.</summary>
public sealed class PlanningModelTests
{
    static Intake.Intake With(IEnumerable<PracticeTask> tasks, decimal monthly, decimal? oneTime = null, int startWith = 2,
        bool share = false, string currency = "USD") =>
        Samples.IntakeOf(tasks, share, startWith, monthly) with { Budget = new Budget(monthly, currency, oneTime) };

    [Fact]
    public void ProjectOnlyIntake_IsPaidOnceFromTheOneOffBudget_AndCostsNothingAMonth()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Fix the booking widget", category: TaskCategory.Tech, hours: 0, stress: 4, confidence: 1) with { OneTimeHours = 6m },
            Samples.Task(name: "Set up Google Workspace", category: TaskCategory.Admin, hours: 0, stress: 3, confidence: 2) with { OneTimeHours = 8m },
        };

        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: 300m, oneTime: 1200m));

        Assert.All(plan.Tasks, t => Assert.Equal(SupportRole.TechProfessional, t.Role));
        Assert.Equal(0m, plan.Totals.MonthlyCost);
        // 6 h + 8 h at 75 an hour, once.
        Assert.Equal(1050m, plan.Totals.OneTimeCost);
        Assert.Equal([450m, 600m], plan.Tasks.Select(t => t.OneTimeCost!.Value).Order());
        var line = Assert.Single(plan.SupportMix);
        Assert.Equal((0m, 0m, 14m, 1050m), (line.HoursPerWeek, line.MonthlyCost, line.OneTimeHours, line.OneTimeCost));
        Assert.Contains("nothing a month", line.Note, StringComparison.Ordinal);
        Assert.Contains("tech professional", plan.Tasks.Single(t => t.Name == "Set up Google Workspace").RoleReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectOverTheOneOffBudget_IsKeptWithItsOneOffCost()
    {
        var tasks = new[] { Samples.Task(name: "Website redesign", category: TaskCategory.Tech, hours: 0) with { OneTimeHours = 40m } };

        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: 5000m, oneTime: 1000m));

        var task = Assert.Single(plan.Tasks);
        Assert.Null(task.Role);
        Assert.Equal("Kept for now: as a one-off job with the tech professional at $75.00 an hour it would cost $3,000.00 once, and the one-off budget has $1,000.00 left.", task.KeptReason);
        var step = Assert.Single(plan.NextSteps!);
        Assert.Equal(3000m, step.ExtraOneTimeCost);
        Assert.Null(step.ExtraMonthlyCost);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(10, false)]
    public void NoOneOffBudget_ProjectsGetWhatTheFirstMonthLeaves(int projectHours, bool fits)
    {
        // 5 h of VA work costs $758.33 a month; $241.67 of the $1,000 is left for a $75/h tech project.
        var tasks = new[]
        {
            Samples.Task(name: "Scheduling", category: TaskCategory.Admin, hours: 5m),
            Samples.Task(name: "Website fixes", category: TaskCategory.Tech, hours: 0) with { OneTimeHours = projectHours },
        };

        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: 1000m));

        Assert.Equal(758.33m, plan.Totals.MonthlyCost);
        Assert.Equal(241.67m, plan.Totals.OneTimeBudget);
        Assert.True(plan.Totals.OneTimeBudgetFromMonth);
        var project = plan.Tasks.Single(t => t.Name == "Website fixes");
        if (fits)
        {
            Assert.Equal(SupportRole.TechProfessional, project.Role);
            Assert.True(plan.Totals.MonthlyCost + plan.Totals.OneTimeCost <= 1000m);
        }
        else
        {
            Assert.Null(project.Role);
            Assert.Equal("waits until month 4, when the $241.67 a month set aside covers it", project.Waits);
            Assert.Equal("Waits until month 4: as a one-off job with the tech professional at $75.00 an hour it would cost $750.00 once, more than the $241.67 a month left after recurring support. Set that aside each month and by month 4 it covers this ($966.67 by then). Or give a one-off budget on the form to pay for projects separately. From month 5 that $241.67 a month is free again: no other task fits in it, so support costs $758.33 a month and the rest stays yours.", project.KeptReason);
        }
    }

    [Theory]
    [InlineData(2000, SupportRole.BillingSpecialist)]
    [InlineData(1300, SupportRole.VirtualAssistant)]
    public void DenialsAndAppeals_GoToTheBillingSpecialistWhenTheBudgetAllows_ElseSayWhatItWouldCost(int budget, SupportRole expected)
    {
        var tasks = new[] { Samples.Task(name: "Claims denials and appeals", category: TaskCategory.Billing, hours: 8m, stress: 5, confidence: 1, clientInfo: true) };

        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: budget));

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(expected, task.Role);
        if (expected == SupportRole.BillingSpecialist)
        {
            Assert.StartsWith("The billing specialist takes it: ", task.RoleReason, StringComparison.Ordinal);
        }
        else
        {
            // 8 h a week: 1,560.00 with the billing specialist against 1,213.33 with the VA.
            Assert.Contains("A billing specialist fits it better", task.RoleReason, StringComparison.Ordinal);
            Assert.Contains("would cost $346.67 more a month", task.RoleReason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UkIntake_IsPricedInPounds()
    {
        var form = Samples.Form(new TaskForm("Everything admin", "admin", 60m, 5, 2, true, false, null)) with
        {
            Practice = Samples.Form().Practice! with { TimeZone = "Europe/London" },
            Budget = new BudgetForm(900m, null),
        };
        var intake = IntakeValidator.Validate(form).Intake!;

        var (plan, _) = Samples.ComposePlan(intake);

        Assert.Equal(("GB", "GBP"), (plan.Practice.Country, plan.Totals.Currency));
        Assert.Contains("£", plan.Tasks.Single().KeptReason, StringComparison.Ordinal);
        Assert.DoesNotContain("$", plan.Tasks.Single().KeptReason, StringComparison.Ordinal);
        Assert.All(plan.NextSteps!, s => Assert.Contains("£", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ZeroBudget_SaysWhatTheFirstStepsWouldCost_AndWhyThereIsNoPhase1()
    {
        var (plan, _) = Samples.ComposePlan(With(Samples.MixedTasks(), monthly: 0m));

        Assert.DoesNotContain(plan.Tasks, t => t.Role is not null);
        Assert.NotEmpty(plan.NextSteps!);
        Assert.All(plan.NextSteps!, s => Assert.True(s.ExtraMonthlyCost > 0 || s.ExtraOneTimeCost > 0, s.Text));
        Assert.StartsWith("You asked to start with 2 tasks; none fits the budget yet", plan.Totals.Phase1Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Phase1WithFewerTasksThanAsked_SaysWhyInOneSentence()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Scheduling", category: TaskCategory.Admin, hours: 4m, stress: 5),
            Samples.Task(name: "Inbox", category: TaskCategory.Admin, hours: 4m, stress: 4),
        };

        // 5 h minimum at 35: 758.33 covers one 4-hour task, not two.
        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: 800m));

        Assert.Equal("You asked to start with 2 tasks; the budget covers 1 task, so phase 1 holds 1.", plan.Totals.Phase1Note);
    }

    [Fact]
    public void MinimumEngagement_ThatDecidesACost_IsSaid()
    {
        var tasks = new[] { Samples.Task(name: "Office supplies", category: TaskCategory.Admin, hours: 1m, stress: 3) };

        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: 900m));

        var line = Assert.Single(plan.SupportMix);
        Assert.Equal(758.33m, line.MonthlyCost);
        Assert.Equal("This plan prices a virtual assistant at a 5-hour weekly minimum, so 1 h of work a week is billed as 5 h.", line.Note);
    }

    [Fact]
    public void UnusedBudget_ComesWithWhatALittleMoreWouldBuy()
    {
        var tasks = new[]
        {
            Samples.Task(name: "Scheduling", category: TaskCategory.Admin, hours: 5m, stress: 5),
            Samples.Task(name: "Newsletter", category: TaskCategory.Marketing, hours: 4m, stress: 3),
        };

        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: 900m));

        var step = Assert.Single(plan.NextSteps!);
        Assert.Equal("t2", step.TaskId);
        Assert.Matches(@"^Add “Newsletter” \(4 h a week\) with the (virtual assistant|marketing support) at \$[\d,]+\.\d\d an hour, for \$[\d,]+\.\d\d more a month\.", step.Text);
    }

    [Fact]
    public void BetterFitCost_SaysWhenTheChosenRolesMinimumKeepsItsCost()
    {
        // 3 h of claims and 2 h of phones fill a VA's 5 h minimum: moving the claims to a billing specialist
        // adds the specialist's whole cost, because the VA would still be paid for 5 h.
        var tasks = new[]
        {
            Samples.Task(name: "Insurance claims submission", category: TaskCategory.Billing, hours: 3m, stress: 5, confidence: 2, repetitive: true, clientInfo: true),
            Samples.Task(name: "Phone calls and voicemail", category: TaskCategory.Admin, hours: 2m, stress: 4, repetitive: true, clientInfo: true),
        };

        var (plan, _) = Samples.ComposePlan(With(tasks, monthly: 900m));

        var claims = plan.Tasks.Single(t => t.Name == "Insurance claims submission");
        Assert.Equal(SupportRole.VirtualAssistant, claims.Role);
        Assert.Contains("would cost $585.00 more a month", claims.RoleReason, StringComparison.Ordinal);
        Assert.Contains("The move saves nothing with the virtual assistant, who would still be paid for the 5-hour weekly minimum this plan prices them at.", claims.RoleReason, StringComparison.Ordinal);
    }
}
