using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// Asides that quote other asides (a kickoff rule inside the kit's "(60 minutes, …)", a crisis line inside an SOP's
/// "(in danger now: …)") close with one bracket, not "))", which readers took for a typo.
/// </summary>
public sealed class NestedBracketTests
{
    static readonly Practice Uk = new("Thames Counselling", "Ana Ruiz", "ana@example.com", "Europe/London", 80m, 20m, "GB");

    public static TheoryData<string> Countries => ["US", "GB", "CA", "NZ", "DE", "BR"];

    [Theory]
    [MemberData(nameof(Countries))]
    public void HiringKit_KickoffRule_ClosesItsAsideOnce(string country)
    {
        var practice = country == "GB" ? Uk : Samples.Practice with { Country = country };
        var intake = Samples.IntakeOf([Samples.Task(name: "Scheduling", hours: 6m, stress: 5, repetitive: true)]) with { Practice = practice };
        var match = SupportMatcher.Match(Samples.Rank(intake), new PlanningOptions().Roles, intake.Budget.Monthly, intake.Preferences.StartWith);
        var meetings = MeetingCalendar.For(practice.TimeZone, intake.Preferences.CheckInTimeOrDefault, practice.Country);
        var checkIns = CheckInScheduler.Schedule(match.SupportMix.Select(l => l.Role), meetings, intake.Preferences.CheckInDay);
        var brief = Assert.Single(HiringBrief.ForEachRole(match, intake.Tasks, checkIns));
        Assert.NotNull(brief.CheckIn?.Starts);

        var kit = HiringKitWriter.Write(practice, intake.Budget.Currency, brief, 1);

        Assert.Contains(brief.CheckIn!.Starts!, kit.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("))", kit.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "Consultation inquiries"), InlineData("US", "Inbox triage"), InlineData("US", "Phone and voicemail")]
    [InlineData("GB", "Consultation inquiries"), InlineData("CA", "Inbox triage"), InlineData("NZ", "Consultation inquiries")]
    [InlineData("BR", "Consultation inquiries")]
    public void Sop_CrisisLine_ClosesItsAsideOnce(string country, string task)
    {
        var practice = country == "GB" ? Uk : Samples.Practice with { Country = country };

        var sop = SopWriter.Write(practice, Samples.Task(name: task, clientInfo: true), SupportRole.VirtualAssistant, 1);

        Assert.Contains(Locale.Jurisdiction.Of(country).CrisisLine, sop.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("))", sop.Markdown, StringComparison.Ordinal);
    }
}
