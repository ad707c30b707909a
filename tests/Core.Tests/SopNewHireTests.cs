using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// What fresh readers, playing the new hire on day one (round 6), found untrue or unusable in the SOPs:
/// a KPI that points at a date "above" in an invitation with nothing above, a privacy line the steps
/// contradict, no channel for the client details the SOP tells them to pass on, and a crisis script
/// that does not ask where the caller is.
/// </summary>
public sealed class SopNewHireTests
{
    static readonly Practice London = Samples.Practice with
    {
        Name = "Camden Talking Therapies", TimeZone = "Europe/London", Country = "GB",
        Systems = new PracticeSystems(Ehr: "WriteUpp", Billing: "Xero"),
    };

    static IEnumerable<PracticeTask> EveryKind() => SopKindTableTests.Table
        .Select((row, i) => Samples.Task(id: $"t{i}", name: (string)row[0], category: (TaskCategory)row[1], clientInfo: true));

    [Fact]
    public void Kpis_StateTheirOwnRule_BecauseCheckInsListThemWithoutTheSop()
    {
        var pointing = EveryKind()
            .SelectMany(t => SopWriter.KpisOf(t, SupportRole.VirtualAssistant))
            .Where(k => k.Contains("above", StringComparison.OrdinalIgnoreCase) || k.Contains("below", StringComparison.OrdinalIgnoreCase)
                || k.Contains("SLA", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.Empty(pointing);
    }

    [Fact]
    public void SuperbillKpi_NamesTheThirdDayOfTheMonth()
    {
        var kpis = SopWriter.KpisOf(Samples.Task(name: "Superbills for out-of-network clients", category: TaskCategory.Billing), SupportRole.VirtualAssistant);

        Assert.Contains(kpis, k => k.StartsWith("Monthly superbills sent by the third day", StringComparison.Ordinal));
    }

    [Fact]
    public void PayrollSop_MarkedFreeOfClientInformation_ChecksSessionCountsWithoutClientDetails()
    {
        var sop = SopWriter.Write(Samples.Practice with { Systems = new PracticeSystems(Ehr: "SimplePractice") },
            Samples.Task(name: "Payroll and contractor invoices", category: TaskCategory.Billing, clientInfo: false), SupportRole.VirtualAssistant, 1);
        var document = Html.Parse(sop.Html);
        var steps = Html.SectionText(document, "Step by step");

        // The SOP keeps its promise that the task involves no client information, so the steps must not reach into client records.
        Assert.Contains("marked this task as not involving client information", Html.SectionText(document, "Confidentiality"), StringComparison.Ordinal);
        Assert.DoesNotContain("billing report", steps, StringComparison.Ordinal);
        Assert.Contains("a count per clinician with no client names or session details", steps, StringComparison.Ordinal);
        Assert.Contains("You work from counts only", Html.SectionText(document, "Confidentiality"), StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneSop_PassingCallersToTheTherapist_NamesTheEhrsSecureMessaging()
    {
        // As in the solo-us plan: the VA answers the phone while scheduling and consultations stay with the therapist.
        var practice = Samples.Practice with { Systems = new PracticeSystems(Ehr: "SimplePractice") };

        var steps = Html.SectionText(Html.Parse(SopWriter.Write(practice, Samples.Task(name: "Phone calls and voicemail"), SupportRole.VirtualAssistant, 1).Html), "Step by step");

        Assert.Contains("A fee question or an exception to the policy goes to the therapist the same day through the secure messaging in SimplePractice", steps, StringComparison.Ordinal);
        Assert.Contains("Pass each inquiry to the therapist the same working day through the secure messaging in SimplePractice:", steps, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", null, "the secure messaging in the practice's EHR")]
    [InlineData("US", "TherapyNotes", "the secure messaging in TherapyNotes")]
    [InlineData("GB", null, "the secure messaging in the practice-management system")]
    public void EverySopWithClientInformation_SaysWhichChannelCarriesClientDetailsToTheTherapist(string country, string? ehr, string channel)
    {
        var practice = Samples.Practice with { Country = country, Systems = ehr is null ? null : new PracticeSystems(Ehr: ehr) };

        var missing = EveryKind()
            .Select(t => SopWriter.Write(practice, t, SupportRole.VirtualAssistant, 1))
            .Where(s => !Html.SectionText(Html.Parse(s.Html), "Confidentiality").Contains($"goes through {channel}", StringComparison.Ordinal))
            .Select(s => s.Title).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void ClaimsSop_WithDenialsKept_SendsTheWeeklyReportThroughTheSecureMessaging()
    {
        var practice = Samples.Practice with { Systems = new PracticeSystems(Ehr: "SimplePractice") };

        var steps = Html.SectionText(Html.Parse(SopWriter.Write(practice, Samples.Task(name: "Insurance claims submission", category: TaskCategory.Billing),
            SupportRole.VirtualAssistant, 1).Html), "Step by step");

        Assert.Contains("The weekly report names clients: send it through the secure messaging in SimplePractice, never by email.", steps, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "911")]
    [InlineData("GB", "999")]
    [InlineData("AU", "000")]
    public void PhoneCrisisScript_AsksWhereTheCallerIs_BeforeTheEmergencyLineForTheirLocation(string country, string emergency)
    {
        var practice = Samples.Practice with { Country = country };

        // The script is the "Crisis script and voicemail greeting" part of the steps section.
        var steps = Html.SectionText(Html.Parse(SopWriter.Write(practice, Samples.Task(name: "Phone calls and voicemail"), SupportRole.VirtualAssistant, 1).Html), "Step by step");
        var script = steps[steps.IndexOf("Crisis script and voicemail greeting", StringComparison.Ordinal)..];

        var where = script.IndexOf("Where are you right now?", StringComparison.Ordinal);
        Assert.True(where >= 0, script);
        Assert.True(where < script.IndexOf($"call {emergency}", StringComparison.Ordinal), script);
        Assert.Contains($"call {emergency} for the caller's location yourself, give the address they told you", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "a Business Associate Agreement (BAA) under HIPAA")]
    [InlineData("GB", "a data processing agreement (DPA) under UK GDPR")]
    [InlineData("NZ", "a written confidentiality and data-processing agreement that meets the Privacy Act 2020")]
    public void PhoneSop_ThePhoneProviderSignsItsOwnAgreement_BeforeTheLineCarriesClientCalls(string country, string agreement)
    {
        var practice = Samples.Practice with { Country = country };

        var tools = Html.SectionText(Html.Parse(SopWriter.Write(practice, Samples.Task(name: "Phone calls and voicemail"), SupportRole.VirtualAssistant, 1).Html), "Tools and access");

        Assert.Contains($"the phone provider has signed {agreement}", tools, StringComparison.Ordinal);
        Assert.Contains("do not take client calls or voicemails on that line", tools, StringComparison.Ordinal);
        if (country != "US")
        {
            Assert.DoesNotContain("BAA", tools, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UkBillingSop_ListsTheNamedBillingSystemAmongTheApprovedSystems()
    {
        var sop = SopWriter.Write(London, Samples.Task(name: "Invoicing clients and chasing unpaid invoices", category: TaskCategory.Billing, clientInfo: true), SupportRole.BillingSpecialist, 1);

        Assert.Contains("approved under UK GDPR (WriteUpp, Xero or the practice's secure portal)", Html.SectionText(Html.Parse(sop.Html), "Confidentiality"), StringComparison.Ordinal);
    }

    [Fact]
    public void UsTaxSop_CarriesTheQuarterlyEstimatedTaxDates()
    {
        var steps = Html.SectionText(Html.Parse(SopWriter.Write(Samples.Practice, Samples.Task(name: "Tax paperwork for the accountant", category: TaskCategory.Billing), SupportRole.VirtualAssistant, 1).Html), "Step by step");

        Assert.Contains("due April 15, June 15 and September 15, and January 15 of the next year", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void UkTaxSop_HasNoUsEstimatedTaxDates()
    {
        var steps = Html.SectionText(Html.Parse(SopWriter.Write(London, Samples.Task(name: "Tax paperwork for the accountant", category: TaskCategory.Billing), SupportRole.VirtualAssistant, 1).Html), "Step by step");

        Assert.DoesNotContain("June 15", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void FilingSop_SetsTheTimeItsStepsReferTo()
    {
        var document = Html.Parse(SopWriter.Write(Samples.Practice, Samples.Task(name: "Incoming mail and filing"), SupportRole.VirtualAssistant, 1).Html);

        Assert.DoesNotContain("At the fixed time", Html.SectionText(document, "Step by step"), StringComparison.Ordinal);
        Assert.Contains("Every working day at 11:00", Html.SectionText(document, "When it happens"), StringComparison.Ordinal);
    }

    [Fact]
    public void AssociateSop_SaysItTakesWaitlistAndOverflow_NotTheTherapistsOwnClients()
    {
        var sop = SopWriter.Write(Samples.Practice, Samples.Task(name: "Overflow sessions from the waitlist", category: TaskCategory.Clinical, hours: 8m, clientInfo: true), SupportRole.AssociateTherapist, 1);

        var purpose = Html.SectionText(Html.Parse(sop.Html), "Purpose and goal");

        Assert.DoesNotContain("go back to clients and rest", purpose, StringComparison.Ordinal);
        Assert.Contains("new clients from the waitlist and referrals Ana Ruiz, the practice owner, cannot take on", purpose, StringComparison.Ordinal);
        Assert.Contains("The therapist's current clients stay with the therapist.", purpose, StringComparison.Ordinal);
    }
}
