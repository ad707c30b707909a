using System.Globalization;

namespace Delegation.Core.Intake;

/// <summary>
/// A validated intake written back as the form it came from, for the owner's "Update my plan" form: sent again unchanged,
/// it validates to the same intake, so an update that changes nothing is recognised as the same intake.
/// </summary>
public static class IntakeForms
{
    /// <summary>The form that validates to <paramref name="intake"/>.</summary>
    public static IntakeForm Of(Intake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var p = intake.Practice;
        var s = p.Systems;
        var pref = intake.Preferences;
        return new IntakeForm(
            new PracticeForm(p.Name, p.OwnerName, p.Email, p.TimeZone, p.SessionFee, p.ClientHoursPerWeek, p.Country,
                s is null ? null : new SystemsForm(s.Ehr, s.Billing, s.Email, s.Phone, s.Website)),
            new BudgetForm(intake.Budget.Monthly, intake.Budget.Currency, intake.Budget.OneTime),
            [.. intake.Tasks.Select(t => new TaskForm(t.Name, t.Category.ToString().ToLowerInvariant(), t.IsProject ? null : t.HoursPerWeek, t.Stress, t.Confidence,
                t.Repetitive, t.InvolvesClientInfo, t.Notes, t.OneTimeHours))],
            new PreferencesForm(pref.StartWith, pref.CheckInDay.ToString(), pref.ShareClientLoad,
                pref.Weights is { } w ? new WeightsForm(w.Time, w.Stress, w.LowConfidence, w.Repetitive) : null,
                pref.Rates?.ToDictionary(r => r.Key.ToString(), r => (decimal?)r.Value),
                pref.CheckInTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
                pref.AssociatePayShare));
    }
}
