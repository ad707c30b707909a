using AngleSharp.Dom;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

public sealed class SopLibraryTests
{
    static readonly string[] Sections =
    [
        "Purpose and goal", "Who does it", "When it happens", "Step by step", "Deadlines and service levels",
        "Definition of done", "KPIs to review at check-ins", "Tools and access", "Confidentiality",
    ];

    static readonly string[] Countries = ["US", "GB", "DE", "AU", "JP"];

    /// <summary>One task per kind, the words its KPIs must use, and the words its steps must use: each SOP measures and describes its own task.</summary>
    public static TheoryData<string, TaskCategory, string, string, string> Subjects => new()
    {
        { "Scheduling appointments", TaskCategory.Admin, "scheduling", "calendar|booked|no-show", "waitlist" },
        { "Reminder texts", TaskCategory.Admin, "reminders", "reminder", "reminder" },
        { "Phone and voicemail", TaskCategory.Admin, "phone", "voicemail|calls", "voicemail" },
        { "Inbox", TaskCategory.Admin, "inbox", "messages|reply", "inbox" },
        { "Consultation booking", TaskCategory.Admin, "consultations", "consultation|enquir", "consultation" },
        { "Client follow-ups", TaskCategory.Onboarding, "client-follow-ups", "follow-up", "follow-up" },
        { "Scanning and faxing", TaskCategory.Admin, "documents", "filed|documents", "scan" },
        { "Office supplies", TaskCategory.Admin, "office-supplies", "supply|supplies|ran out", "order" },
        { "Insurance verification", TaskCategory.Onboarding, "eligibility", "benefits check|eligibility|authorization", "eligibility|cover" },
        { "Insurance claims", TaskCategory.Billing, "claims", "claim", "claim" },
        { "Denials and appeals", TaskCategory.Billing, "denials", "denial|appeal", "denial" },
        { "Superbills", TaskCategory.Billing, "superbills", "superbill", "superbill" },
        { "Client statements", TaskCategory.Billing, "statements", "balance|card", "statement" },
        { "Credentialing", TaskCategory.Billing, "credentialing", "attestation|application|payers", "re-attest" },
        { "Payroll", TaskCategory.Billing, "payroll", "pay run|invoice", "approval" },
        { "Bookkeeping", TaskCategory.Billing, "bookkeeping", "transactions|receipt|month end", "reconcile" },
        { "ERA and payment posting", TaskCategory.Billing, "payment-posting", "posting|remittance", "post" },
        { "Quarterly taxes", TaskCategory.Billing, "taxes", "tax dates|deadline", "accountant" },
        { "Records requests", TaskCategory.Admin, "records-requests", "records request|request", "release" },
        { "Intake paperwork", TaskCategory.Onboarding, "intake-paperwork", "paperwork|intake forms|consent", "consent" },
        { "Telehealth set-up", TaskCategory.Tech, "telehealth", "online", "waiting room" },
        { "Social media", TaskCategory.Marketing, "social-media", "post", "post" },
        { "Newsletter", TaskCategory.Marketing, "newsletters", "open rate|issues|unsubscribe", "subscriber" },
        { "Blog posts", TaskCategory.Marketing, "blog-posts", "post", "post" },
        { "Psychology Today profile", TaskCategory.Marketing, "directory-profiles", "directory|profiles", "profile" },
        { "Google Business profile", TaskCategory.Marketing, "google-business", "review", "review" },
        { "Website updates", TaskCategory.Tech, "website", "uptime|website", "backup" },
        { "Booking widget", TaskCategory.Tech, "booking-widget", "booking", "test booking" },
        { "EHR user accounts", TaskCategory.Tech, "ehr-accounts", "multi-factor|access|users", "deactivate" },
        { "Password manager roll-out", TaskCategory.Tech, "password-manager", "vault", "off-boarding" },
        { "Credentialing the new associate", TaskCategory.Billing, "associate-credentialing", "effective date", "effective date" },
        { "Wi-Fi troubleshooting", TaskCategory.Tech, "tech-troubleshooting", "issues|devices|backup", "Wi-Fi" },
        { "CRM set-up", TaskCategory.Tech, "crm", "enquiries|clinical details", "CRM" },
        { "Licence renewal", TaskCategory.Admin, "licence-renewals", "renewals|ce hours", "renewal" },
        { "Paid ads", TaskCategory.Marketing, "paid-ads", "spend|cost per enquiry", "budget" },
        { "Errands", TaskCategory.Admin, "starter", "kickoff", "Trigger:" },
        { "Overflow sessions from the waitlist", TaskCategory.Clinical, "associate-caseload", "caseload", "referral" },
        { "Set up Google Workspace", TaskCategory.Tech, "project", "hours used", "Scope:" },
        { "Move the website to a new host", TaskCategory.Tech, "website-move", "hours used", "Scope:" },
    };

