using Delegation.Core.Locale;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-12 findings on SOPs, kits and UK wording, read on the review intakes' own output: each test reads the
/// document a new hire or owner gets, so a sentence that contradicts another, presumes a system or promises hours the
/// role cannot keep fails here.
/// </summary>
public sealed class ReviewRoundTwelveSopTests
{
    const string Invoicing = "Invoicing clients and chasing unpaid invoices";

    [Fact]
    public void UkHolidayCalendar_IsEnglandAndWales_AsTheWordsNameIt()
    {
        // The words say "England and Wales": the calendar must be that nation's, not Scotland's or Northern Ireland's.
        var calendar = MeetingCalendar.For("Europe/London", new TimeOnly(8, 30), "GB");

        Assert.NotNull(calendar.HolidayOn(new DateOnly(2027, 3, 29))); // Easter Monday: England and Wales, not Scotland
        Assert.NotNull(calendar.HolidayOn(new DateOnly(2027, 8, 30))); // last Monday of August: England and Wales
        Assert.Null(calendar.HolidayOn(new DateOnly(2027, 8, 2)));     // first Monday of August: Scotland only
        Assert.Null(calendar.HolidayOn(new DateOnly(2027, 11, 30)));   // St Andrew's Day: Scotland only
        Assert.Null(calendar.HolidayOn(new DateOnly(2027, 3, 17)));    // St Patrick's Day: Northern Ireland only
        Assert.Null(calendar.HolidayOn(new DateOnly(2027, 7, 12)));    // Battle of the Boyne: Northern Ireland only
        Assert.Equal("a bank holiday in England and Wales", HolidayWords.One("GB"));
        Assert.Equal("a public holiday in your country (United States)", HolidayWords.One("US"));
    }

    [Fact]
    public void UkInvoicingSop_Goal_IsInPlainUkTerms()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", Invoicing);

        Assert.Contains("Every session is invoiced on your fixed days, on the payment terms in the practice's financial policy; an invoice that is not paid on time gets a polite reminder at 7 and 21 days past its due date", sop, StringComparison.Ordinal);
        Assert.Contains("Every overdue invoice has had the reminder for its age", sop, StringComparison.Ordinal);
        // US front-desk words, not how a London practice talks about its invoices.
        Assert.DoesNotContain("Client balances are charged or billed", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Every overdue balance", sop, StringComparison.Ordinal);
    }

    const string IntakeCalls = "Intake calls with new clients";

    [Fact]
    public void IntakeCallsSop_HasItsOwnCallScript_WhatNeverToAsk_VoicemailAndCrisisScript()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", IntakeCalls);

