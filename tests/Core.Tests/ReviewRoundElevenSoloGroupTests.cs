namespace Delegation.Core.Tests;

/// <summary>
/// The round-10 readers' findings on the SOPs and hiring kits of solo-us (Juniper Counseling, SimplePractice) and
/// group-associate (Riverbend Therapy Group, TherapyNotes): each test reads what the new hire is sent for that intake,
/// so a step is something they can do on day one with what the plan gives them.
/// </summary>
public sealed class ReviewRoundElevenSoloGroupTests
{
    [Fact]
    public void ClaimsSop_SubmitsFromSimplePractice_WithNoClearinghouseToAskFor()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("Create the claims (CMS-1500 data) in SimplePractice and submit them from there", sop, StringComparison.Ordinal);
        Assert.Contains("Fix the claims SimplePractice shows as rejected", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("clearinghouse, and your own login", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Clearinghouse: your own user", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsSop_ChecksTheInsuranceRecord_WhenNobodyRunsBenefitsChecks()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("check each session's billing details against the client's insurance record in the EHR (SimplePractice)", sop, StringComparison.Ordinal);
        Assert.Contains("flag it to the therapist through the secure messaging in SimplePractice", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("benefits check:", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsSop_SaysHowToSeeANoteIsSigned_AndAsksForThePayersAndTheirFilingLimits()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Insurance claims submission");

        Assert.Contains("it shows whether each session's note is signed without opening the note", sop, StringComparison.Ordinal);
        Assert.Contains("The list of insurers the practice is in network with, and each one's timely-filing limit", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void VaKit_GrantsNoClearinghouse_WhenSimplePracticeSendsTheClaims()
    {
        var kit = ReviewPlanDocuments.Kit("solo-us", Planning.SupportRole.VirtualAssistant);

        // Round 12: the claims SOP posts payments and reconciles the bank here, so the kit grants both.
        Assert.Contains("SimplePractice's billing module: permission for creating and sending claims and posting payments only", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("your clearinghouse", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneSop_PromisesOnlyWhatTwoHoursAWeekKeep()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");

        Assert.Contains("Voicemail checked once each business day at a set time you agree with the therapist", sop, StringComparison.Ordinal);
        Assert.Contains("We return every message within one business day.", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("three times a working day", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("before 4 p.m.", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneSop_GetsTheAnswersAndTheUrgentNumberAtTheKickoff()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");
        var kickoff = sop[sop.IndexOf("Bring to the kickoff", StringComparison.Ordinal)..sop.IndexOf("Confidentiality", StringComparison.Ordinal)];

        Assert.Contains("The practice's answers to what callers ask most, in the therapist's words: insurance accepted, hours, location, online (telehealth) sessions and the waitlist.", kickoff, StringComparison.Ordinal);
        // An insurance practice: the insured caller pays their plan's share, not the full fee.
        Assert.Contains("“Our fee for a session is $150.00. If we are in network with your insurance, you pay your plan's share (your copay or coinsurance) instead.”", kickoff, StringComparison.Ordinal);
        // One urgent number on the list (round 12): the one the other SOPs ask for too.
        Assert.Contains("The phone number to reach Maya Patel on at once about a client at risk or anything else urgent", kickoff, StringComparison.Ordinal);
        Assert.DoesNotContain("funding", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("the fee is already settled", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("To write in your first week", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneSop_NamesTheCallLog_AndCountsRiskCallsWithoutDetail()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");

        Assert.Contains("Call log: kept in the secure messaging in SimplePractice, one message per call", sop, StringComparison.Ordinal);
        Assert.Contains("a call that mentioned risk is marked only “risk: handed over by phone”, so the check-in can count them", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("where the therapist says", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectoryProfileSop_JoinsTheRuleAsASentence()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Psychology Today profile");

        Assert.Contains("in one document per directory and send it to the therapist. A directory profile speaks for", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("; A directory", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void BookkeepingSop_RecordsTotalsOnly_AndNoUsSalesTax()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Bookkeeping in QuickBooks");

        // The intake marked bookkeeping as not involving client information: the books hold payer totals, never clients.
        // Round 12: from the bank line's payer, since the bookkeeper has no EHR access.
        Assert.Contains("Record each deposit as income by payer (one line per payer and date, not one lump)", sop, StringComparison.Ordinal);
        Assert.Contains("never record a client's name or session in the books", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("keep them in the accounting software", sop, StringComparison.Ordinal);
        // Psychotherapy in the US generally carries no sales tax, and a US SOP never speaks of VAT.
        Assert.Contains("(estimated or quarterly tax payments)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("sales tax", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("VAT", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void EligibilitySop_NamesWhereTheAuthorizationGoes_AndWhatHappensForATomorrowBooking()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Insurance eligibility and benefits checks");

        Assert.Contains("in the authorization fields of the client's billing profile in the EHR (TherapyNotes)", sop, StringComparison.Ordinal);
        Assert.Contains("a first session booked sooner than that is checked the same day, and the therapist is told before the session if it cannot be confirmed", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("in the calendar", sop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Intake calls with new clients", "not the associate therapist.")]
    [InlineData("Overflow sessions from the waitlist", "not you.")]
    public void GroupSops_NameTheOwnerAsThePracticeOwner(string task, string whoElse)
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", task);

        Assert.Contains("backup: Daniel Okafor (the practice owner)", sop, StringComparison.Ordinal);
        Assert.Contains("“The therapist” in this SOP means Daniel Okafor, the practice owner, " + whoElse, sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Daniel Okafor, the therapist", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("Daniel Okafor (the therapist)", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void SoloSops_KeepCallingTheOwnerTheTherapist()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");

        Assert.Contains("backup: Maya Patel (the therapist)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("practice owner", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void IntakeCallsSop_RoutesNewClientsToTheAssociate_AndAsksWhoseSlotsAtTheKickoff()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Intake calls with new clients");

        Assert.Contains("the therapist decides which new clients fit the associate: offer each client the therapist assigns to the associate the associate's openings for a first session, and book the one they choose", sop, StringComparison.Ordinal);
        Assert.Contains("Whose consultation slots you book (the practice owner's, the associate's, or both), the associate's weekly openings for first sessions, and how the therapist tells you which new clients are assigned to the associate", sop, StringComparison.Ordinal);
        // The fit criteria are the owner's: brought to the kickoff, not written by the hire in week one.
        Assert.Contains("The practice's written fit criteria (location or telehealth states, ages seen, payment or insurance accepted, availability)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("The written fit criteria", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void IntakeCallsSop_TrackerHoldsWhatTheLogStepLogs_AndVendorsSignABaa()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Intake calls with new clients");

        Assert.Contains("Log each inquiry in the inquiry tracker: first name, source, date, consultation date, outcome", sop, StringComparison.Ordinal);
        Assert.Contains("holding only what the log step lists (first name, source, dates and outcome)", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("first names and source only", sop, StringComparison.Ordinal);
        Assert.Contains("a separate scheduler only if its provider signs a Business Associate Agreement (BAA) under HIPAA with the practice", sop, StringComparison.Ordinal);
        Assert.Contains("Before inquiries go through the inbox or phone, the therapist confirms each provider has signed", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsultationSop_WithoutAnAssociate_BooksTheTherapistsSlots()
    {
        var sop = ReviewPlanDocuments.Sop("solo-us", "Phone calls and voicemail");
        var consult = Html.Parse(Delegation.Core.Sops.SopWriter.Write(Samples.Practice, Samples.Task(name: "Consultation booking"), Planning.SupportRole.VirtualAssistant, 1).Html).Body!.TextContent;

        // Round 12: the booking link only if the practice uses online booking.
        Assert.Contains("the online booking link (if the practice uses one; otherwise two or three open slots to choose from) for the therapist's consultation slots.", consult, StringComparison.Ordinal);
        Assert.DoesNotContain("associate", consult, StringComparison.Ordinal);
        Assert.DoesNotContain("associate", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void BillingKit_AsksAboutRequestsItsWorkMeets_NotCallers()
    {
        // group-associate's billing specialist checks benefits and credentials: no calls from the public.
        var kit = ReviewPlanDocuments.Kit("group-associate", Planning.SupportRole.BillingSpecialist);

        Assert.Contains("An email from someone you do not know asks for a client's billing details, or whether a person is a client of the practice.", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone calls asking whether their partner is a client", kit, StringComparison.Ordinal);
        // The VA who answers the phone is still asked about the caller.
        Assert.Contains("Someone calls asking whether their partner is a client", ReviewPlanDocuments.Kit("solo-us", Planning.SupportRole.VirtualAssistant), StringComparison.Ordinal);
    }

    [Fact]
    public void TechKit_ForAWebsiteMoveOnly_AsksForWebsiteExperience()
    {
        var kit = ReviewPlanDocuments.Kit("group-associate", Planning.SupportRole.TechProfessional);

        Assert.Contains("Has built or moved websites for small businesses, ideally a therapy or other health practice: hosting, domains and DNS (including the email records)", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("user accounts and permissions", kit, StringComparison.Ordinal);
    }

    [Fact]
    public void WebsiteMoveSop_HasTheStepsOfAMove_AndAsksForTheHostsAtTheKickoff()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Move the website to a new host");

        Assert.Contains("Website move to a new host", sop, StringComparison.Ordinal);
        Assert.Contains("Leave the MX, SPF, DKIM and DMARC records exactly as they are", sop, StringComparison.Ordinal);
        Assert.Contains("set a permanent (301) redirect from the old address", sop, StringComparison.Ordinal);
        Assert.Contains("put back the saved DNS records (the old host is still running)", sop, StringComparison.Ordinal);
        Assert.Contains("The current web host, the new host (or that you choose one together before any work starts), the domain registrar", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("One-off project plan", sop, StringComparison.Ordinal);
    }

    [Fact]
    public void WebsiteMoveSop_KeepsRealEnquiriesOutOfTheWork_SoItTouchesNoClientInformation()
    {
        // The consultation SOP takes inquiries by web form; the move stays free of client information by testing with made-up details.
        var sop = ReviewPlanDocuments.Sop("group-associate", "Move the website to a new host");

        Assert.Contains("The contact form carries enquiries from prospective clients: test it only with made-up details, and never open, export or forward real enquiries.", sop, StringComparison.Ordinal);
        Assert.Contains("What do you need from me before you change the website?", ReviewPlanDocuments.Kit("group-associate", Planning.SupportRole.TechProfessional), StringComparison.Ordinal);
    }

    [Fact]
    public void AssociateCredentialingSop_SettlesTheNpis_AsksForTheInsurersAtTheKickoff_AndSaysWhoPaysForFollowUps()
    {
        var sop = ReviewPlanDocuments.Sop("group-associate", "Credential your new associate with each insurer you bill");

        Assert.Contains("that individual NPI is the rendering NPI and the practice's group (Type 2) NPI the billing NPI", sop, StringComparison.Ordinal);
        Assert.Contains("The list of insurers the practice bills, with the practice's group (Type 2) NPI, tax ID and service address", sop, StringComparison.Ordinal);
        Assert.Contains("the weekly follow-ups after them, often for three to six months, are hours you agree with the therapist at the kickoff", sop, StringComparison.Ordinal);
        Assert.Contains("ask each payer first whether it credentials pre-licensed clinicians at all: many do not", sop, StringComparison.Ordinal);
        Assert.DoesNotContain("the therapist gives you the list of insurers", sop, StringComparison.Ordinal);
    }
}
