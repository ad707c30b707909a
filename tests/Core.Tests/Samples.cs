using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

/// <summary>A realistic intake, shaped like the one in the walking-skeleton issue.</summary>
internal static class Samples
{
    public static IntakeForm Form(params TaskForm[] tasks) => new(
        new PracticeForm("Calm Harbor Counseling", "Ana Ruiz", "ana@example.com", "America/Chicago", 150m, 25m),
        new BudgetForm(1200m, "USD"),
        tasks.Length > 0 ? tasks :
        [
            new TaskForm("Scheduling appointments", "admin", 4m, 4, 3, true, true, null),
            new TaskForm("Insurance claims", "billing", 5m, 5, 2, true, true, null),
            new TaskForm("Social media", "marketing", 2m, 3, 2, false, false, null),
        ],
        new PreferencesForm(2, "Monday", false));

    public static Intake.Intake Intake(params TaskForm[] tasks) =>
        IntakeValidator.Validate(Form(tasks)).Intake ?? throw new InvalidOperationException("sample must be valid");
}
