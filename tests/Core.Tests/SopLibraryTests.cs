using AngleSharp.Dom;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

public sealed class SopLibraryTests
{
    static readonly string[] Sections =
    [
        "Purpose and goal", "Owner and backup", "When it happens", "Step by step", "Deadlines and service levels",
        "Definition of done", "KPIs to review at check-ins", "Tools and access", "Confidentiality",
    ];

    /// <summary>A task name and category for each kind the library recognises, and the kind it must get.</summary>
    public static TheoryData<string, TaskCategory, string> Recognised => new()
    {
        { "Scheduling appointments", TaskCategory.Admin, "scheduling" },
        { "Rescheduling and cancellations", TaskCategory.Admin, "scheduling" },
        { "Insurance claims", TaskCategory.Billing, "billing-claims" },
        { "Superbills for out-of-network clients", TaskCategory.Admin, "billing-claims" },
        { "Inbox", TaskCategory.Admin, "inbox" },
        { "Answering email enquiries", TaskCategory.Admin, "inbox" },
        { "Instagram and Facebook posts", TaskCategory.Marketing, "social-media" },
        { "Monthly email newsletter", TaskCategory.Marketing, "newsletters" },
        { "Website updates", TaskCategory.Tech, "website" },
        { "Psychology Today profile and website", TaskCategory.Marketing, "website" },
        { "Intake packets", TaskCategory.Onboarding, "intake-forms" },
        { "New client onboarding", TaskCategory.Onboarding, "intake-forms" },
        { "Client follow-ups", TaskCategory.Onboarding, "client-follow-ups" },
        { "Paperwork and records requests", TaskCategory.Admin, "paperwork" },
        { "Bookkeeping in QuickBooks", TaskCategory.Billing, "bookkeeping" },
        { "Troubleshooting Zoom and laptop", TaskCategory.Tech, "tech-troubleshooting" },
        { "Blog articles", TaskCategory.Marketing, "marketing-content" },
        { "Errands", TaskCategory.Admin, "category-admin" },
        { "Month end", TaskCategory.Billing, "category-billing" },
        { "Referral partners", TaskCategory.Marketing, "category-marketing" },
        { "Miscellaneous", TaskCategory.Tech, "category-tech" },
        { "Insurance verification", TaskCategory.Onboarding, "category-onboarding" },
        { "Sessions", TaskCategory.Clinical, "category-clinical" },
        // A keyword only counts in the categories its kind belongs to: the inbox is admin work.
        { "Inbox", TaskCategory.Tech, "category-tech" },
        // Keywords start words: "claim" is not found inside "reclaimed".
        { "Reclaimed hours", TaskCategory.Billing, "category-billing" },
    };

    [Theory]
    [MemberData(nameof(Recognised))]
    public void KindOf_CategoryAndNameKeywords_PickTheKind(string name, TaskCategory category, string kind)
    {
        Assert.Equal(kind, SopWriter.KindOf(Samples.Task(name: name, category: category)));
    }

    public static TheoryData<string, TaskCategory> OnePerKind => new()
    {
        { "Scheduling", TaskCategory.Admin }, { "Insurance claims", TaskCategory.Billing }, { "Inbox", TaskCategory.Admin },
        { "Social media", TaskCategory.Marketing }, { "Newsletter", TaskCategory.Marketing }, { "Website", TaskCategory.Tech },
        { "Intake forms", TaskCategory.Onboarding }, { "Client follow-ups", TaskCategory.Onboarding }, { "Paperwork", TaskCategory.Admin },
        { "Bookkeeping", TaskCategory.Billing }, { "Tech troubleshooting", TaskCategory.Tech }, { "Blog content", TaskCategory.Marketing },
        { "Errands", TaskCategory.Admin }, { "Month end", TaskCategory.Billing }, { "Referral partners", TaskCategory.Marketing },
        { "Miscellaneous", TaskCategory.Tech }, { "Insurance verification", TaskCategory.Onboarding }, { "Sessions", TaskCategory.Clinical },
    };