        Assert.Contains("Call script, voicemail and crisis script", sop, StringComparison.Ordinal);
        Assert.Contains("Opening: ask for them by first name, and say the practice's name only once you know you are speaking to them: “Hello, this is [your first name] from Riverbend Therapy Group, returning your message about starting sessions.", sop, StringComparison.Ordinal);
        Assert.Contains("What you ask, and nothing more: their name; the best phone number and email", sop, StringComparison.Ordinal);
        Assert.Contains("whether they will use insurance and, if so, which plan", sop, StringComparison.Ordinal);
        Assert.Contains("Never ask, never write down: why they want therapy, symptoms, diagnoses, history, medication", sop, StringComparison.Ordinal);
        // The voicemail a callback leaves says nothing a housemate could read as therapy.
        Assert.Contains("Voicemail when you call back: “Hello, this is [your first name], returning your call.", sop, StringComparison.Ordinal);
        Assert.Contains("leave no practice name, no mention of therapy or appointments", sop, StringComparison.Ordinal);
        // The crisis script: the country's numbers, the owner's urgent number from the kickoff list, and no assessing.
        Assert.Contains("please hang up and call 911. You can also reach the 988 Suicide & Crisis Lifeline", sop, StringComparison.Ordinal);
        Assert.Contains("phone the therapist at once on the urgent number from your kickoff list", sop, StringComparison.Ordinal);
        Assert.Contains("The phone number to reach Daniel Okafor on at once about a client at risk", sop, StringComparison.Ordinal);
        Assert.Contains("You never assess risk or counsel: no questions about plans, means or history", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void IntakeCallsSop_PromisesOnlyWhatItsDailyCheckKeeps()
    {
        // group-associate keeps the inbox: the consultation SOP checks once a working day, so it cannot promise four hours.
        var sop = ReviewPlanDocuments.Sop("group-associate", IntakeCalls);

        Assert.Contains("Each inquiry answered at the first daily check after it arrives, so within one working day.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("four working hours", sop, StringComparison.Ordinal);
        // No system the intake did not name is presumed: the booking link and the portal are "if the practice uses it".
        Assert.Contains("Booking: the online booking link of the EHR (TherapyNotes), if the practice uses it", sop, StringComparison.Ordinal);
        Assert.Contains("from the client portal of the EHR (TherapyNotes), if the practice uses it", sop, StringComparison.Ordinal);
        Assert.Contains("the online booking link (if the practice uses one; otherwise two or three open slots to choose from)", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsultationSop_CrisisScript_UsesTheCountrysNumbers()
    {
        var practice = Samples.Practice with { Country = "GB", TimeZone = "Europe/London" };
        var task = new Intake.PracticeTask("t1", "Intake calls with new clients", Intake.TaskCategory.Onboarding, 4, 4, 3, true, true, null);
        var uk = Jurisdiction.Of("GB");
        var sop = Html.Parse(Sops.SopWriter.Write(practice, task, SupportRole.VirtualAssistant, 1).Html).Body!.TextContent;

        Assert.Contains($"please hang up and call {uk.EmergencyNumber}. You can also reach {uk.CrisisLine} at any hour.", sop, StringComparison.Ordinal);
        Assert.Contains("how they plan to pay (self-funding, or an insurer or employer scheme)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("911", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("group-associate", "Move the website to a new host", "Every page, form, redirect and link tested on the new host", "10")]
    [InlineData("forty-tasks", "Password manager roll-out", "Every account you moved sits in exactly one vault", "6")]
    public void OneOffTechKit_PresumesNoCheckIns_AndSaysWhatDoneIsAndWhatIsHandedBack(string intake, string project, string done, string hours)
    {
        var kit = ReviewPlanDocuments.Kit(intake, SupportRole.TechProfessional);

        Assert.DoesNotContain("first check-in", kit, StringComparison.Ordinal);
        Assert.Contains("The tech professional does the one-off project work listed below", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("set-up and support work", kit, StringComparison.Ordinal);
        Assert.Contains("How would you work from a written SOP for a one-off project?", kit, StringComparison.Ordinal);
        Assert.Contains($"{project} is done when its SOP's definition of done holds: “{done}", kit, StringComparison.Ordinal);
        Assert.Contains("At the hand-over review they give you the hand-over note and every admin login, and remove their own access while you watch", kit, StringComparison.Ordinal);
        Assert.Contains($"for the hours used against the {hours} h agreed", kit, StringComparison.Ordinal);
        // The SOP's "your access is removed" is the hire's line, not the owner's: the kit says it as the hand-back.
        Assert.DoesNotContain("“Your access", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void RecurringKit_StillBringsItsListToTheFirstCheckIn()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);

        Assert.Contains("brings the list to the first check-in", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("Done, and the hand-back", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOffSop_AsksForDifferencesInTheHandOverNote_NotToKeepItCurrent()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Move the website to a new host");

        Assert.Contains("write into the hand-over note every place this SOP did not match what you found", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("keep this SOP current", sop, StringComparison.Ordinal);
    }

    const string Overflow = "Overflow sessions from the waitlist";

    [Fact]
    public void AssociateSop_KickoffList_CarriesCrisisProcedureNoteTemplatesAndSupervisor()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", Overflow);
        var limits = AssociateLicensing.Limits(Jurisdiction.Of("US"));

        Assert.Contains("The practice's written risk and crisis procedure (what you do, whom you call and in what order, and the urgent number), and its note and treatment-plan templates", sop, StringComparison.Ordinal);
        Assert.Contains("If you are pre-licensed: your clinical supervisor's name, license number and contact details, the signed supervision agreement", sop, StringComparison.Ordinal);
        Assert.Contains("Which insurers have confirmed your credentialing so far, with each effective date, and the self-pay clients waiting for you", sop, StringComparison.Ordinal);
        Assert.Contains("Self-pay clients first: an insured client is seen only once the payer has confirmed your credentialing", sop, StringComparison.Ordinal);
        Assert.Contains(limits, sop, StringComparison.Ordinal);
        Assert.Contains("A pre-licensed associate does not work alone: they see no client before the signed supervision agreement is on file", limits, StringComparison.Ordinal);
        Assert.Contains("The practice's telehealth platform and secure client portal, if it uses them", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void AssociateKit_Kickoff_HandsOverCrisisProcedureAndTemplates_AndNamesTheSupervisor()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.AssociateTherapist);

        Assert.Contains("Give them your written risk and crisis procedure (with your urgent number) and your note and treatment-plan templates", kit, StringComparison.Ordinal);
        Assert.Contains("If they are pre-licensed: their clinical supervisor's name, license and contact details and the signed supervision agreement, in hand before their first client.", kit, StringComparison.Ordinal);
        Assert.Contains("Go through what they may not do alone: " + AssociateLicensing.Limits(Jurisdiction.Of("US")), kit, StringComparison.Ordinal);
        Assert.Contains("self-pay clients first while any insurer has not yet confirmed them", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void IntakeCallsSop_SaysWhatTheOwnerKeeps_AndTheHoursNetOfIt()
    {
        // The VA books consultations; the therapist still holds them: the SOP says so, and counts 3 h back, not 4.
        var sop = ReviewPlanDocuments.Sop("group-associate", IntakeCalls);

        Assert.Contains("Daniel Okafor keeps the consultation calls themselves. The plan counts each part the practice owner keeps as a quarter of the task's hours, "
            + "so handing it over gives Daniel Okafor about 3 h a week back, not 4.", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clinical-only")]
    [InlineData("forty-tasks")]
    [InlineData("group-associate")]
    [InlineData("solo-us")]
    [InlineData("uk-london")]
    [InlineData("zero-budget")]
    public void TimeGivenBack_IsTheDelegatedHoursLessWhatTheSopsLeaveWithTheOwner(string name)
    {
        // One rule, checked from the outside: each delegated recurring task (not the associate's sessions) gives back its
        // hours less a quarter for each part its SOP leaves with the owner, and the plan's total is the sum of those.
        var intake = ReviewIntakes.Load(name);
        var match = ReviewIntakes.Match(name);
        var byId = intake.Tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var delegated = match.Assignments.Where(a => byId.ContainsKey(a.TaskId)).Select(a => (Task: byId[a.TaskId], a.Role)).ToList();
        var kinds = delegated.Select(d => Sops.SopWriter.KindOf(d.Task)).ToHashSet(StringComparer.Ordinal);
        var recurring = delegated.Where(d => d.Role != SupportRole.AssociateTherapist && d.Task.OneTimeHours is null).ToList();

        var expected = recurring.Sum(d => d.Task.HoursPerWeek - 0.25m * d.Task.HoursPerWeek * Sops.OwnerShare.Parts(d.Task, kinds).Count);
        var totals = Plans.PlanComposer.Totals(intake, match);

        Assert.Equal(expected, totals.HoursFreedPerWeek);
        Assert.Equal(match.HoursFreedPerWeek - totals.HoursFreedPerWeek, totals.HoursOwnerKeepsPerWeek);
    }

    [Fact]
    public void GroupPlan_TimeGivenBack_IsNetOfTheConsultationCalls_WithTheSumShown()
    {
        var intake = ReviewIntakes.Load("group-associate");
        var totals = Plans.PlanComposer.Totals(intake, ReviewIntakes.Match("group-associate"));
        var text = Email.PlanEmailContent.Build(Samples.ComposePlan(intake).Plan, new Uri("https://delegation.example/")).ToText();

        // The VA books consultations and drafts the profile; the owner still holds the calls and publishes the profile.
        Assert.Equal(10.75m, totals.HoursFreedPerWeek);
        Assert.Contains("Time given back: 10.75 h a week once every phase is in place: 12 h handed over, less 1.25 h of it that stays with you (each part an SOP leaves with you counts a quarter of its task's hours): "
            + "1 h for the consultation calls themselves (“Intake calls with new clients”); 0.25 h for reviewing and publishing each profile change from your own login (“Psychology Today profile”).", text, StringComparison.Ordinal);
        Assert.Contains("it frees about 46.6 hours a month.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneSop_WithBookingAndConsultationsKept_CountsBothPartsTheOwnerStillDoes()
    {
        var practice = Samples.Practice;
        var task = new Intake.PracticeTask("t1", "Phone calls and voicemail", Intake.TaskCategory.Admin, 2, 4, 3, true, true, null);
        var sop = Html.Parse(Sops.SopWriter.Write(practice, task, SupportRole.VirtualAssistant, 1, new HashSet<string> { "phone" }).Html).Body!.TextContent;

        // Round 14: the phone SOP books callers itself, so only the consultation callback stays with the owner.
        Assert.Single(Sops.OwnerShare.Parts(task, new HashSet<string> { "phone" }));
        Assert.Empty(Sops.OwnerShare.Parts(task, new HashSet<string> { "phone", "consultations" }));
        Assert.Contains("keeps calling each new inquiry back to offer a consultation.", sop, StringComparison.Ordinal);
        Assert.Contains("gives " + practice.OwnerName + " about 1.5 h a week back, not 2.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkVideoSetUp_EverySentenceSaysItWaitsUntilMonth2_AndWhatTheLeftoverDoesAfter()
    {
        var intake = ReviewIntakes.Load("uk-london");
        var text = Email.PlanEmailContent.Build(Samples.ComposePlan(intake).Plan, new Uri("https://delegation.example/")).ToText();
        var reason = ReviewIntakes.Match("uk-london").KeptReasons[ReviewIntakes.IdOf("uk-london", "Set up a secure video platform for online sessions")];

        // The task line, its reason and the numbers line agree: it waits for month 2; it is not kept, and the leftover covers it.
        Assert.Contains("(5 h, one-off, score 43): waits until month 2, when the £210.00 a month set aside covers it", text, StringComparison.Ordinal);
        Assert.StartsWith("Waits until month 2: as a one-off job with the tech professional", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept for now", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("does not cover one, and", text, StringComparison.Ordinal);
        // After month 2 the £210 a month goes on arriving: the plan says it is free rather than leave it idle unsaid.
        Assert.Contains("From month 3 that £210.00 a month is free again", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloUs_TwoWaitingProjects_OnlyTheLastSaysTheLeftoverIsFreeAgain()
    {
        var match = ReviewIntakes.Match("solo-us");
        var widget = match.KeptReasons[ReviewIntakes.IdOf("solo-us", "Fix the online booking widget")];
        var workspace = match.KeptReasons[ReviewIntakes.IdOf("solo-us", "Set up Google Workspace with a BAA")];

        // The compliance project is paid first (round 12), so the widget is the last: only its reason says the leftover is free again.
        Assert.StartsWith("Waits until month 3:", workspace, StringComparison.Ordinal);
        Assert.DoesNotContain("free again", workspace, StringComparison.Ordinal);
        Assert.StartsWith("Waits until month 6:", widget, StringComparison.Ordinal);
        Assert.Contains("From month 7 that $141.67 a month is free again", widget, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("group-associate", "Payroll and contractor invoices", "Bill pay, if the practice pays bills through the bills feature of QuickBooks or a bill-pay service: prepare-only access", "Bill pay (the bills feature")]
    [InlineData("group-associate", "Bookkeeping in QuickBooks", "Receipts capture, if the practice uses one (Dext, Hubdoc, or the software's own receipts inbox); otherwise the receipts folder the therapist names at the kickoff.", "Receipts capture (Dext")]
    [InlineData("forty-tasks", "Superbills", "If the practice does not use one, the therapist names at the kickoff the secure way superbills reach clients", "Client portal: send access.")]
    [InlineData("forty-tasks", "Quarterly tax paperwork for the accountant", "How the accountant takes documents securely (their portal, or another secure upload they name), and your own login to it.", "The accountant's secure portal: your own user")]
    [InlineData("forty-tasks", "Filing and document scanning", "The name of the practice's document storage (such as Google Drive, OneDrive or Dropbox Business), and your own login to it", "Practice document storage (Google Drive")]
    public void Sops_PresumeNoSystemTheIntakeDidNotName(string intake, string task, string expected, string presumed)
    {
        var sop = ReviewPlanDocuments.Sop(intake, task);

        Assert.Contains(expected, sop, StringComparison.Ordinal);
        Assert.DoesNotContain(presumed, sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solo-us", "Insurance claims submission")]
    [InlineData("forty-tasks", "Claim submission")]
    public void ClaimsSop_RunTwiceAWeek_PromisesNoSameDayRejectionFix(string intake, string task)
    {
        var sop = ReviewPlanDocuments.Sop(intake, task);

        Assert.Contains("Claims twice a week", sop, StringComparison.Ordinal);
        Assert.Contains("Rejections fixed and resent at the next claims run after they appear (within three business days).", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Rejections fixed and resent the same working day", sop, StringComparison.Ordinal);
        Assert.Contains("at the next claims run and re", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void WebsiteMoveKit_GrantsTheHostsAndDns_NotAnEditorAccount()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.TechProfessional);

        Assert.Contains("For the move: the old host, the new host and the domain registrar or DNS provider (you name them at kickoff): a named, temporary login of their own on each", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("a named editor account for content", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void IntakeCalls_KitAndSop_AgreeOnBookingWithoutOnlineBooking()
    {
        // The SOP books consultations by hand when the practice has no online booking: the kit grants exactly that.
        var sop = ReviewPlanDocuments.Sop("group-associate", IntakeCalls);
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);

        Assert.Contains("otherwise you book each consultation in its calendar yourself, with the right to book those slots only", sop, StringComparison.Ordinal);
        Assert.Contains("TherapyNotes' calendar: the booking link for your consultation slots if you use online booking, otherwise the right to book those slots, ", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsultationBookingTask_NeverHeldTheCalls_SoNothingIsTakenOffItsHours()
    {
        // forty-tasks hands over "Consultation call booking": the owner's 3 h were the booking, not the consultations.
        var sop = ReviewPlanDocuments.Sop("forty-tasks", "Consultation call booking");
        var task = ReviewIntakes.Load("forty-tasks").Tasks.Single(t => t.Name == "Consultation call booking");

        Assert.Empty(Sops.OwnerShare.Parts(task, new HashSet<string> { "consultations" }));
        Assert.DoesNotContain("keeps the consultation calls themselves", sop, StringComparison.Ordinal);
        Assert.Contains("take over \"Consultation call booking\" (about 3 h a week) from Priya Shah, the therapist.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void UkEmail_NamesTheNationWhoseBankHolidaysMoveMeetings()
    {
        var text = Email.PlanEmailContent.Build(Samples.ComposePlan(ReviewIntakes.Load("uk-london")).Plan, new Uri("https://delegation.example/")).ToText();

        Assert.Contains("A meeting that falls on a bank holiday in England and Wales moves to the next working day, never earlier.", text, StringComparison.Ordinal);
        Assert.Contains("Scotland and Northern Ireland have some different ones", text, StringComparison.Ordinal);
        Assert.DoesNotContain("public holiday in your country (United Kingdom)", text, StringComparison.Ordinal);
    }
}
