using AngleSharp.Dom;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

public sealed class SopWriterTests
{
    static readonly string[] Sections =
    [
        "Purpose and goal",
        "Who does it",
        "When it happens",
        "Step by step",
        "Deadlines and service levels",
        "Definition of done",
        "KPIs to review at check-ins",
        "Tools and access",
        "Confidentiality",
    ];

    public static TheoryData<TaskCategory> Categories => new(Enum.GetValues<TaskCategory>());

    [Theory]
    [MemberData(nameof(Categories))]
    public void Write_EveryCategory_HasEverySectionInOrder(TaskCategory category)
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(category: category), SupportRole.VirtualAssistant, 1);

        var document = Html.Parse(sop.Html);

        Assert.Equal(Sections, document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.All(Sections, s => Assert.Contains($"\n## {s}\n", sop.Markdown, StringComparison.Ordinal));
        Assert.All(Sections, s => Assert.NotEmpty(Html.SectionText(document, s)));
    }

    [Fact]
    public void Write_NamesTheTaskWhoDoesItBackupAndVersion()
    {
        var task = Samples.Task(name: "Insurance claims", category: TaskCategory.Billing, hours: 5m);

        var sop = SopWriter.Write(Samples.Practice, task, SupportRole.BillingSpecialist, 3);

        var document = Html.Parse(sop.Html);
        Assert.Equal("t1", sop.TaskId);
        Assert.Equal("SOP: Insurance claims", sop.Title);
        Assert.Equal("SOP: Insurance claims", document.Title);
        Assert.Equal("SOP: Insurance claims", document.QuerySelector("h1")!.TextContent.Trim());
        var owner = Html.SectionText(document, "Who does it");
        Assert.Contains("billing specialist", owner, StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz", owner, StringComparison.Ordinal);
        Assert.Contains("version 3", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 h a week", Html.SectionText(document, "Purpose and goal"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TaskWithClientInformation_RequiresABusinessAssociateAgreement()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(clientInfo: true), SupportRole.VirtualAssistant, 1);

        var confidentiality = Html.SectionText(Html.Parse(sop.Html), "Confidentiality");

        Assert.Contains("Business Associate Agreement", confidentiality, StringComparison.Ordinal);
        Assert.Contains("BAA", confidentiality, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TaskWithoutClientInformation_DoesNotMentionABusinessAssociateAgreement()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Office supplies", clientInfo: false), SupportRole.VirtualAssistant, 1);

        var text = Html.Parse(sop.Html).Body!.TextContent;

        Assert.DoesNotContain("Business Associate", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("BAA", text, StringComparison.Ordinal);
        Assert.Contains("marked this task as not involving client information", Html.SectionText(Html.Parse(sop.Html), "Confidentiality"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnrecognisedTask_GetsTheStarterInEveryCategory()
    {
        var steps = Enum.GetValues<TaskCategory>().Select(c => StepsOf(SopWriter.Write(Samples.Practice, Samples.Task(name: "Errands", category: c), SupportRole.VirtualAssistant, 1)));

        // One honest starter for every category, rather than a category's generic steps passed off as the task's.
        Assert.All(steps, s => Assert.StartsWith("Trigger:", s[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x]: javascript:alert(1)")]
    [InlineData("**bold** _it_ `code` # not a heading")]
    public void Write_HostileTaskName_StaysLiteralText(string name)
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: name), SupportRole.VirtualAssistant, 1);

        var document = Html.Parse(sop.Html);

        Assert.DoesNotContain("<script", sop.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", sop.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Html.ActiveContent(document));
        Assert.Empty(document.QuerySelectorAll("a"));
        // The template puts no markup in the title or the purpose, so any element there came from the name.
        Assert.Empty(document.QuerySelector("h1")!.Children);
        Assert.Empty(Html.Section(document, "Purpose and goal").SelectMany(e => e.Children));
        Assert.Equal("SOP: " + name, document.Title);
        Assert.Equal("SOP: " + name, document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"\"{name}\"", Html.SectionText(document, "Purpose and goal"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostilePracticeAndOwnerNames_StayLiteralText()
    {
        var practice = Samples.Practice with { Name = "<script>alert(1)</script>", OwnerName = "[Ana](javascript:alert(1))" };

        var sop = SopWriter.Write(practice, Samples.Task(), SupportRole.VirtualAssistant, 1);

        var document = Html.Parse(sop.Html);
        Assert.DoesNotContain("<script", sop.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", sop.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Html.ActiveContent(document));
        Assert.Contains("[Ana](javascript:alert(1))", Html.SectionText(document, "Who does it"), StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameInput_GivesTheSameDocument()
    {
        var first = SopWriter.Write(Samples.Practice, Samples.Task(), SupportRole.VirtualAssistant, 1);
        var second = SopWriter.Write(Samples.Practice, Samples.Task(), SupportRole.VirtualAssistant, 1);

        Assert.Equal(first, second);
    }

    static List<string> StepsOf(Sop sop)
    {
        var document = Html.Parse(sop.Html);
        var h2 = document.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == "Step by step");
        var list = h2.NextElementSibling;
        Assert.Equal("ol", list?.LocalName);
        return list!.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
    }

    [Fact]
    public void Write_ForAnAssociateTherapist_NamesAWorkforceAgreementNotABaa()
    {
        var task = Samples.Task(name: "Overflow sessions from the waitlist", category: TaskCategory.Clinical, clientInfo: true);

        var text = Html.Parse(SopWriter.Write(Samples.Practice, task, SupportRole.AssociateTherapist, 1).Html).Body!.TextContent;

        Assert.Contains("employment or contractor agreement", text, StringComparison.Ordinal);
        Assert.Contains("a workforce member signs no BAA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Business Associate Agreement (BAA) under HIPAA must be signed", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "card on file", "raise an invoice")]
    [InlineData("GB", "raise an invoice", "copay")]
    public void Write_ClientInvoicing_UsesTheCountrysBillingWords(string country, string expected, string absent)
    {
        var task = Samples.Task(name: "Invoicing clients and chasing unpaid invoices", category: TaskCategory.Billing, clientInfo: true);

        var text = Html.Parse(SopWriter.Write(Samples.Practice with { Country = country }, task, SupportRole.BillingSpecialist, 1).Html).Body!.TextContent;

        Assert.Equal("statements", SopWriter.KindOf(task));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
    }
}
