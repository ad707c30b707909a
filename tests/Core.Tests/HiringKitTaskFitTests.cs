using Delegation.Core.Hiring;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>
/// A kit agrees with the SOPs its hire will work from (round-6 new-hire read): the same scope, the same
/// narrow access, and must-haves and questions for the work the role really takes.
/// </summary>
public sealed class HiringKitTaskFitTests
{
    static readonly Practice Uk = new("Thames Counselling", "Ana Ruiz", "ana@example.com", "Europe/London", 80m, 20m, "GB");

    // The brief is built directly: these tests are about what a kit says for given work, not about who the matcher picks.
    static HiringKit Kit(Practice practice, SupportRole role, params PracticeTask[] tasks)
    {
        var line = new SupportLine(role, tasks.Sum(t => t.HoursPerWeek), 30m, 30m * tasks.Sum(t => t.HoursPerWeek) * 52 / 12);
        var brief = new HiringBrief(line, [.. tasks.Select((t, i) => new HiringTask(t with { TaskId = $"t{i + 1}" }, 1))], null);
        return HiringKitWriter.Write(practice, practice.Country == "US" ? "USD" : "GBP", brief, 1);
    }

    static string Section(HiringKit kit, string heading) => Html.SectionText(Html.Parse(kit.Html), heading);

    static PracticeTask Task(string name, TaskCategory category = TaskCategory.Admin, bool clientInfo = true) =>
        Samples.Task(name: name, category: category, hours: 2m, clientInfo: clientInfo);

    [Theory]
    [InlineData("US", "a Business Associate Agreement (BAA) under HIPAA")]
    [InlineData("GB", "a data processing agreement (DPA) under UK GDPR")]
    public void PhoneAccess_HasTheProviderSignTheVendorAgreement_AsThePhoneSopDoes(string country, string agreement)
    {
        var kit = Kit(country == "US" ? Samples.Practice : Uk, SupportRole.VirtualAssistant, Task("Phone calls and voicemail"));

        Assert.Contains($"The phone provider holds client calls and voicemails, so it signs {agreement} with you before the line carries them.",
            Section(kit, "Access checklist"), StringComparison.Ordinal);
    }
}
