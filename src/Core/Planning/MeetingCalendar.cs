using System.Collections.Concurrent;
using PublicHoliday;

namespace Delegation.Core.Planning;

/// <summary>
/// A practice's meeting calendar: its time zone, the local time check-ins start, and the public
/// holidays of its country. Pure and deterministic (the holiday library computes dates, it looks
/// nothing up), so the planner and the rollout's state machine agree on every date, on replay too.
/// </summary>
public sealed class MeetingCalendar
{
    // Calendars are immutable once built; one per country is plenty.
    static readonly ConcurrentDictionary<string, IPublicHolidays?> Countries = new(StringComparer.Ordinal);

    readonly TimeZoneInfo zone;
    readonly IPublicHolidays? holidays;
    readonly Dictionary<int, IReadOnlyDictionary<DateOnly, string>> years = [];

    MeetingCalendar(TimeZoneInfo zone, TimeOnly time, IPublicHolidays? holidays)
    {
        this.zone = zone;
        Time = time;
        this.holidays = holidays;
    }

    /// <summary>The calendar of a practice.</summary>
    /// <param name="timeZoneId">The practice's IANA time zone.</param>
    /// <param name="time">Local time of day check-ins start.</param>
    /// <param name="country">ISO 3166-1 alpha-2; a country the holiday library does not know skips no days.</param>
    public static MeetingCalendar For(string timeZoneId, TimeOnly time, string? country) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), time, HolidaysOf(country));

    /// <summary>The same calendar with meetings at <paramref name="time"/> instead.</summary>
    /// <param name="time">Local time of day.</param>
    public MeetingCalendar WithTime(TimeOnly time) => new(zone, time, holidays);

    /// <summary>Local time of day every meeting starts.</summary>
    public TimeOnly Time { get; }

    /// <summary>True when the practice's country's public holidays are known and skipped.</summary>
    public bool KnowsHolidays => holidays is not null;

    /// <summary>True when the holiday library has a calendar for <paramref name="country"/>.</summary>
    /// <param name="country">ISO 3166-1 alpha-2.</param>
    public static bool HasHolidaysFor(string? country) => HolidaysOf(country) is not null;

    /// <summary>The meeting time on a local date, as an instant (the offset of that date, daylight saving included).</summary>
    /// <param name="date">The practice's local date.</param>
    public DateTimeOffset At(DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(Time, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    /// <summary>The practice's local date of an instant.</summary>
    /// <param name="at">Any instant.</param>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The practice's local time of day of an instant.</summary>
    /// <param name="at">Any instant.</param>
    public TimeOnly TimeOf(DateTimeOffset at) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The English name of the public holiday observed on <paramref name="date"/>, or null.</summary>
    /// <param name="date">A local date.</param>
    public string? HolidayOn(DateOnly date) =>
        holidays is not null && YearOf(date.Year).TryGetValue(date, out var name) ? name : null;

    /// <summary>
    /// The meeting a rule puts on <paramref name="date"/>: there, or, when that is a public holiday,
    /// on the next working day (Monday to Friday, not a holiday), saying where it came from.
    /// </summary>
    /// <param name="date">The date the cadence gives.</param>
    public Meeting Meet(DateOnly date)
    {
        if (HolidayOn(date) is not { } holiday)
        {
            return new Meeting(At(date));
        }

        var moved = DateOnly.FromDateTime(holidays!.NextWorkingDay(date.ToDateTime(TimeOnly.MinValue)));
        return new Meeting(At(moved), date, holiday);
    }

    IReadOnlyDictionary<DateOnly, string> YearOf(int year)
    {
        lock (years)
        {
            if (!years.TryGetValue(year, out var days))
            {
                var map = new Dictionary<DateOnly, string>();
                // Public ones only (region-only holidays are not the whole country's), on the day offices close.
                foreach (var h in holidays!.PublicHolidaysInformation(year).Where(h => h.IsPublic))
                {
                    map.TryAdd(DateOnly.FromDateTime(h.ObservedDate), NameOf(h.EnglishName));
                }

                years[year] = days = map;
            }

            return days;
        }
    }

    // The library names the UK's May and August bank holidays "Early May", "Spring" and "Summer";
    // "Moved from Mon 25 May (Spring)" reads as a season, so use gov.uk's names for them.
    static string NameOf(string name) => name switch
    {
        "Early May" or "Spring" or "Summer" => $"{name} bank holiday",
        _ => name,
    };

    static IPublicHolidays? HolidaysOf(string? country)
    {
        if (string.IsNullOrWhiteSpace(country) || country.Length != 2)
        {
            return null;
        }

        var code = country.ToUpperInvariant();
        return Countries.GetOrAdd(code, c =>
            Enum.TryParse<PublicHolidayCountryCode>(c, ignoreCase: true, out var known) && Enum.IsDefined(known)
                ? PublicHolidayFactory.GetPublicHolidayForCountry(known)
                : null);
    }
}

/// <summary>One dated meeting; when a public holiday moved it, the date it left and why.</summary>
/// <param name="At">When it meets.</param>
/// <param name="MovedFrom">The local date the cadence gave, when that was a public holiday.</param>
/// <param name="Holiday">The holiday's name, when it was moved.</param>
public sealed record Meeting(DateTimeOffset At, DateOnly? MovedFrom = null, string? Holiday = null);
