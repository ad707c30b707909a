namespace Delegation.Core.Planning;

/// <summary>
/// Puts the guide's "weekly meeting with your VA or monthly financial reports from your billing
/// specialist" on the calendar, in the practice's own time zone.
/// </summary>
public static class CheckInScheduler
{
    /// <summary>Local time of day check-ins are set for.</summary>
    public static readonly TimeOnly MeetingTime = new(10, 0);

    /// <summary>Days allowed for hiring and onboarding before the first check-in.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromDays(7);

    /// <summary>The cadence each role meets on.</summary>
    public static Cadence CadenceOf(SupportRole role) => role switch
    {
        SupportRole.VirtualAssistant => Cadence.Weekly,
        SupportRole.AssociateTherapist => Cadence.Weekly,
        SupportRole.BillingSpecialist => Cadence.Monthly,
        _ => Cadence.Biweekly,
    };

    /// <summary>One check-in per engaged role, the first at least <see cref="Lead"/> after <paramref name="now"/>.</summary>
    public static IReadOnlyList<CheckIn> Schedule(
        IEnumerable<SupportRole> roles, string timeZoneId, DayOfWeek checkInDay, DateTimeOffset now) =>
        Schedule(roles, timeZoneId, checkInDay, now, reviews: null);

    /// <summary>One check-in per engaged role, its agenda carrying the KPIs of the tasks that role owns.</summary>
    /// <param name="roles">Engaged roles; repeats are ignored.</param>
    /// <param name="timeZoneId">The practice's IANA time zone.</param>
    /// <param name="checkInDay">The weekday the practice meets on.</param>
    /// <param name="now">The plan's clock; the first meeting is at least <see cref="Lead"/> later.</param>
    /// <param name="reviews">Per role, the delegated tasks' SOP KPIs; a role without any gets only its standing agenda.</param>
    public static IReadOnlyList<CheckIn> Schedule(
        IEnumerable<SupportRole> roles, string timeZoneId, DayOfWeek checkInDay, DateTimeOffset now,
        IReadOnlyDictionary<SupportRole, IReadOnlyList<KpiReview>>? reviews)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return roles.Distinct().Order().Select(role =>
        {
            var cadence = CadenceOf(role);
            var next = FirstMeeting(cadence, zone, checkInDay, now + Lead);
            IReadOnlyList<KpiReview> review = reviews is not null && reviews.TryGetValue(role, out var r) ? r : [];
            return new CheckIn(role, cadence, next, AgendaOf(role), review);
        }).ToList();
    }

    static DateTimeOffset FirstMeeting(Cadence cadence, TimeZoneInfo zone, DayOfWeek day, DateTimeOffset notBefore)
    {
        var localStart = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(notBefore, zone).DateTime);
        for (var date = localStart; ; date = date.AddDays(1))
        {
            if (date.DayOfWeek != day || cadence == Cadence.Monthly && date.Day > 7)
            {
                continue;
            }

            var local = date.ToDateTime(MeetingTime, DateTimeKind.Unspecified);
            var utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
            if (utc >= notBefore.UtcDateTime)
            {
                return new DateTimeOffset(utc, TimeSpan.Zero);
            }
        }
    }

    static string AgendaOf(SupportRole role) => role switch
    {
        SupportRole.BillingSpecialist => "Monthly financial report: claims submitted, paid and denied; outstanding balances; anything needing your decision.",
        SupportRole.VirtualAssistant => "What went well, what got stuck, questions about the SOPs, next week's priorities.",
        SupportRole.AssociateTherapist => "Caseload, referrals and consultation; anything to adjust in how work is shared.",
        _ => "Progress against the SOPs' goals, results since last time, what to adjust next.",
    };
}