    // The project plan and the website move are for one-off work: their rows are projects, every other row recurring.
    static Intake.PracticeTask TaskOf(string name, TaskCategory category, string kind) =>
        kind is SopLibrary.Project or "website-move"
            ? Samples.Task(name: name, category: category, hours: 0) with { OneTimeHours = 6m }
            : Samples.Task(name: name, category: category);

    [Fact]
    public void Subjects_CoverEveryKind()
    {
        Assert.Equal(SopLibrary.Keys.Order(StringComparer.Ordinal), Subjects.Select(r => (string)r[2]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void EveryKind_MeasuresAndDescribesItsOwnTask(string name, TaskCategory category, string kind, string kpiWords, string stepWords)
    {
        var task = TaskOf(name, category, kind);
        var document = Html.Parse(SopWriter.Write(Samples.Practice, task, SupportRole.VirtualAssistant, 1).Html);

        Assert.Equal(kind, SopWriter.KindOf(task));
        Assert.Contains(Items(document, "KPIs to review at check-ins"), k => MentionsAny(k, kpiWords));
        Assert.Contains(Items(document, "Step by step"), s => MentionsAny(s, stepWords));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void EveryKind_InEveryCountry_HasEverySectionFilled_AndNoOwner(string name, TaskCategory category, string kind, string kpiWords, string stepWords)
    {
        _ = (kpiWords, stepWords);
        foreach (var country in Countries)
        {
            foreach (var clientInfo in new[] { false, true })
            {
                var practice = Samples.Practice with { Country = country };
                var sop = SopWriter.Write(practice, TaskOf(name, category, kind) with { InvolvesClientInfo = clientInfo }, SupportRole.VirtualAssistant, 1);

                var document = Html.Parse(sop.Html);
                var text = document.Body!.TextContent;

                Assert.Equal(Sections, document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
                Assert.All(Sections, s => Assert.NotEmpty(Html.SectionText(document, s)));
                Assert.True(Items(document, "Step by step").Count >= 5, name);
                Assert.Contains("Least privilege", Html.SectionText(document, "Tools and access"), StringComparison.Ordinal);
                Assert.Contains("multi-factor authentication", Html.SectionText(document, "Tools and access"), StringComparison.Ordinal);
                Assert.Empty(Html.ActiveContent(document));
                // The delegate is "you" and the therapist is "the therapist": nobody is "the owner".
                Assert.DoesNotContain("owner", text, StringComparison.OrdinalIgnoreCase);
                if (country != "US")
                {
                    Assert.DoesNotContain("HIPAA", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("BAA", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("Business Associate", text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void KpisOf_DoNotDependOnTheCountry(string name, TaskCategory category, string kind, string kpiWords, string stepWords)
    {
        _ = (kind, kpiWords, stepWords);
        var task = Samples.Task(name: name, category: category);

        // Check-ins list KPIs without the practice, so every country's SOP must carry the same ones.
        var kpis = SopWriter.KpisOf(task, SupportRole.VirtualAssistant);

        Assert.All(Countries, c => Assert.Equal(kpis,
            Items(Html.Parse(SopWriter.Write(Samples.Practice with { Country = c }, task, SupportRole.VirtualAssistant, 1).Html), "KPIs to review at check-ins")));
    }

    [Fact]
    public void EveryKind_HasStepsOfItsOwn()
    {
        var steps = Subjects.Select(row => Items(Html.Parse(
            SopWriter.Write(Samples.Practice, TaskOf((string)row[0], (TaskCategory)row[1], (string)row[2]), SupportRole.VirtualAssistant, 1).Html), "Step by step"))
            .ToList();

        // No step is shared between two kinds: no kind passes off another's content.
        var all = steps.SelectMany(s => s.Distinct(StringComparer.Ordinal)).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Starter_SaysItIsAStarter_AndAsksTheKickoffQuestions()
    {
        var document = Html.Parse(SopWriter.Write(Samples.Practice, Samples.Task(name: "Errands"), SupportRole.VirtualAssistant, 1).Html);

        Assert.Contains("This is a starter SOP", Html.SectionText(document, "Purpose and goal"), StringComparison.Ordinal);
        var steps = Items(document, "Step by step");
        Assert.Contains(steps, s => s.StartsWith("Trigger:", StringComparison.Ordinal) && s.EndsWith('?'));
        Assert.Contains(steps, s => s.StartsWith("Done:", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.StartsWith("Accounts:", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.StartsWith("Who to ask:", StringComparison.Ordinal));
        Assert.Contains("Not yet settled", Html.SectionText(document, "When it happens"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "988", "911")]
    [InlineData("GB", "116 123", "999")]
    [InlineData("AU", "13 11 14", "000")]
    public void Phone_CarriesTheCrisisScript_WithTheCountrysNumbers(string country, string crisis, string emergency)
    {
        var sop = SopWriter.Write(Samples.Practice with { Country = country }, Samples.Task(name: "Phone and voicemail"), SupportRole.VirtualAssistant, 1);

        var steps = Html.SectionText(Html.Parse(sop.Html), "Step by step");

        Assert.Contains("Crisis script", steps, StringComparison.Ordinal);
        Assert.Contains(crisis, steps, StringComparison.Ordinal);
        Assert.Contains("call " + emergency, steps, StringComparison.Ordinal);
        Assert.Equal(country == "US", steps.Contains("988", StringComparison.Ordinal));
        Assert.DoesNotContain("Before your first shift", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Phone_WhereNoNumbersAreKnown_AsksForThemBeforeTheFirstShift()
    {
        var sop = SopWriter.Write(Samples.Practice with { Country = "JP" }, Samples.Task(name: "Phone and voicemail"), SupportRole.VirtualAssistant, 1);

        var steps = Items(Html.Parse(sop.Html), "Step by step");

        Assert.StartsWith("Before your first shift, write the local emergency number", steps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Denials_InTheUs_CarryTheDenialReasonTable()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Denials and appeals", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        var rows = Html.Parse(sop.Html).QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();

        Assert.Superset(new HashSet<string>(["CO-16", "CO-22", "CO-27", "CO-29", "CO-50", "CO-97", "CO-197", "PR-1, PR-2, PR-3"]), rows.ToHashSet());
        // Mail clients drop style sheets: the table's borders are inline.
        Assert.All(Html.Parse(sop.Html).QuerySelectorAll("td"), td => Assert.Contains("border", td.GetAttribute("style"), StringComparison.Ordinal));
    }

    [Fact]
    public void Denials_OutsideTheUs_HaveNoUsCodeTable()
    {
        var sop = SopWriter.Write(Samples.Practice with { Country = "GB" }, Samples.Task(name: "Denials and appeals", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        var document = Html.Parse(sop.Html);

        Assert.Empty(document.QuerySelectorAll("table"));
        Assert.DoesNotContain("CO-16", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Items(document, "Step by step"), s => s.Contains("insurer's own words", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("US", "30 days")]
    [InlineData("GB", "one month from the request under UK GDPR")]
    [InlineData("DE", "one month from the request under GDPR")]
    [InlineData("AU", "the deadline the Privacy Act 1988")]
    public void RecordsRequests_LogTheDeadlineOfThePracticesCountry(string country, string deadline)
    {
        var sop = SopWriter.Write(Samples.Practice with { Country = country }, Samples.Task(name: "Records requests"), SupportRole.VirtualAssistant, 1);

        var steps = Items(Html.Parse(sop.Html), "Step by step");

        Assert.Contains(deadline, steps[0], StringComparison.Ordinal);
        Assert.Contains(steps, s => s.Contains("decides what is released", StringComparison.Ordinal));
    }

    [Fact]
    public void GoogleBusiness_RepliesToReviews_WithoutConfirmingAClient()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Google Business profile", category: TaskCategory.Marketing), SupportRole.MarketingSupport, 1);

        var steps = Html.SectionText(Html.Parse(sop.Html), "Step by step");

        Assert.Contains("Review reply templates", steps, StringComparison.Ordinal);
        Assert.Contains("must not confirm a relationship", steps, StringComparison.Ordinal);
        Assert.Contains("can't discuss whether anyone has been in contact", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Superbills_AreSentToTheClient_NotSubmittedAsClaims()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Superbills", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        var document = Html.Parse(sop.Html);

        Assert.Contains("A superbill is not a claim", Html.SectionText(document, "Purpose and goal"), StringComparison.Ordinal);
        Assert.DoesNotContain(Items(document, "Step by step"), s => s.Contains("clearinghouse", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Items(document, "Step by step"), s => s.Contains("client portal", StringComparison.Ordinal));
    }

    [Fact]
    public void Superbills_OutsideTheUs_NameNoUsCodes()
    {
        var sop = SopWriter.Write(Samples.Practice with { Country = "GB" }, Samples.Task(name: "Superbills", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        var steps = Html.SectionText(Html.Parse(sop.Html), "Step by step");

        Assert.DoesNotContain("CPT", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("NPI", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("out-of-network claims address", steps, StringComparison.Ordinal);
        Assert.Contains("professional registration number", steps, StringComparison.Ordinal);
        Assert.Contains("insurance company through its member portal", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Payroll_WaitsForTheTherapistsApproval_AndIsNotTheRecordsSop()
    {
        var document = Html.Parse(SopWriter.Write(Samples.Practice, Samples.Task(name: "Payroll", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1).Html);

        var steps = Items(document, "Step by step");
        Assert.Contains(steps, s => s.Contains("Only the therapist releases the payment", StringComparison.Ordinal));
        // The payroll SOP was once the documents SOP word for word.
        Assert.DoesNotContain("release of information", document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("records request", document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("US", "Business Associate Agreement (BAA) under HIPAA", "PHI")]
    [InlineData("GB", "data processing agreement (DPA) under UK GDPR", "personal and health data")]
    [InlineData("FR", "data processing agreement (DPA) under GDPR", "personal and health data")]
    [InlineData("JP", "written confidentiality and data-processing agreement", "personal and health data")]
    public void Confidentiality_FollowsThePracticesCountry(string country, string agreement, string dataName)
    {
        var sop = SopWriter.Write(Samples.Practice with { Country = country }, Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, clientInfo: true), SupportRole.BillingSpecialist, 1);

        var document = Html.Parse(sop.Html);
        var confidentiality = Html.SectionText(document, "Confidentiality");

        Assert.Contains(agreement, confidentiality, StringComparison.Ordinal);
        Assert.Contains(dataName, confidentiality, StringComparison.Ordinal);
        Assert.Equal(country == "US", confidentiality.Contains("HIPAA", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_Confidentiality_DependsOnClientInformation(bool clientInfo)
    {
        // Bookkeeping is a kind that may or may not meet client details, so the intake's answer decides.
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Bookkeeping", category: TaskCategory.Billing, clientInfo: clientInfo), SupportRole.BillingSpecialist, 1);

        var document = Html.Parse(sop.Html);
        var confidentiality = Html.SectionText(document, "Confidentiality");

        string[] onlyWithClientInfo = ["Business Associate Agreement", "before", "Minimum necessary", "Multi-factor authentication"];
        Assert.All(onlyWithClientInfo, r => Assert.Equal(clientInfo, confidentiality.Contains(r, StringComparison.Ordinal)));
        Assert.Contains("Never put client information in email", confidentiality, StringComparison.Ordinal);
        Assert.Equal(clientInfo, Html.SectionText(document, "Tools and access").Contains("BAA", StringComparison.Ordinal));
        // The kind's own caution is there either way.
        Assert.Contains("stays out of the books, emails and sheets", confidentiality, StringComparison.Ordinal);
    }

    [Fact]
    public void KpisOf_AreTheSopsKpis()
    {
        var task = Samples.Task(name: "Insurance claims", category: TaskCategory.Billing);

        var kpis = SopWriter.KpisOf(task, SupportRole.BillingSpecialist);

        Assert.Equal(Items(Html.Parse(SopWriter.Write(Samples.Practice, task, SupportRole.BillingSpecialist, 1).Html), "KPIs to review at check-ins"), kpis);
    }

    static bool MentionsAny(string text, string words) =>
        words.Split('|').Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    static List<string> Items(IDocument document, string heading) =>
        Html.Section(document, heading).SelectMany(e => e.QuerySelectorAll("li")).Select(li => li.TextContent.Trim()).ToList();
}
