using System.Globalization;

namespace Delegation.Core.Reports;

/// <summary>A calendar month in UTC, written <c>yyyy-MM</c>: the unit of monthly reports.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    /// <summary>The first instant of the month (UTC).</summary>
    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The first instant of the next month (UTC): the month is [Start, End).</summary>
    public DateTimeOffset End => Start.AddMonths(1);

    /// <summary>Days in the month.</summary>
    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>The month that ended most recently before <paramref name="now"/>: what a run on the 1st reports.</summary>
    public static ReportMonth Before(DateTimeOffset now)
    {
        var previous = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-1);
        return new ReportMonth(previous.Year, previous.Month);
    }

    /// <summary>Parses exactly <c>yyyy-MM</c> (years 2000–2999); false for anything else.</summary>
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || !DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2000 or > 2999)
        {
            return false;
        }

        month = new ReportMonth(date.Year, date.Month);
        return true;
    }

    /// <summary>Parses <c>yyyy-MM</c> or throws.</summary>
    public static ReportMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month written yyyy-MM.");

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