    [Fact]
    public void Library_EveryFileLoads_AndTheSamplesCoverEveryCategoryKind()
    {
        var sampled = OnePerKind.Select(row => SopWriter.KindOf(Samples.Task(name: (string)row[0], category: (TaskCategory)row[1]))).ToHashSet();

        // Every file but the last-resort fallback is reached by some task; general is for categories without a file.
        Assert.Equal(SopLibrary.Keys.Where(k => k != "general").Order(StringComparer.Ordinal), sampled.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OnePerKind))]
    public void Write_EveryKind_HasEverySectionFilled(string name, TaskCategory category)
    {
        foreach (var clientInfo in new[] { false, true })
        {
            var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: name, category: category, clientInfo: clientInfo), SupportRole.VirtualAssistant, 1);

            var document = Html.Parse(sop.Html);

            Assert.Equal(Sections, document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
            Assert.All(Sections, s => Assert.NotEmpty(Html.SectionText(document, s)));
            Assert.True(Items(document, "Step by step").Count >= 5, name);
            Assert.Contains("Trigger:", Html.SectionText(document, "When it happens"), StringComparison.Ordinal);
            Assert.Contains("Frequency:", Html.SectionText(document, "When it happens"), StringComparison.Ordinal);
            Assert.Contains("Least privilege", Html.SectionText(document, "Tools and access"), StringComparison.Ordinal);
            Assert.Contains("multi-factor authentication", Html.SectionText(document, "Tools and access"), StringComparison.Ordinal);
            Assert.Empty(Html.ActiveContent(document));
        }
    }

    [Fact]
    public void Write_DifferentKinds_HaveDifferentSteps()
    {
        var steps = OnePerKind.Select(row => string.Join("\n", Items(Html.Parse(
            SopWriter.Write(Samples.Practice, Samples.Task(name: (string)row[0], category: (TaskCategory)row[1]), SupportRole.VirtualAssistant, 1).Html), "Step by step")))
            .ToList();

        Assert.Equal(steps.Count, steps.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_SchedulingAndClaims_CarryStepsOfTheirOwnKind()
    {
        var scheduling = SopWriter.Write(Samples.Practice, Samples.Task(name: "Scheduling appointments"), SupportRole.VirtualAssistant, 1);
        var claims = SopWriter.Write(Samples.Practice, Samples.Task(name: "Insurance claims", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        Assert.Contains(Items(Html.Parse(scheduling.Html), "Step by step"), s => s.Contains("waitlist", StringComparison.Ordinal));
        Assert.Contains(Items(Html.Parse(claims.Html), "Step by step"), s => s.Contains("denials", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Billing and claims", Html.Parse(claims.Html).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_Confidentiality_DependsOnClientInformation(bool clientInfo)
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, clientInfo: clientInfo), SupportRole.BillingSpecialist, 1);

        var document = Html.Parse(sop.Html);
        var confidentiality = Html.SectionText(document, "Confidentiality");

        string[] onlyWithClientInfo = ["Business Associate Agreement", "before", "Minimum necessary", "Multi-factor authentication"];
        Assert.All(onlyWithClientInfo, r => Assert.Equal(clientInfo, confidentiality.Contains(r, StringComparison.Ordinal)));
        Assert.Contains("Never put client information in email", confidentiality, StringComparison.Ordinal);
        Assert.Equal(clientInfo, Html.SectionText(document, "Tools and access").Contains("BAA", StringComparison.Ordinal));
        // The kind's own caution is there either way.
        Assert.Contains("stay inside the billing system", confidentiality, StringComparison.Ordinal);
    }

    [Fact]
    public void KpisOf_AreTheSopsKpis()
    {
        var task = Samples.Task(name: "Insurance claims", category: TaskCategory.Billing);

        var kpis = SopWriter.KpisOf(task, SupportRole.BillingSpecialist);

        Assert.Equal(Items(Html.Parse(SopWriter.Write(Samples.Practice, task, SupportRole.BillingSpecialist, 1).Html), "KPIs to review at check-ins"), kpis);
    }

    static List<string> Items(IDocument document, string heading) =>
        Html.Section(document, heading).SelectMany(e => e.QuerySelectorAll("li")).Select(li => li.TextContent.Trim()).ToList();
}
