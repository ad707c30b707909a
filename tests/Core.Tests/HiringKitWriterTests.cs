using Delegation.Core.Email;
using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>Hiring kits written from real plans (ranked, matched and scheduled by the real stages), per role and per country.</summary>
public sealed class HiringKitWriterTests
{
    static readonly Practice Us = Samples.Practice;
    static readonly Practice Uk = new("Thames Counselling", "Ana Ruiz", "ana@example.com", "Europe/London", 80m, 20m, "GB");
    static readonly Practice Germany = new("Praxis am See", "Ana Ruiz", "ana@example.com", "Europe/Berlin", 100m, 20m, "DE");
    static readonly Practice Japan = new("Tokyo Counselling", "Ana Ruiz", "ana@example.com", "Asia/Tokyo", 10000m, 20m, "JP");

    static readonly string[] Sections = ["Job description", "Must-haves", "Interview questions", "Access checklist", "Kickoff and the first weeks"];

    /// <summary>Every role engaged: clinical work shared, and a budget that covers the rest.</summary>
    static IReadOnlyList<PracticeTask> AllRoles() =>
    [
        .. Samples.MixedTasks(),
        Samples.Task(name: "Denials and appeals", category: TaskCategory.Billing, hours: 3m, stress: 5, confidence: 1, repetitive: true, clientInfo: true),
        Samples.Task(name: "EHR user accounts and permissions", category: TaskCategory.Tech, hours: 1m, stress: 4, confidence: 1),
    ];

    static (IReadOnlyList<HiringBrief> Briefs, IReadOnlyList<HiringKit> Kits) Plan(Practice practice, string currency, IReadOnlyList<PracticeTask>? tasks = null, decimal budget = 20000m)
    {
        var intake = new Intake.Intake(practice, new Budget(budget, currency),
            [.. (tasks ?? AllRoles()).Select((t, i) => t with { TaskId = $"t{i + 1}" })],
            new Preferences(2, DayOfWeek.Monday, ShareClientLoad: true));
        var options = new PlanningOptions();
        var ranked = TaskRanker.Rank(intake, options);
        var match = SupportMatcher.Match(ranked, options.Roles, intake.Budget.Monthly, intake.Preferences.StartWith,
            new MatchTerms(intake.Budget.OneTime, currency, practice.SessionFee, intake.Preferences.AssociatePayShareOrDefault, Country: practice.Country));
        var checkIns = CheckInScheduler.Schedule(match.SupportMix.Select(l => l.Role), MeetingCalendar.For(practice.TimeZone, intake.Preferences.CheckInTimeOrDefault, practice.Country), DayOfWeek.Monday);
        var briefs = HiringBrief.ForEachRole(match, [.. ranked.Select(r => r.Task)], checkIns);
        return (briefs, [.. briefs.Select(b => HiringKitWriter.Write(practice, currency, b, 1))]);
    }

    static HiringKit Kit(IReadOnlyList<HiringKit> kits, SupportRole role) => Assert.Single(kits, k => k.Role == role);

    static string Text(HiringKit kit) => Html.Parse(kit.Html).Body!.TextContent;

