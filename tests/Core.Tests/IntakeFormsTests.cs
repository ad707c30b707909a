using System.Text.Json;
using Delegation.Core.Intake;
using Delegation.Core.Plans;

namespace Delegation.Core.Tests;

/// <summary>The update form starts from the current intake: written back as a form, it validates to the same intake.</summary>
public sealed class IntakeFormsTests
{
    [Fact]
    public void Of_EveryField_ValidatesBackToTheSameIntake()
    {
        var form = Samples.Form(
            new TaskForm("Scheduling", "admin", 4m, 4, 3, true, true, "Mondays are heavy"),
            new TaskForm("New website", "tech", null, 3, 2, false, false, null, OneTimeHours: 12m),
            new TaskForm("Sessions", "clinical", 20m, 3, 5, false, true, null)) with
        {
            Budget = new BudgetForm(1500m, "USD", 400m),
            Preferences = new PreferencesForm(1, "Thursday", true, new WeightsForm(2, 1, 1, 1),
                new Dictionary<string, decimal?> { ["VirtualAssistant"] = 30m }, "09:15", 0.55m),
        };
        var intake = IntakeValidator.Validate(form).Intake!;

        var again = IntakeValidator.Validate(JsonSerializer.Deserialize<IntakeForm>(JsonSerializer.Serialize(IntakeForms.Of(intake), PlanJson.Options), PlanJson.Options));

        Assert.True(again.IsValid, string.Join("; ", again.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        Assert.Equal(PlanVersionStore.HashOf(intake), PlanVersionStore.HashOf(again.Intake!));
    }
}
