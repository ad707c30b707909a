using Delegation.Core.Email;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-11 readers' findings on documents that contradict each other: a hiring kit's scenario, the owner's email
/// and the plan page say what the SOPs say, for the review intakes' own output.
/// </summary>
public sealed class ReviewRoundTwelveConsistencyTests
{
    static string EmailText(string intake) => ReviewPlanDocuments.Email(intake);

    [Fact]
    public void SoloUs_KitClaimScenario_UsesTheClaimsSopsFacts()
    {
        var kit = ReviewPlanDocuments.Kit("solo-us", SupportRole.VirtualAssistant);

        Assert.Contains("SimplePractice shows a batch of claims as rejected for an invalid member ID.", kit, StringComparison.Ordinal);
        Assert.Contains("against the client's insurance record in SimplePractice", kit, StringComparison.Ordinal);
        Assert.Contains("tells you through the secure messaging in SimplePractice rather than asking the client for a new card", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("clearinghouse rejects", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("benefits check", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_ClaimsSop_SaysTheTherapistRunsTheBenefitsChecksItKeeps()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Claim submission");

        Assert.DoesNotContain("Nobody runs a separate benefits check", sop, StringComparison.Ordinal);
        Assert.Contains("The therapist runs the benefits checks for now (this plan keeps that task with them)", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_ClaimsSop_StillSaysNobodyRunsBenefitsChecks_WhenThePlanHasNone()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("Nobody runs a separate benefits check in this plan", sop, StringComparison.Ordinal);
        Assert.Contains("Never ask the client for their card yourself.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_Email_ListsThePhoneProvidersBaa_WithTheOtherBeforeDayOneItems()
    {
        var text = EmailText("solo-us");

        Assert.Contains("Before the first day, also have your phone provider sign its own BAA with you (not every plan includes one): until it is signed, the SOP keeps client calls and voicemails off it.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_Email_DatesEachVendorAgreement_ByThePhaseThatUsesIt()
    {
        var text = EmailText("forty-tasks");

        Assert.Contains("before phase 2 starts, your e-fax provider and your document storage provider", text, StringComparison.Ordinal);
        Assert.Contains("before phase 4 starts, your phone provider, your email provider and any scheduler you use beside your EHR", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solo-us", "Phone calls and voicemail")]
    [InlineData("forty-tasks", "Phone calls and voicemail")]
    public void PhoneSop_HasOneUrgentNumber_WithOneRule(string intake, string task)
    {
        var sop = ReviewPlanDocuments.Sop(intake, task);

        Assert.DoesNotContain("for crisis handovers only", sop, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sop, "on at once about a client at risk or anything else urgent"));
        Assert.Contains("call it at once for a caller or voicemail that mentions risk, or anything else urgent", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_TheWorkspaceBaa_IsPaidForBeforeTheBookingWidget_AndSaysWhy()
    {
        var text = EmailText("solo-us");

        Assert.Contains("Set up Google Workspace with a BAA (4 h, one-off, score 36): waits until month 3, when the $141.67 a month set aside covers it\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("It is paid for before “Fix the online booking widget”: it closes a compliance gap, a risk to clients every month it stays open, and that project does not.", text, StringComparison.Ordinal);
        Assert.Contains("waits until month 6, when the $141.67 a month set aside covers it after “Set up Google Workspace with a BAA”", text, StringComparison.Ordinal);
        Assert.Contains("The same $141.67 a month pays for “Set up Google Workspace with a BAA” first (it closes a compliance gap), so set it aside and by month 6 it covers this too ($850.00 set aside by then, against $750.00 for both).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_TheStressPart_ReadsTheSameOnEveryTaskWithTheSameRating()
    {
        var plan = Samples.ComposePlan(ReviewIntakes.Load("solo-us")).Plan;
        var intake = ReviewIntakes.Load("solo-us");

        foreach (var group in plan.Tasks.GroupBy(t => intake.Tasks.Single(i => i.TaskId == t.TaskId).Stress))
        {
            Assert.Single(group.Select(t => t.ScoreParts.Stress).Distinct());
        }

        Assert.All(plan.Tasks, t => Assert.Equal(ScoreWords.Of(t.Score), (t.ScoreParts.Time + t.ScoreParts.Stress + t.ScoreParts.LowConfidence + t.ScoreParts.Repetitive).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(13, plan.Tasks.Single(t => t.Name == "Set up Google Workspace with a BAA").ScoreParts.Stress);
    }

    [Fact]
    public void FortyTasks_SecureMessaging_IsGrantedWithTheFirstSopThatUsesIt()
    {
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);
        var line = kit[kit.IndexOf("Your EHR's secure messaging:", StringComparison.Ordinal)..];
        line = line[..line.IndexOf("Keep this list", StringComparison.Ordinal)];

        Assert.Contains("For: Superbills", line, StringComparison.Ordinal);
        Assert.Contains("Filing and document scanning", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Set it up when phase", line, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(kit, "secure messaging: messages to you"));
    }

    [Fact]
    public void FortyTasks_ConsultationSop_PromisesWhatADailyCheckKeeps_AndDatesItsDraftsToTheTask()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Consultation call booking");

        Assert.Contains("Every working day, at a time agreed at kickoff", sop, StringComparison.Ordinal);
        Assert.Contains("Each inquiry answered at the first daily check after it arrives, so within one working day.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("four working hours", sop, StringComparison.Ordinal);
        Assert.Contains("you draft both in your first week on this task", sop, StringComparison.Ordinal);
        Assert.Contains("To write in your first week on this task", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_Superbills_SpreadTheMonthsHoursOverTheMonth()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Superbills");

        Assert.Contains("about 17.33 h a month", sop, StringComparison.Ordinal);
        Assert.Contains("Spread the work over the month: each week, check that week's paid sessions", sop, StringComparison.Ordinal);
        Assert.Contains("from the sessions you check each week as payments come in", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_PasswordManager_KeepsClientSystemLoginsOutUntilTheTechsAdminRoleEnds()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Password manager roll-out");

        Assert.Contains("only after the hand-over below, once your administrator account is removed or reduced to a member who cannot open or grant access to other vaults", sop, StringComparison.Ordinal);
        Assert.Contains("you as a temporary administrator while no login to a system with client information is in it", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Every login on the inventory in its vault", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_FirstMonthFigure_SaysItHoldsIfPhase2StartsInMonth2()
    {
        var text = EmailText("forty-tasks");

        Assert.Contains("Your first month (phase 1): $1,208.33 in all, $758.33 of support and $450.00 of projects, if phase 2 starts in month 2. On the earliest schedule", text, StringComparison.Ordinal);
        Assert.Contains("phase 2 (from about week 3)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_PhaseRule_SaysPlainlyItDoesNotWaitForMonthlyWork()
    {
        var note = ReviewIntakes.Match("forty-tasks").LaterPhasesNote;

        Assert.Contains("The rule counts check-ins, not runs of the work, so it does not wait for “Superbills” and “Quarterly tax paperwork for the accountant”", note, StringComparison.Ordinal);
        Assert.EndsWith("say you are not ready yet until you have seen each one's first run.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_SinglePhase_HasNoFirstMonthCondition()
    {
        var text = EmailText("solo-us");

        Assert.DoesNotContain("if phase 2 starts in month 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_BillingAgenda_AsksOnlyForWorkWithinItsAccess()
    {
        var plan = Samples.ComposePlan(ReviewIntakes.Load("group-associate")).Plan;
        var billing = plan.CheckIns.Single(c => c.Role == SupportRole.BillingSpecialist);

        Assert.DoesNotContain("financial report", billing.Agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("billed, paid", billing.Agenda, StringComparison.Ordinal);
        Assert.Equal("Benefits checks run and any coverage problem found; authorizations coming up for renewal; where each credentialing application stands with each payer, and the next follow-up; anything the practice owner must decide.", billing.Agenda);
        Assert.DoesNotContain("financial report", EmailText("group-associate"), StringComparison.Ordinal);
    }

    [Fact]
    public void ABillingSpecialistWhoSubmitsClaims_StillBringsTheFinancialReport()
    {
        var calendar = MeetingCalendar.For("America/New_York", new TimeOnly(9, 0), "US");
        var kinds = new Dictionary<SupportRole, IReadOnlySet<string>> { [SupportRole.BillingSpecialist] = new HashSet<string> { "claims", "eligibility" } };

        var checkIn = CheckInScheduler.Schedule([SupportRole.BillingSpecialist], calendar, DayOfWeek.Wednesday, kinds: kinds).Single();

        Assert.StartsWith("Monthly financial report: what was billed, paid and still owed", checkIn.Agenda, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_EligibilitySop_ChecksUnderTheClinicianWhoWillSeeTheClient()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Insurance eligibility and benefits checks");

        Assert.DoesNotContain("the therapist's NPI", sop, StringComparison.Ordinal);
        Assert.Contains("the NPI of the clinician who will see the client (the practice owner's, or the associate's", sop, StringComparison.Ordinal);
        Assert.Contains("the clinician who will see the client is out of network with it (the associate is, with each payer that has not yet confirmed their credentialing)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("the therapist is out of network", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_TechKit_GrantsTheHostAndDnsLoginsTheMoveSopNeeds()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.TechProfessional);

        Assert.Contains("the domain registrar or DNS provider (you name them at kickoff): a named, temporary login of their own on each", kit, StringComparison.Ordinal);
        Assert.Contains("You keep the registrar's owner login and its recovery email", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("a named editor account for content", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondon_BillingSop_GivesRepliesAnAutoReply_AndTheTrueClock()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");

        Assert.Contains("Before the first run, set an automatic reply on the billing mailbox, worded with the therapist:", sop, StringComparison.Ordinal);
        Assert.Contains("is read twice a week. For anything about your sessions, contact the therapist directly. If you are in crisis or at risk, call 999", sop, StringComparison.Ordinal);
        Assert.Contains("anything about risk to the therapist by phone as soon as you read it. A reply can wait up to four days before you read it", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkLondon_PaymentAge_IsCountedOneWay_InTheSopAndTheKit()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");
        var kit = ReviewPlanDocuments.Kit("uk-london", SupportRole.BillingSpecialist);

        Assert.Contains("reaching 7, 21 or 30 days past its due date", sop, StringComparison.Ordinal);
        Assert.Contains("each invoice that has reached 7 days past its due date the first reminder", sop, StringComparison.Ordinal);
        Assert.Contains("at 30 days past its due date the invoice goes on the weekly overdue list (below)", sop, StringComparison.Ordinal);
        Assert.Contains("every client 30 days or more past the due date", sop, StringComparison.Ordinal);
        Assert.Contains("Client balances outstanding, grouped by the reminder step each has reached", sop, StringComparison.Ordinal);
        Assert.Contains("send each client with an invoice past its due date a statement", sop, StringComparison.Ordinal);
        foreach (var other in new[] { "45 days", "60 days", "0-30", "31-60", "unpaid after 30 days" })
        {
            Assert.DoesNotContain(other, sop, StringComparison.Ordinal);
            Assert.DoesNotContain(other, kit, StringComparison.Ordinal);
        }

        Assert.Contains("sends the reminders at 7 and 21 days past due", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalOnly_UnspentBudget_NamesTheNoteTool_WithConsentAndTheVendorsDataTerms()
    {
        var text = EmailText("clinical-only");

        Assert.Contains("Meanwhile, part of the $500.00 can pay for the dictation or AI drafting tool the free steps describe, against the notes you listed: such tools are commonly priced at about $20.00 to $100.00 a month per clinician (check the vendor's current price), well inside that budget; with a tool at $100.00", text, StringComparison.Ordinal);
        Assert.Contains("each client's written consent before any session is recorded or transcribed", text, StringComparison.Ordinal);
        Assert.Contains("states in writing how long it keeps recordings and drafts, where it stores them, and that it never uses your clients' data to train its models", text, StringComparison.Ordinal);
        Assert.Contains("never record one who declines", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_PercentageBiller_SaysItIsNotFree_WithThisPracticesFigure()
    {
        var text = EmailText("zero-budget");

        // 18 h a week at $120.00 is $9,360.00 a month; 5–10% of that is $468.00 to $936.00.
        Assert.Contains("That is not free: on your session fees (18 h a week at $120.00, about $9,360.00 a month), 5–10% would be $468.00 to $936.00 a month at most, less for the part that is self-pay: option 1's", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBudget_EachTaskIsOfferedWithOneRole_TheOneItsKeptReasonPrices()
    {
        var text = EmailText("zero-budget");
        var more = text[text.IndexOf("WHAT MORE WOULD BUY", StringComparison.Ordinal)..text.IndexOf("FREE FIRST STEPS", StringComparison.Ordinal)];

        Assert.Contains("Kept for now: handing it over to the billing specialist at $45.00 an hour would add $585.00 a month.", text, StringComparison.Ordinal);
        Assert.Contains("- Option 1: Add “Insurance claims” (3 h a week) with the billing specialist at $45.00 an hour, for $585.00 more a month.", more, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(more, "“Insurance claims” \\(3 h a week\\)"));
        Assert.DoesNotContain("virtual assistant for “Insurance claims”", more, StringComparison.Ordinal);
        Assert.DoesNotContain("Instead of", more, StringComparison.Ordinal);
        Assert.Contains("Add “Blog posts” (2 h a week) with marketing support at $50.00 an hour", more, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solo-us")]
    [InlineData("uk-london")]
    [InlineData("forty-tasks")]
    public void WhatMoreWouldBuy_AlwaysHoldsTheCheapestRecurringAddition(string intake)
    {
        var match = ReviewIntakes.Match(intake);
        var recurring = match.NextSteps!.Where(s => s.ExtraMonthlyCost is > 0).ToList();
        var keptCosts = CheapestKeptAddition(intake);

        Assert.NotEmpty(recurring);
        Assert.Equal(keptCosts, recurring.Min(s => s.ExtraMonthlyCost!.Value));
    }

    // The smallest "would add … a month" among the plan's kept recurring tasks, as their kept reasons price them.
    static decimal CheapestKeptAddition(string intake)
    {
        var match = ReviewIntakes.Match(intake);
        return match.KeptReasons.Values
            .Select(r => System.Text.RegularExpressions.Regex.Match(r, @"would add [£$]([\d,]+\.\d\d) a month"))
            .Where(m => m.Success)
            .Min(m => decimal.Parse(m.Groups[1].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SoloUs_VaKit_GrantsThePostingAndBankReadTheClaimsSopUses()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");
        var kit = ReviewPlanDocuments.Kit("solo-us", SupportRole.VirtualAssistant);

        Assert.Contains("Bank feed or deposit report: read-only, to reconcile.", sop, StringComparison.Ordinal);
        Assert.Contains("permission for creating and sending claims and posting payments only", kit, StringComparison.Ordinal);
        Assert.Contains("The bank feed or deposit report: read-only, to reconcile deposits with the payments they post.", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_FilingSop_WaitsForTheLaterClaimsSop_AndItsDoneTestMatchesItsDeadline()
    {
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Filing and document scanning");

        Assert.Contains("to the therapist until your own billing SOPs start in a later phase", sop, StringComparison.Ordinal);
        Assert.Contains("Incoming documents filed by the end of the next day the practice is open.", sop, StringComparison.Ordinal);
        Assert.Contains("Nothing in the scanned-mail folder or the e-fax inbox arrived before today", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("are empty at the end of the day", sop, StringComparison.Ordinal);
        Assert.Contains("the task log (a dated list in the practice's shared admin folder", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forty-tasks", "Consultation call booking", true)]
    [InlineData("group-associate", "Intake calls with new clients", false)]
    public void ConsultationSop_GrantsASeparateInquiriesMailbox_AndNamesAKeptInboxTaskOnlyWhenThereIsOne(string intake, string task, bool inboxKept)
    {
        var sop = ReviewPlanDocuments.Sop(intake, task);

        Assert.Contains("Inquiries mailbox: best, a separate inquiries address or shared mailbox", sop, StringComparison.Ordinal);
        Assert.Contains("delegated access there opens all of it: you open and answer consultation inquiries only", sop, StringComparison.Ordinal);
        Assert.Equal(inboxKept, sop.Contains("who keeps the inbox task for now", StringComparison.Ordinal));
        Assert.DoesNotContain("who keeps that task for now", sop, StringComparison.Ordinal);
        Assert.Contains("A separate inquiries mailbox", ReviewPlanDocuments.Kit(intake, SupportRole.VirtualAssistant), StringComparison.Ordinal);
    }

    [Fact]
    public void GroupAssociate_BookkeepingSop_NeedsNoEhrAccessTheKitDoesNotGrant()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Bookkeeping in QuickBooks");
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);

        Assert.DoesNotContain("from the EHR's deposit or payout totals", sop, StringComparison.Ordinal);
        Assert.Contains("ask the therapist, who reads its payer from the EHR's payout report; you never open the EHR for it", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("billing module", kit, StringComparison.Ordinal);
    }
}
