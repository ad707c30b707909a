using System.Net;
using System.Text.RegularExpressions;
using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Plans;

namespace Delegation.Core.Tests;

/// <summary>
/// The plan email's sentences, over a table of plan shapes: none false for the plan it is in, none
/// contradicting another, the same content in both parts, every amount with its currency.
/// </summary>
public sealed partial class PlanWordsTests
{
    static readonly Uri BaseUrl = new("https://delegation.example/");

    public static TheoryData<string> Shapes => ["nothing delegable", "zero budget", "budget unspent", "everything delegated", "uk practice"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Email_ExplainsTheScoreOnce_WhereItShowsOne(string shape)
    {
        var text = PlanEmailContent.Build(PlanOf(shape), BaseUrl).ToText();

        const string explained = "The score after each task is its priority for handing over, out of 100,";
        // A score is shown only beside a task that is not clinical-and-kept; the clinical-only plan shows none.
        var scores = ScoreShown().Count(text);
        Assert.Equal(scores > 0 ? 1 : 0, (text.Length - text.Replace(explained, "", StringComparison.Ordinal).Length) / explained.Length);
    }

    [GeneratedRegex(@", score \d+\)")]
    private static partial Regex ScoreShown();

    static Plan PlanOf(string shape)
    {
        var clinical = new[] { Samples.Task(name: "Therapy sessions", category: TaskCategory.Clinical, hours: 25m, clientInfo: true) };
        var admin = new[]
        {
            Samples.Task(name: "Scheduling", category: TaskCategory.Admin, hours: 4m, stress: 4, repetitive: true, clientInfo: true),
            Samples.Task(name: "Inbox", category: TaskCategory.Admin, hours: 3m, stress: 3),
        };
        var intake = shape switch
        {
            "nothing delegable" => Samples.IntakeOf(clinical, budget: 500m),
            "zero budget" => Samples.IntakeOf(admin, budget: 0m),
            "budget unspent" => Samples.IntakeOf(admin, budget: 5000m),
            "everything delegated" => Samples.IntakeOf(admin, budget: 1300m),
            "uk practice" => Samples.IntakeOf(admin, budget: 1300m) is var i
                ? i with { Practice = i.Practice with { Country = "GB", TimeZone = "Europe/London" }, Budget = i.Budget with { Currency = "GBP" } }
                : throw new InvalidOperationException(),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
        return Samples.ComposePlan(intake).Plan;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Email_SaysNothingFalseForItsShape(string shape)
    {
        var plan = PlanOf(shape);
        var text = PlanEmailWriter.Write(plan, [], BaseUrl).Text;
        var delegated = plan.Tasks.Any(t => t.Role is not null);

        Assert.Equal(delegated, !text.Contains("No support is engaged", StringComparison.Ordinal) && !text.Contains("Nobody is engaged yet", StringComparison.Ordinal));
        Assert.Equal(!delegated, text.Contains("FREE FIRST STEPS", StringComparison.Ordinal));
        Assert.Equal(plan.Tasks.All(t => t.Category == TaskCategory.Clinical), text.Contains("is clinical, and clinical work stays with you", StringComparison.Ordinal));
        Assert.Equal(delegated, text.Contains("phase 1 hands over", StringComparison.Ordinal));
        // What the budget leaves is the budget less the cost, in the plan's own figures.
        if (plan.Totals.MonthlyCost > 0)
        {
            Assert.Contains($"so your monthly budget leaves {Money.Format(plan.Totals.MonthlyBudget - plan.Totals.MonthlyCost, plan.Totals.Currency)} each month", text, StringComparison.Ordinal);
        }

        // A task is never both worth handing over and kept in one breath, and a kept task never has a role.
        Assert.DoesNotContain("Worth handing over", text, StringComparison.Ordinal);
        Assert.All(plan.Tasks, t => Assert.True(t.Role is null || t.KeptReason is null, t.Name));
        Assert.DoesNotContain("owner", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Regular check-ins keep", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Email_EveryAmountCarriesTheCurrency(string shape)
    {
        var plan = PlanOf(shape);
        var text = PlanEmailWriter.Write(plan, [], BaseUrl).Text;
        var sign = plan.Totals.Currency == "GBP" ? "£" : "$";

        // Any figure with cents is money here; each has the currency sign right before it.
        Assert.All(Amounts().Matches(text), m => Assert.Equal(sign, m.Groups["sign"].Value));
        Assert.Equal(plan.Totals.Currency == "GBP", text.Contains('£', StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Email_HtmlAndTextParts_CarryTheSameWords(string shape)
    {
        var plan = PlanOf(shape);
        var message = PlanEmailWriter.Write(plan, [], BaseUrl);

        var html = Html.Parse(message.Html).Body!.TextContent;
        Assert.Equal(Words(WithoutUrls(message.Text)), Words(html));
    }

    [Theory]
    [InlineData("Progress notes", "Clinical", "EHR's templates", "send them electronically")]
    [InlineData("Insurance claims", "Billing", "send them electronically", "EHR's templates")]
    [InlineData("Client invoices", "Billing", "card on file", "send them electronically")]
    [InlineData("Scheduling", "Admin", "online booking", "card on file")]
    public void FreeSteps_FollowTheTasksListed_NeverWorkTheyDontHave(string task, string category, string expected, string absent)
    {
        var tasks = new[] { Samples.Task(name: task, category: Enum.Parse<TaskCategory>(category), hours: 3m, clientInfo: true) };
        var plan = Samples.ComposePlan(Samples.IntakeOf(tasks, budget: 0m)).Plan;

        var text = PlanEmailWriter.Write(plan, [], BaseUrl).Text;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
        // Batching is advice about admin: a practice that listed only clinical work is not told to batch admin it never named.
        if (category == "Clinical")
        {
            Assert.DoesNotContain("Batch the admin you keep", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("Batch the admin you keep", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("US", "Business Associate Agreement")]
    [InlineData("GB", "UK GDPR")]
    [InlineData("DE", "GDPR (Article 28)")]
    [InlineData("AU", "confidentiality and data-processing agreement")]
    public void Email_AgreementFollowsTheCountry(string country, string expected)
    {
        var intake = Samples.IntakeOf(Samples.MixedTasks());
        var plan = Samples.ComposePlan(intake with { Practice = intake.Practice with { Country = country } }).Plan;

        var text = PlanEmailWriter.Write(plan, [], BaseUrl).Text;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Equal(country == "US", text.Contains("BAA", StringComparison.Ordinal));
    }

    static string[] Words(string s) => [.. WordPattern().Matches(WebUtility.HtmlDecode(s)).Select(m => m.Value.ToLowerInvariant())];

    static string WithoutUrls(string s) => UrlPattern().Replace(s, "");

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.,'’%£$€-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@":?\s*https?://\S+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<sign>[£$€]?)\d[\d,]*\.\d\d\b")]
    private static partial Regex Amounts();
}