    [Fact]
    public void Write_EveryRoleInThePlan_HasEverySectionAndListsOnlyItsOwnTasks()
    {
        var (briefs, kits) = Plan(Us, "USD");

        Assert.Equal(Enum.GetValues<SupportRole>().Order(), kits.Select(k => k.Role).Order());
        foreach (var (brief, kit) in briefs.Zip(kits))
        {
            var doc = Html.Parse(kit.Html);
            Assert.Equal(Sections, doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
            var work = Html.SectionText(doc, "Job description");
            Assert.All(brief.Tasks, t => Assert.Contains(t.Task.Name + ":", work, StringComparison.Ordinal));
            var others = briefs.Where(b => b != brief).SelectMany(b => b.Tasks).Select(t => t.Task.Name + ":");
            Assert.All(others, name => Assert.DoesNotContain(name, work, StringComparison.Ordinal));
            // Every task of the role has a line in the access checklist, matched to a system or left to settle at kickoff.
            var access = Html.SectionText(doc, "Access checklist");
            Assert.All(brief.Tasks, t => Assert.Contains(t.Task.Name, access, StringComparison.Ordinal));
            Assert.Contains("last day", access, StringComparison.Ordinal);
            Assert.DoesNotContain("owner", Text(kit), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Write_JobDescription_CarriesTheHoursAndRateThePlanAssumed_InItsCurrency()
    {
        var (briefs, kits) = Plan(Uk, "GBP");
        var brief = briefs.Single(b => b.Line.Role == SupportRole.VirtualAssistant);

        var work = Html.SectionText(Html.Parse(Kit(kits, SupportRole.VirtualAssistant).Html), "Job description");

        Assert.Contains($"About {Hours.Format(brief.Line.HoursPerWeek)} h a week of recurring work", work, StringComparison.Ordinal);
        // The plan starts small: the kit says what phase 1 needs, as the plan does.
        var weekly = brief.Tasks.Where(t => t.Task.OneTimeHours is null).ToList();
        var first = weekly.Min(t => t.Phase);
        var firstHours = weekly.Where(t => t.Phase == first).Sum(t => t.Task.HoursPerWeek);
        if (firstHours < brief.Line.HoursPerWeek)
        {
            Assert.Contains($"starting with about {Hours.Format(firstHours)} h a week in phase {first}", work, StringComparison.Ordinal);
        }
        Assert.Contains($"up to {Money.Format(brief.Line.HourlyRate, "GBP")} an hour", work, StringComparison.Ordinal);
        Assert.Contains($"about {Money.Format(brief.Line.MonthlyCost, "GBP")} a month", work, StringComparison.Ordinal);
        Assert.DoesNotContain("$", work, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UsPractice_AsksForHipaaTrainingAndABaa_BeforeClientInformation()
    {
        var text = Text(Kit(Plan(Us, "USD").Kits, SupportRole.VirtualAssistant));

        Assert.Contains("HIPAA privacy and security training", text, StringComparison.Ordinal);
        Assert.Contains("Signs a Business Associate Agreement (BAA) under HIPAA with you before getting any access to client information", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB", "a data processing agreement (DPA) under UK GDPR", "UK GDPR and data protection training")]
    [InlineData("DE", "a data processing agreement (DPA) under GDPR (Article 28)", "GDPR and data protection training")]
    [InlineData("JP", "a written confidentiality and data-processing agreement that meets your local privacy law", "privacy and confidentiality training")]
    public void Write_PracticeOutsideTheUs_NamesItsOwnAgreement_AndNeverABaa(string country, string agreement, string training)
    {
        var practice = country switch { "GB" => Uk, "DE" => Germany, _ => Japan };
        var kits = Plan(practice, country switch { "GB" => "GBP", "DE" => "EUR", _ => "JPY" }).Kits;

        Assert.Contains(agreement, Text(Kit(kits, SupportRole.BillingSpecialist)), StringComparison.Ordinal);
        Assert.Contains(training, Text(Kit(kits, SupportRole.BillingSpecialist)), StringComparison.Ordinal);
        Assert.All(kits, kit =>
        {
            foreach (var us in new[] { "BAA", "HIPAA", "Business Associate", "CO-16", "clearinghouse", "988", "malpractice" })
            {
                Assert.DoesNotContain(us, kit.Markdown, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Write_UsBillingSpecialist_IsAskedHowTheyWorkACo16Denial()
    {
        var doc = Html.Parse(Kit(Plan(Us, "USD").Kits, SupportRole.BillingSpecialist).Html);

        var questions = Html.SectionText(doc, "Interview questions");

        Assert.Contains("A claim comes back denied with CO-16. How do you work it?", questions, StringComparison.Ordinal);
        Assert.Contains("timely-filing limit", questions, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "911", "988")]
    [InlineData("GB", "999", "Samaritans on 116 123")]
    public void Write_VirtualAssistantWhoTakesCalls_IsAskedAboutACallerInCrisis_WithTheCountrysNumbers(string country, string emergency, string crisisLine)
    {
        var kits = Plan(country == "US" ? Us : Uk, country == "US" ? "USD" : "GBP").Kits;

        var questions = Html.SectionText(Html.Parse(Kit(kits, SupportRole.VirtualAssistant).Html), "Interview questions");

        Assert.Contains("A caller says they are not safe", questions, StringComparison.Ordinal);
        Assert.Contains($"call {emergency}", questions, StringComparison.Ordinal);
        Assert.Contains(crisisLine, questions, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RoleWithoutClientInformation_GrantsNoClientRecords_AndAsksNoCrisisOrAgreementQuestions()
    {
        var kit = Kit(Plan(Us, "USD").Kits, SupportRole.MarketingSupport);
        var text = Text(kit);

        Assert.Contains("No access to client records: none of these tasks needs them.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Business Associate Agreement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A caller says they are not safe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CO-16", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "licensed in the practice's state", "malpractice (professional liability) insurance", "three to six months")]
    [InlineData("GB", "HCPC", "professional indemnity insurance", "which can take months")]
    public void Write_AssociateTherapist_NeedsALicenceInsuranceAndCredentialing(string country, string licence, string insurance, string credentialing)
    {
        var kits = Plan(country == "US" ? Us : Uk, country == "US" ? "USD" : "GBP").Kits;

        var musts = Html.SectionText(Html.Parse(Kit(kits, SupportRole.AssociateTherapist).Html), "Must-haves");

        Assert.Contains(licence, musts, StringComparison.Ordinal);
        Assert.Contains(insurance, musts, StringComparison.Ordinal);
        Assert.Contains(credentialing, musts, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Kickoff_ConfirmsTheRolesOwnCheckIn_AndStartsWithItsFirstPhaseTasks()
    {
        var (briefs, kits) = Plan(Us, "USD");
        var brief = briefs.Single(b => b.Line.Role == SupportRole.VirtualAssistant);
        var first = brief.Tasks.Where(t => t.Phase == brief.Tasks.Min(x => x.Phase)).Select(t => t.Task.Name);

        var kickoff = Html.SectionText(Html.Parse(Kit(kits, SupportRole.VirtualAssistant).Html), "Kickoff and the first weeks");

        Assert.NotNull(brief.CheckIn);
        Assert.Contains(brief.CheckIn.Cadence == Cadence.Weekly ? "weekly on Mondays" : "Monday", kickoff, StringComparison.Ordinal);
        Assert.All(first, name => Assert.Contains(name, kickoff, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SupportRole.VirtualAssistant)]
    [InlineData(SupportRole.AssociateTherapist)]
    public void Write_FirstWeeks_AreTheCalendarsSeries_KickoffThenFourWeeklyCheckIns_NoDayFive(SupportRole role)
    {
        var (briefs, kits) = Plan(Us, "USD", AllRoles());
        var brief = briefs.Single(b => b.Line.Role == role);

        var weeks = Html.SectionText(Html.Parse(Kit(kits, role).Html), "Kickoff and the first weeks");

        Assert.Contains($"Kickoff (60 minutes, {brief.CheckIn!.Starts})", weeks, StringComparison.Ordinal);
        Assert.Contains($"Four weekly check-ins ({(int)Calendar.CheckInCalendar.FirstWeekLength.TotalMinutes} minutes, a week after the kickoff and each week after it, on Mondays at", weeks, StringComparison.Ordinal);
        Assert.DoesNotContain("Day 5", weeks, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UsKit_SpellsCounselingTheUsWay_AndAUkKitTheBritishWay()
    {
        var us = Kit(Plan(Us, "USD", AllRoles()).Kits, SupportRole.VirtualAssistant).Markdown;
        var uk = Kit(Plan(Uk, "GBP", AllRoles()).Kits, SupportRole.VirtualAssistant).Markdown;

        Assert.Contains("therapy, counseling or other", us, StringComparison.Ordinal);
        Assert.DoesNotContain("counselling", us, StringComparison.Ordinal);
        Assert.Contains("therapy, counselling or other", uk, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("GB")]
    [InlineData("JP")]
    public void Write_OwnSentences_ReadAsWrittenInMarkdown_AndRenderToPlainStructure(string country)
    {
        var kits = country switch { "US" => Plan(Us, "USD").Kits, "GB" => Plan(Uk, "GBP").Kits, _ => Plan(Japan, "JPY").Kits };
        string[] structure = ["html", "head", "meta", "title", "body", "h1", "h2", "p", "ul", "ol", "li", "strong", "em"];

        Assert.All(kits, kit =>
        {
            // The task and practice names here have nothing to escape, so a backslash would be the kit's own text
            // needing escapes: a sentence with Markdown syntax in it, rendered as something else.
            Assert.DoesNotContain("\\", kit.Markdown, StringComparison.Ordinal);
            Assert.All(Html.Parse(kit.Html).All, e => Assert.Contains(e.LocalName, structure));
        });
    }

    [Fact]
    public void Write_TaskInNoKnownArea_GetsAnAccessLineToSettleAtKickoff_AndNoBorrowedQuestions()
    {
        var tasks = new[] { Samples.Task(name: "Office supplies", category: TaskCategory.Admin, hours: 6m, stress: 4, confidence: 2, repetitive: true) };

        var doc = Html.Parse(Assert.Single(Plan(Us, "USD", tasks).Kits).Html);

        Assert.Contains("For Office supplies: list the accounts it needs at kickoff", Html.SectionText(doc, "Access checklist"), StringComparison.Ordinal);
        var questions = Html.SectionText(doc, "Interview questions");
        Assert.DoesNotContain("A caller says", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("claim", questions, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_OneOffProject_ShowsItsHoursAndWhatItCostsOnce()
    {
        var project = Samples.Task(name: "Website redesign", category: TaskCategory.Tech, hours: 0m, stress: 5, confidence: 1) with { OneTimeHours = 12m };

        var (briefs, kits) = Plan(Us, "USD", [project]);
        var line = Assert.Single(briefs).Line;
        var work = Html.SectionText(Html.Parse(Assert.Single(kits).Html), "Job description");

        Assert.Contains("Website redesign: 12 h, a one-off project", work, StringComparison.Ordinal);
        Assert.Contains("12 h of one-off project work, billed by the hour.", work, StringComparison.Ordinal);
        Assert.Contains($"({Money.Format(line.OneTimeCost, "USD")} once for the projects)", work, StringComparison.Ordinal);
        Assert.DoesNotContain("a week of recurring work", work, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostileTaskName_IsLiteralText_AndNeverMarkup()
    {
        const string hostile = "<script>alert(1)</script> [win](javascript:alert(1)) *bold*";
        var tasks = new[] { Samples.Task(name: hostile, category: TaskCategory.Admin, hours: 6m, stress: 5, confidence: 1, repetitive: true, clientInfo: true) };

        var kit = Assert.Single(Plan(Us, "USD", tasks).Kits);
        var doc = Html.Parse(kit.Html);

        Assert.Empty(Html.ActiveContent(doc));
        Assert.DoesNotContain(doc.QuerySelectorAll("a, em, strong"), e => e.TextContent.Contains("win", StringComparison.Ordinal) || e.TextContent == "bold");
        Assert.Contains(hostile, Html.SectionText(doc, "Job description"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ProjectOnlyRole_ListsTheOneHandOverReviewItsCalendarHolds()
    {
        var practice = Us;
        var intake = Samples.IntakeOf([Samples.Task(name: "Fix the online booking widget", category: TaskCategory.Tech, hours: 0m, stress: 4, confidence: 1) with { OneTimeHours = 8m }], budget: 3000m);
        var options = new PlanningOptions();
        var match = SupportMatcher.Match(TaskRanker.Rank(intake, options), options.Roles, intake.Budget.Monthly, intake.Preferences.StartWith,
            new MatchTerms(intake.Budget.OneTime, "USD", practice.SessionFee, intake.Preferences.AssociatePayShareOrDefault));
        var checkIns = CheckInScheduler.Schedule(match.SupportMix.Select(l => l.Role), MeetingCalendar.For(practice.TimeZone, intake.Preferences.CheckInTimeOrDefault, practice.Country),
            DayOfWeek.Monday, projectOnly: new HashSet<SupportRole> { SupportRole.TechProfessional });

        var kit = HiringKitWriter.Write(practice, "USD", Assert.Single(HiringBrief.ForEachRole(match, intake.Tasks, checkIns)), 1);

        var weeks = Html.SectionText(Html.Parse(kit.Html), "Kickoff and the first weeks");
        Assert.Contains($"Hand-over review ({(int)Calendar.CheckInCalendar.KickoffLength.TotalMinutes} minutes, {CheckInScheduler.HandOverWeeks} weeks after the kickoff", weeks, StringComparison.Ordinal);
        Assert.DoesNotContain("Four weekly check-ins", weeks, StringComparison.Ordinal);
    }
}
