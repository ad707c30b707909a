using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// The everyday words of an SOP follow the practice's country, and its scripts name the practice: a London
/// owner read "business day", "card on file" and an insurance "client share" in their SOPs, a US one was
/// offered Xero Payroll, and callers would have heard "[practice name]".
/// </summary>
public sealed class SopLocalWordsTests
{
    static readonly Practice London = Samples.Practice with
    {
        Name = "Camden Talking Therapies", TimeZone = "Europe/London", Country = "GB",
        Systems = new PracticeSystems(Ehr: "WriteUpp", Billing: "Xero"),
    };

    // Every task name of the kind table, so every library file is rendered.
    static IEnumerable<PracticeTask> EveryKind() => SopKindTableTests.Table
        .Select((row, i) => Samples.Task(id: $"t{i}", name: (string)row[0], category: (TaskCategory)row[1], clientInfo: true));

    static IEnumerable<Sop> Write(Practice practice) => EveryKind()
        .SelectMany(t => new[] { SupportRole.VirtualAssistant, SupportRole.BillingSpecialist }.Select(r => SopWriter.Write(practice, t, r, 1)));

    [Theory]
    [InlineData("business day")]
    [InlineData("card on file")]
    [InlineData("client share")]
    [InlineData("collections")]
    [InlineData("Gusto")]
    public void Write_UkPractice_UsesNoUsBusinessWords(string usWord)
    {
        // A task the owner named with the word ("Collections") keeps its name; only our words are checked.
        var offending = Write(London)
            .Where(s => !s.Title.Contains(usWord, StringComparison.OrdinalIgnoreCase) && s.Markdown.Contains(usWord, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Title).Distinct().ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Write_UkStatements_SayWorkingDay_AndPromiseNoCardCharge()
    {
        var sop = SopWriter.Write(London, Samples.Task(name: "Invoicing clients and chasing unpaid invoices", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        Assert.Contains("first working day of the month", sop.Markdown, StringComparison.Ordinal);
        // No card processor is named for a UK practice: its SOP asks at the kickoff rather than charge a saved card.
        Assert.Contains("if the practice takes them, the therapist names the card processor at the kickoff", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("saved card for your session", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("an amount the client owes", sop.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UsStatements_KeepUsWords()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Client statements", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        Assert.Contains("first business day of the month", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("card on file", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("a client share", sop.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UsPayroll_NamesNoForeignPayrollTool()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Payroll", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        // No system named: the hire learns the practice's payroll system at kickoff rather than pick from a menu.
        Assert.Contains("- Payroll system: a role that can prepare runs", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("- The name of the practice's payroll system, and your own login to it", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Xero", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("W-4", sop.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UkPayroll_NamesNoUsPayrollTool()
    {
        var sop = SopWriter.Write(London, Samples.Task(name: "Payroll", category: TaskCategory.Billing), SupportRole.BillingSpecialist, 1);

        Assert.Contains("- Payroll system: a role that can prepare runs", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("- The name of the practice's payroll system, and your own login to it", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Gusto", sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("W-4", sop.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Documents_NeverSendsTheRemoteAssistantToCollectPost()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Scanning and filing documents"), SupportRole.VirtualAssistant, 1);

        Assert.DoesNotContain("Collect incoming", sop.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("mail-scanning service", sop.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Phone and voicemail")]
    [InlineData("Reminder calls")]
    public void Write_Scripts_NameThePractice(string taskName)
    {
        var practice = Samples.Practice with { Name = "Oak & Ivy *Therapy*" };

        var sop = SopWriter.Write(practice, Samples.Task(name: taskName), SupportRole.VirtualAssistant, 1);

        Assert.DoesNotContain("[practice name]", sop.Markdown, StringComparison.Ordinal);
        Assert.Contains("Oak &amp; Ivy *Therapy*", sop.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>Therapy</em>", sop.Html, StringComparison.Ordinal);
    }
}
