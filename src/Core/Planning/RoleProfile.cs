using Delegation.Core.Intake;

namespace Delegation.Core.Planning;

/// <summary>What one support role costs and may take on.</summary>
/// <param name="Role">The role.</param>
/// <param name="HourlyRate">Price of one hour, in the budget's currency.</param>
/// <param name="MinHoursPerWeek">Smallest engagement the role is hired for (a VA retainer, say).</param>
/// <param name="Categories">Task categories the role can take.</param>
/// <param name="HipaaTrained">Whether the role may touch client information (under a BAA).</param>
public sealed record RoleProfile(
    SupportRole Role,
    decimal HourlyRate,
    decimal MinHoursPerWeek,
    IReadOnlyList<TaskCategory> Categories,
    bool HipaaTrained)
{
    /// <summary>Weeks in a month on average: 52 weeks over 12 months.</summary>
    public const decimal WeeksPerMonth = 52m / 12m;

    /// <summary>Whether this role may be given <paramref name="task"/> at all.</summary>
    /// <remarks>Clinical work goes only to an associate therapist, whatever a configured catalogue lists.</remarks>
    public bool CanTake(PracticeTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Categories.Contains(task.Category)
            && (HipaaTrained || !task.InvolvesClientInfo)
            && (task.Category != TaskCategory.Clinical || Role == SupportRole.AssociateTherapist);
    }

    /// <summary>What <paramref name="hours"/> of one-off project work cost: billed by the hour, with no minimum engagement.</summary>
    public decimal OneTimeCost(decimal hours) => hours <= 0 ? 0 : Math.Round(hours * HourlyRate, 2);

    /// <summary>Monthly cost of engaging the role for <paramref name="hoursPerWeek"/>; zero when unused.</summary>
    public decimal MonthlyCost(decimal hoursPerWeek) => Math.Round(ExactMonthlyCost(hoursPerWeek), 2);

    /// <summary>
    /// <see cref="MonthlyCost"/> before rounding to the cent: sums and differences of these, rounded once, are what
    /// a sentence may state; differences of rounded costs can be a cent off.
    /// </summary>
    internal decimal ExactMonthlyCost(decimal hoursPerWeek) =>
        hoursPerWeek <= 0 ? 0 : Math.Max(hoursPerWeek, MinHoursPerWeek) * HourlyRate * WeeksPerMonth;
}
