namespace Delegation.Core.Tests;

/// <summary>
/// The round-12 readers' findings on the plan's money still open after round 13, for the review intakes' own output:
/// what the budget frees after a one-off project, add-ons priced at their marginal hours, the associate's insured income,
/// kept-task reasons without arithmetic, the revisit date and the first month on the earliest schedule.
/// </summary>
public sealed class ReviewRoundFourteenPlanTests
{
    static string EmailText(string intake) => ReviewPlanDocuments.Email(intake);

    [Fact]
    public void UkLondon_AfterTheVideoProject_TheLeftoverIsFree_AndTheSearchsNearestRaiseIsPriced()
    {
        var reason = ReviewIntakes.Match("uk-london").KeptReasons[ReviewIntakes.IdOf("uk-london", "Set up a secure video platform for online sessions")];

        // Month 3 on: the £210 is free, said as free, with what the same search hands over for the smallest raise.
        Assert.Contains("From month 3 that £210.00 a month is free again: no other task fits in it, so support costs £390.00 a month and the rest stays yours.", reason, StringComparison.Ordinal);
        Assert.EndsWith("The smallest raise that hands over more, weighed as this plan is: your monthly budget up by £115.00 to £715.00, and the tech professional takes “Website updates” (1 h a week).", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("unspent again", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_AfterTheLastProject_NoRaiseIsOfferedThatHandsBackWhatIsHandedOver()
    {
        var reason = ReviewIntakes.Match("solo-us").KeptReasons[ReviewIntakes.IdOf("solo-us", "Fix the online booking widget")];

        // The search at $910 would hand scheduling to the assistant in place of claims, the owner's most stressful task:
        // no upgrade to offer, so the sentence stops at what the free money is.
        Assert.EndsWith("From month 7 that $141.67 a month is free again: no other task fits in it, so support costs $758.33 a month and the rest stays yours.", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("comes back to you", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_ReminderCalls_OnTopOfTheOptionThatFillsTheMinimum_CostTheirOwnHours()
    {
        var text = EmailText("zero-budget");

        // Priced alone it is a whole 5-hour minimum; on top of option 2, which fills that minimum, only its own 2 h.
        Assert.Contains("would add $758.33 a month (billed as 5 h a week). Taken on top of option 2, which already fills the 5-hour weekly minimum this plan prices a virtual assistant at, it would add $303.33 a month: the virtual assistant would bill 7 h a week in place of 5, 2 h × $35.00 × 52 ÷ 12.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondon_Emails_OnTopOfBooking_CostTheHoursAboveTheMinimum_NotASecondOne()
    {
        var reason = ReviewIntakes.Match("uk-london").KeptReasons[ReviewIntakes.IdOf("uk-london", "Emails and enquiries")];

        // Round 15: the video project the set-aside pays for is no longer offered as extra, so emails is a next step of its own
        // (priced alone, as each step is) and its reason needs no "on top of" price. The on-top wording itself stays tested on
        // zero-budget's reminder calls below.
        Assert.Contains(ReviewIntakes.Match("uk-london").NextSteps!, s => s.TaskId == ReviewIntakes.IdOf("uk-london", "Emails and enquiries"));
        Assert.EndsWith("would add £758.33 a month (billed as 5 h a week), more than your whole £600.00 monthly budget.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_Income_SaysItAssumesTheSelfPayFee_AndWhatInsuredSessionsChange()
    {
        var line = ReviewIntakes.Match("group-associate").SupportMix.Single(l => l.Role == Planning.SupportRole.AssociateTherapist);
        var text = EmailText("group-associate");

        // The intake gives no insurer rates: the figures say they assume the self-pay fee, and what $10 less a session takes off.
        Assert.Contains("bringing in about $6,066.67 a month at your self-pay fee; pay about $3,640.00", text, StringComparison.Ordinal);
        Assert.Contains("These figures price every session at your $175.00 self-pay fee, as the form asks for no insurer rates. An insured session brings in the insurer's contracted rate instead, often less, and the associate's pay and the practice's 40% fall with it: "
            + "each $10.00 a session below $175.00 takes about $43.33 a month off each weekly insured hour, $17.33 of it from the practice.", line.Note, StringComparison.Ordinal);
        Assert.Contains("at $175.00 a session that leaves the practice about $21,840.00 (8 h × $175.00 × 40% × 39 weeks) or $14,560.00 (× 26 weeks), less at a lower insurer rate.", line.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("If all 8 h are insured, their first 12 months", line.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forty-tasks")]
    [InlineData("solo-us")]
    [InlineData("group-associate")]
    [InlineData("uk-london")]
    public void KeptTaskReasons_SayTheTradeInWords_WithNoScoreArithmetic(string intake)
    {
        var text = EmailText(intake);

        // Round 12: "3 h × 47 = 141, against 1 h × 59 = 59" for trades that are not fit trades; round 13 had fixed the fit trades.
        Assert.DoesNotMatch(@"\d h × \d+ = \d", text);
        Assert.DoesNotContain("times scores add up to", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_WebsiteUpdates_TradeForTwoTasks_IsSaidInWords()
    {
        var text = EmailText("forty-tasks");

        Assert.Contains("together they take 5 h of your week against this task's 2 h. The plan weighs each task by its hours as well as its score, so more hours at scores of 48 and 47 count for more than this task's 2 h at 63, and those tasks go to support instead.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_Revisit_SaysWhyThatDate_AndTheCalendarRemindsEachWeekToNoteTheHours()
    {
        var plan = Samples.ComposePlan(ReviewIntakes.Load("zero-budget")).Plan with { Calendar = new Plans.CalendarLink($"/api/plans/{Samples.PlanId}/calendar.ics", 0) };
        var text = Delegation.Core.Email.PlanEmailContent.Build(plan, new Uri("https://delegation.example/")).ToText();
        var revisit = Delegation.Core.Email.PlanEmailContent.RevisitOn(plan.CreatedAt, plan.Practice.TimeZone, plan.Practice.CheckInDay);
        var ics = Ical.Net.Calendar.Load(Calendar.CheckInCalendar.Write("alias", ReviewIntakes.Load("zero-budget").Practice, [], plan.CreatedAt, 0, revisit))!;

        // 13 weeks, explained; the weekly notes it asks for are in the calendar, on the revisit's weekday, the last a week before it.
        Assert.Matches(@"Revisit your delegation budget on [^.]+ at 08:30, about 13 weeks from this plan: by then you have 12 weeks of notes, and the free steps above have had time to work\.", text);
        Assert.Contains($"and a 10-minute slot, with an alert, to note the past week's hours each {revisit.DayOfWeek} from {Locale.DateWords.DayMonth(revisit.AddDays(-84), "US")} to {Locale.DateWords.DayMonth(revisit.AddDays(-7), "US")}", text, StringComparison.Ordinal);
        var notes = Assert.Single(ics.Events, e => e.Summary == Calendar.CheckInCalendar.LogHoursSummary);
        Assert.Equal("FREQ=WEEKLY;COUNT=12", notes.RecurrenceRule!.ToString());
        Assert.Equal(revisit.AddDays(-84), DateOnly.FromDateTime(notes.DtStart!.Value));
        Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(notes.DtStart.Value));
        // Round 14: a note with no alert is one nobody sees, and on a Monday morning "this week" has not happened yet.
        Assert.Single(notes.Alarms);
        Assert.Contains("over the past seven days", notes.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_NoteToolHasAPriceRange_AndTheBillingSpecialistIsConditional()
    {
        var text = EmailText("clinical-only");

        Assert.Contains("such tools are commonly priced at about $20.00 to $100.00 a month per clinician (check the vendor's current price), well inside that budget; with a tool at $100.00, the $400.00 left", text, StringComparison.Ordinal);
        Assert.Contains("fits a billing specialist for about 2.5 h a week at $45.00 an hour, if you have insurance claims or client invoices to hand over (your form listed none, so this plan cannot tell)", text, StringComparison.Ordinal);
        // Clinical-only plans get no weekly-notes series: their reminder is to list the admin, in a week.
        Assert.DoesNotContain("note your hours each", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("group-associate", "$1,765.00 in all, $1,495.00 of support and $270.00 of projects, if phase 2 starts in month 2. On the earliest schedule, a check-in every week, phase 2 in week 3 and phase 3 in week 5 start inside month 1, and it costs about $2,690.00: "
        + "2 weeks at $345.00 a week (phase 1), 2 weeks at $415.00 a week (from phase 2) and the last third of a week at $450.00 a week (from phase 3), $1,670.00 of support, plus $1,020.00 of projects.")]
    [InlineData("forty-tasks", "$1,208.33 in all, $758.33 of support and $450.00 of projects, if phase 2 starts in month 2. On the earliest schedule, a check-in every week, phase 2 in week 3 and phase 3 in week 5 start inside month 1, and it costs about $1,564.17: "
        + "2 weeks at $175.00 a week (phase 1), 2 weeks at $297.50 a week (from phase 2) and the last third of a week at $507.50 a week (from phase 3), $1,114.17 of support, plus $450.00 of projects.")]
    public void FirstMonth_AlsoPricedOnTheEarliestSchedule_TheLaterPhasesNoteDates(string intake, string expected)
    {
        var text = EmailText(intake);

        // Weekly costs are each phase's monthly cost × 12 ÷ 52 ($1,495.00 → $345.00); a month is 52 ÷ 12 = 4⅓ weeks, so the weeks add up.
        Assert.Contains("Your first month (phase 1): " + expected, text, StringComparison.Ordinal);
        Assert.Contains("phase 2 (from about week 3)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("its weeks inside month 1 add to this", text, StringComparison.Ordinal);
    }
}
