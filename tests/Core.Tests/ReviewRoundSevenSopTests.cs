using System.Text.RegularExpressions;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-7 readers' findings, read as the new hire reads them: the SOPs and hiring kits of the review intakes,
/// written as the workflow writes them. Each test holds a promise the reader found broken or a fact they had to ask for.
/// </summary>
public sealed partial class ReviewRoundSevenSopTests
{
    [Fact]
    public void PhoneSop_GreetingAndServiceLevels_PromiseTheSameCallbackRule()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");

        // The greeting the caller hears and the service level the hire is measured on say the same thing.
        Assert.Contains("We return every message within one business day.", sop, StringComparison.Ordinal);
        Assert.Contains("You return every voicemail within one business day of it being left", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("We return calls the same working day", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("messages after 16:00 by 10:00", sop, StringComparison.Ordinal);
        // Nobody is promised a four-hour callback while the inquiry waits a day for someone else.
        Assert.DoesNotContain("four working hours", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneSop_SaysWhoCallsANewInquiryBack()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");

        // solo-us keeps consultations with the therapist: the VA takes the details, the therapist makes the call.
        Assert.Contains("the therapist calls the person back to offer a consultation", sop, StringComparison.Ordinal);
        Assert.Contains("passed to the therapist the same working day; the therapist makes the call about a first appointment", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solo-us", "Phone calls and voicemail", "Our fee for a session is $150.00.")]
    [InlineData("uk-london", "Invoicing clients and chasing unpaid invoices", "£80.00 a session")]
    public void Sops_QuoteTheSessionFeeTheIntakeGave(string intake, string task, string fee)
    {
        var sop = ReviewPlanDocuments.Sop(intake, task);

        Assert.Contains(fee, sop, StringComparison.Ordinal);
    }

    [Fact]
    public void InboxSop_QuotesTheFee_InThePracticesCurrency()
    {
        // No review plan delegates the inbox, so the SOP is written for a UK practice as the workflow would.
        var practice = Samples.Practice with { Country = "GB", SessionFee = 80m };
        var sop = Html.Parse(Delegation.Core.Sops.SopWriter.Write(practice, Samples.Task(name: "Practice email inbox"), SupportRole.VirtualAssistant, 1, currency: "GBP").Html).Body!.TextContent;

        Assert.Contains("“Our fee for a session is £80.00.”", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void Sops_NeverOfferAMenuOfBrands_WhereTheIntakeNamedNone()
    {
        // forty-tasks names no systems: each tool is the practice's, named at kickoff, not three brands to pick from.
        foreach (var task in ReviewIntakes.Match("forty-tasks").Assignments.Select(a => ReviewIntakes.Load("forty-tasks").Tasks.Single(t => t.TaskId == a.TaskId).Name))
        {
            var sop = ReviewPlanDocuments.Sop("forty-tasks", task);

            Assert.DoesNotContain("(SimplePractice, TherapyNotes, Jane)", sop, StringComparison.Ordinal);
            Assert.DoesNotContain("RingCentral", sop, StringComparison.Ordinal);
            Assert.DoesNotContain("Gusto, ADP", sop, StringComparison.Ordinal);
            Assert.DoesNotContain("Xero", sop, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OwnerWhoNamedQuickBooks_IsNeverOfferedXero()
    {
        // group-associate's "Bookkeeping in QuickBooks" names the books: the kit and the SOP say QuickBooks, and only that.
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);
        var sop = ReviewPlanDocuments.Sop("group-associate", "Bookkeeping in QuickBooks");

        Assert.Contains("Your accounting software (QuickBooks):", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("Xero", kit, StringComparison.Ordinal);
        Assert.Contains("Accounting software (QuickBooks):", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Xero", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void KitForAPracticeThatNamedNoBooks_LeavesTheNameToTheKickoff()
    {
        var kit = ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant);

        Assert.Contains("Your accounting software (you name it at kickoff):", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("QuickBooks", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesEndingInS_TakeAnApostropheOnly()
    {
        var kits = Enum.GetValues<SupportRole>()
            .Where(r => ReviewIntakes.Match("group-associate").SupportMix.Any(l => l.Role == r))
            .Select(r => ReviewPlanDocuments.Kit("group-associate", r))
            .ToList();

        Assert.Contains(kits, k => k.Contains("TherapyNotes' ", StringComparison.Ordinal));
        Assert.All(kits, k => Assert.DoesNotContain("TherapyNotes's", k, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("solo-us", SupportRole.VirtualAssistant)]
    [InlineData("group-associate", SupportRole.AssociateTherapist)]
    public void Kits_ShadowOnTheFirstWorkingDays_NotTheWeekendAfterAFridayKickoff(string intake, SupportRole role)
    {
        var kit = ReviewPlanDocuments.Kit(intake, role);

        Assert.Contains("The first working days after the kickoff", kit, StringComparison.Ordinal);
        Assert.DoesNotMatch(DaysAfter(), kit);
    }

    [Fact]
    public void UkInvoicing_SopAndKit_GiveReadOnlyDiaryAccess_WithoutClinicalNotes()
    {
        // Invoices are raised in Xero for sessions held in WriteUpp: the biller must see the diary, and only the diary.
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");
        var kit = ReviewPlanDocuments.Kit("uk-london", SupportRole.BillingSpecialist);

        Assert.Contains("Diary in the practice-management system (WriteUpp): read-only access to appointments and attendance, so each invoice matches a session that took place, and its secure messaging, to send the therapist the balances report and what clients' replies raise; no access to the clinical record itself", sop, StringComparison.Ordinal);
        Assert.Contains("WriteUpp's diary: read-only access to appointments and attendance, so each invoice matches a session held, and its secure messaging, to send the therapist the reports that name clients; no access to the clinical record itself", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void UkInvoicing_KpisFitBankTransfer_OneSixtyDayRule_AndACadenceTheHoursAllow()
    {
        var sop = ReviewPlanDocuments.Sop("uk-london", "Invoicing clients and chasing unpaid invoices");

        Assert.DoesNotContain("Failed card charges recovered", sop, StringComparison.Ordinal);
        Assert.Contains("Overdue balances paid within 30 days of the first reminder (%)", sop, StringComparison.Ordinal);
        // One timing for the clients the therapist decides on, in the steps and the service levels alike.
        // Round 12: counted in days past the due date, as every other age in the SOP and the kit.
        // Round 14: the weekly overdue list, so the decision at 30 days is not left to the month-end report.
        Assert.Contains("at 30 days past its due date the invoice goes on the weekly overdue list (below)", sop, StringComparison.Ordinal);
        Assert.Contains("Every invoice 30 days or more past its due date on the overdue list the therapist gets each week", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("by the fifth of the month", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("at 60 days tell the therapist", sop, StringComparison.Ordinal);
        // 2 h a week: invoices go out on two fixed days, not daily.
        Assert.Contains("Twice a week, on your fixed days, check the diary", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Each day", sop, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<!working )days after the kickoff")]
    private static partial Regex DaysAfter();

    static IEnumerable<string> Sops(string intake)
    {
        var loaded = ReviewIntakes.Load(intake);
        return ReviewIntakes.Match(intake).Assignments.Select(a => ReviewPlanDocuments.Sop(intake, loaded.Tasks.Single(t => t.TaskId == a.TaskId).Name));
    }
}
