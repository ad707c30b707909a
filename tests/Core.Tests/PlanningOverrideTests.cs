using System.Text.Json;
using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Workflow.Activities;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Tests;

/// <summary>An intake's own ranking weights and role rates: validated, then used by the RankTasks and MatchSupport stages.</summary>
public sealed class PlanningOverrideTests
{
    static IntakeValidation ValidateWith(WeightsForm? weights = null, Dictionary<string, decimal?>? rates = null) =>
        IntakeValidator.Validate(Samples.Form() with { Preferences = new PreferencesForm(2, "Monday", false, weights, rates) });

    [Theory]
    [InlineData("0")]
    [InlineData("-35")]
    public void Validate_RateOfZeroOrLess_IsRejectedNamingTheRole(string rate)
    {
        var result = ValidateWith(rates: new() { ["VirtualAssistant"] = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.False(result.IsValid);
        Assert.Contains("greater than 0", Assert.Single(result.Errors["preferences.rates.VirtualAssistant"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownRoleOrMissingRate_IsRejected()
    {
        var result = ValidateWith(rates: new() { ["Butler"] = 40m, ["virtualassistant"] = 40m, ["TechProfessional"] = null, ["BillingSpecialist"] = 40.005m });

        Assert.Contains("Unknown role", result.Errors["preferences.rates.Butler"][0], StringComparison.Ordinal);
        Assert.Contains("Unknown role", result.Errors["preferences.rates.virtualassistant"][0], StringComparison.Ordinal);
        Assert.Equal("Required.", result.Errors["preferences.rates.TechProfessional"][0]);
        Assert.Contains("two decimal places", result.Errors["preferences.rates.BillingSpecialist"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Weights_MustBeFiniteNonNegativeCompleteAndNotAllZero()
    {
        var bad = ValidateWith(new WeightsForm(double.NaN, -1, double.PositiveInfinity, null));
        var zero = ValidateWith(new WeightsForm(0, 0, 0, 0));

        Assert.Equal(
            ["preferences.weights.lowConfidence", "preferences.weights.repetitive", "preferences.weights.stress", "preferences.weights.time"],
            bad.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("greater than 0", Assert.Single(zero.Errors["preferences.weights"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HoursWithMoreThanTwoDecimals_AreRejected()
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm(hours: 1.333m)));

        Assert.Contains("two decimal places", result.Errors["tasks[0].hoursPerWeek"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverridesPostedAsJson_ReachTheIntake()
    {
        const string json = """
            {"practice":{"name":"P","ownerName":"O","email":"o@example.com","timeZone":"UTC","sessionFee":100,"clientHoursPerWeek":20},
             "budget":{"monthly":1000},
             "tasks":[{"name":"Inbox","category":"admin","hoursPerWeek":2,"stress":3,"confidence":3}],
             "preferences":{"weights":{"time":1,"stress":0,"lowConfidence":0,"repetitive":0},"rates":{"VirtualAssistant":20.5}}}
            """;

        var intake = IntakeValidator.Validate(JsonSerializer.Deserialize<IntakeForm>(json, PlanJson.Options)).Intake!;

        Assert.Equal(new RankingWeights(1, 0, 0, 0), intake.Preferences.Weights);
        Assert.Equal(20.5m, intake.Preferences.Rates![SupportRole.VirtualAssistant]);
    }

    [Fact]
    public void Intake_WithOverrides_SurvivesTheJsonRoundTripBetweenStages()
    {
        // Activities get their input as JSON: overrides must arrive as they left.
        var intake = Samples.IntakeOf(Samples.MixedTasks());
        intake = intake with { Preferences = intake.Preferences with
        {
            Weights = new RankingWeights(1, 2, 3, 4),
            Rates = new Dictionary<SupportRole, decimal> { [SupportRole.TechProfessional] = 60.25m },
        } };

        foreach (var options in new[] { JsonSerializerOptions.Default, PlanJson.Options })
        {
            var back = JsonSerializer.Deserialize<Intake.Intake>(JsonSerializer.Serialize(intake, options), options)!;

            Assert.Equal(intake.Preferences.Weights, back.Preferences.Weights);
            Assert.Equal(60.25m, back.Preferences.Rates![SupportRole.TechProfessional]);
        }
    }

    [Fact]
    public async Task RankTasks_IntakeWeights_ReplaceTheConfiguredOnesScaledTo100()
    {
        // Time only: a 10-hour task earns all 100 points, stress and confidence count for nothing.
        var intake = Samples.IntakeOf([
            Samples.Task(name: "Stressful", hours: 1m, stress: 5, confidence: 1),
            Samples.Task(name: "Long", hours: 10m, stress: 1, confidence: 5),
        ]);
        intake = intake with { Preferences = intake.Preferences with { Weights = new RankingWeights(2, 0, 0, 0) } };

        var ranked = await new RankTasks(Options.Create(new PlanningOptions())).RunAsync(intake);

        Assert.Equal(["Long", "Stressful"], ranked.Select(r => r.Task.Name));
        Assert.Equal(100, ranked[0].Score);
        Assert.Equal(new ScoreBreakdown(10, 0, 0, 0), ranked[1].Breakdown);
        Assert.Contains("1 h a week", ranked[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("stress", ranked[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchSupport_IntakeRates_MakeTheCatalogueThePlanShowsAndCosts()
    {
        var intake = Samples.IntakeOf([Samples.Task(category: TaskCategory.Admin, hours: 5m, stress: 5)]);
        intake = intake with { Preferences = intake.Preferences with { Rates = new Dictionary<SupportRole, decimal> { [SupportRole.VirtualAssistant] = 24m } } };
        var options = Options.Create(new PlanningOptions());
        var ranked = await new RankTasks(options).RunAsync(intake);

        var result = await new MatchSupport(options).RunAsync(new MatchRequest(intake, ranked));

        Assert.Equal(24m, result.Roles.Single(r => r.Role == SupportRole.VirtualAssistant).HourlyRate);
        Assert.Equal(45m, result.Roles.Single(r => r.Role == SupportRole.BillingSpecialist).HourlyRate);
        Assert.Equal(520.00m, result.Match.MonthlyCost); // 5 × 24 × 52 / 12
        Assert.Equal(35m, options.Value.Roles.Single(r => r.Role == SupportRole.VirtualAssistant).HourlyRate);
    }
}
