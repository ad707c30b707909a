using System.Globalization;
using System.Net.Mail;
using Delegation.Core.Planning;

namespace Delegation.Core.Intake;

/// <summary>The outcome of validating an intake: either a usable <see cref="Intake"/> or every error found.</summary>
public sealed record IntakeValidation(Intake? Intake, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>True when the intake can be planned from.</summary>
    public bool IsValid => Intake is not null;
}

/// <summary>
/// Checks a posted intake field by field. It collects every problem rather than stopping at the
/// first, so a therapist fixes the form once; error keys are the JSON paths of the fields.
/// </summary>
public static class IntakeValidator
{
    /// <summary>Validates <paramref name="form"/> and, when it is sound, builds the domain intake.</summary>
    public static IntakeValidation Validate(IntakeForm? form)
    {
        var errors = new ErrorBag();
        if (form is null)
        {
            errors.Add("$", "The request body must be a JSON object.");
            return errors.Result(null);
        }

        var practice = ValidatePractice(form.Practice, errors);
        var budget = ValidateBudget(form.Budget, practice?.Country, errors);
        var tasks = ValidateTasks(form.Tasks, errors);
        var preferences = ValidatePreferences(form.Preferences, errors);

        return errors.Any
            ? errors.Result(null)
            : errors.Result(new Intake(practice!, budget!, tasks, preferences!));
    }

    /// <summary>Checks a person's name and email outside an intake (a delegate's, say), with the same rules.</summary>
    public static IReadOnlyDictionary<string, string[]> ValidatePerson(string? name, string? email, string namePath, string emailPath)
    {
        var errors = new ErrorBag();
        RequiredText(name, namePath, errors);
        Email(email, emailPath, errors);
        return errors.Result(null).Errors;
    }

    static Practice? ValidatePractice(PracticeForm? p, ErrorBag errors)
    {
        if (p is null)
        {
            errors.Add("practice", "Required.");
            return null;
        }

        var name = RequiredText(p.Name, "practice.name", errors);
        var owner = RequiredText(p.OwnerName, "practice.ownerName", errors);
        var email = Email(p.Email, "practice.email", errors);
        var timeZone = TimeZone(p.TimeZone, "practice.timeZone", errors);
        var fee = Range(p.SessionFee, "practice.sessionFee", 0m, IntakeLimits.MaxMoney, errors);
        var clientHours = Range(p.ClientHoursPerWeek, "practice.clientHoursPerWeek", 0m, IntakeLimits.MaxHoursPerWeek, errors);
        var country = Country(p.Country, timeZone, errors);
        var systems = Systems(p.Systems, errors);
        return new Practice(name ?? "", owner ?? "", email ?? "", timeZone ?? "", fee ?? 0, clientHours ?? 0, country, systems);
    }

    /// <summary>The systems the practice named; null when it named none, so SOPs keep their examples.</summary>
    static PracticeSystems? Systems(SystemsForm? s, ErrorBag errors)
    {
        if (s is null)
        {
            return null;
        }

        // A system's name lands inside sentences ("in SimplePractice"): one short line, blank meaning not given.
        string? One(string? value, string field) =>
            string.IsNullOrWhiteSpace(value)
                ? null
                : OptionalText(value.Trim(), "practice.systems." + field, IntakeLimits.MaxSystemLength, errors, allowLineBreaks: false);

        var systems = new PracticeSystems(One(s.Ehr, "ehr"), One(s.Billing, "billing"), One(s.Email, "email"), One(s.Phone, "phone"), One(s.Website, "website"));
        return systems == new PracticeSystems() ? null : systems;
    }

    /// <summary>The practice's country: as given (ISO 3166-1 alpha-2), else from its time zone, else the US.</summary>
    static string Country(string? value, string? timeZone, ErrorBag errors)
    {
        if (value is null)
        {
            return (timeZone is null ? null : Locale.Countries.OfTimeZone(timeZone)) ?? "US";
        }

        var code = value.Trim();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper) || !Locale.Countries.IsKnown(code))
        {
            errors.Add("practice.country", "Must be a two-letter ISO 3166-1 country code such as US or GB.");
            return "US";
        }

        return code;
    }

    static Budget? ValidateBudget(BudgetForm? b, string? country, ErrorBag errors)
    {
        if (b is null)
        {
            errors.Add("budget", "Required.");
            return null;
        }

        var monthly = Range(b.Monthly, "budget.monthly", 0m, IntakeLimits.MaxMoney, errors);
        var currency = b.Currency ?? Locale.Countries.CurrencyOf(country ?? "US");
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add("budget.currency", "Must be a three-letter ISO 4217 code such as USD.");
        }

        var oneTime = b.OneTime is null ? null : Cents(Range(b.OneTime, "budget.oneTime", 0m, IntakeLimits.MaxMoney, errors), "budget.oneTime", errors);
        return new Budget(monthly ?? 0, currency, oneTime);
    }

    static List<PracticeTask> ValidateTasks(IReadOnlyList<TaskForm?>? tasks, ErrorBag errors)
    {
        var result = new List<PracticeTask>();
        if (tasks is null || tasks.Count == 0)
        {
            errors.Add("tasks", "List at least one task.");
            return result;
        }

        if (tasks.Count > IntakeLimits.MaxTasks)
        {
            errors.Add("tasks", $"List at most {IntakeLimits.MaxTasks} tasks.");
            return result;
        }

        for (var i = 0; i < tasks.Count; i++)
        {
            var path = $"tasks[{i}]";
            var t = tasks[i];
            if (t is null)
            {
                errors.Add(path, "Must be an object.");
                continue;
            }

            var name = RequiredText(t.Name, $"{path}.name", errors);
            var category = Category(t.Category, $"{path}.category", errors);
            // A task is weekly work (hoursPerWeek) or a one-off project (oneTimeHours), never both.
            decimal? hours = null, oneTimeHours = null;
            if (t.HoursPerWeek is not null && t.OneTimeHours is not null)
            {
                errors.Add($"{path}.oneTimeHours", "Give hoursPerWeek for weekly work or oneTimeHours for a one-off project, not both.");
            }
            else if (t.OneTimeHours is not null)
            {
                oneTimeHours = Cents(Range(t.OneTimeHours, $"{path}.oneTimeHours", 0m, IntakeLimits.MaxOneTimeHours, errors, exclusiveMin: true),
                    $"{path}.oneTimeHours", errors);
                hours = 0;
            }
            else
            {
                hours = Cents(Range(t.HoursPerWeek, $"{path}.hoursPerWeek", 0m, IntakeLimits.MaxHoursPerWeek, errors, exclusiveMin: true),
                    $"{path}.hoursPerWeek", errors);
            }

            if (oneTimeHours is not null && category == TaskCategory.Clinical)
            {
                errors.Add($"{path}.oneTimeHours", "Clinical work is weekly: give hoursPerWeek.");
            }
            var stress = Scale(t.Stress, $"{path}.stress", errors);
            var confidence = Scale(t.Confidence, $"{path}.confidence", errors);
            var notes = OptionalText(t.Notes, $"{path}.notes", IntakeLimits.MaxNotesLength, errors);

            // Ids come from position so duplicate names stay distinct and ids stay stable for one intake.
            result.Add(new PracticeTask(
                TaskId: $"t{i + 1}",
                Name: name ?? "",
                Category: category ?? TaskCategory.Admin,
                HoursPerWeek: hours ?? 0,
                Stress: stress ?? 0,
                Confidence: confidence ?? 0,
                Repetitive: t.Repetitive ?? false,
                InvolvesClientInfo: t.InvolvesClientInfo ?? false,
                Notes: notes,
                OneTimeHours: oneTimeHours));
        }

        return result;
    }

    static Preferences? ValidatePreferences(PreferencesForm? p, ErrorBag errors)
    {
        var startWith = p?.StartWith ?? 2;
        if (startWith is < 1 or > 3)
        {
            errors.Add("preferences.startWith", "Must be 1, 2 or 3: start with one to three tasks.");
        }

        var day = DayOfWeek.Monday;
        if (p?.CheckInDay is { } dayText)
        {
            // Names only: Enum.TryParse would also take "3" or "Monday, Friday".
            var named = Enum.GetValues<DayOfWeek>()
                .Where(d => string.Equals(d.ToString(), dayText.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(d => (DayOfWeek?)d)
                .FirstOrDefault();
            if (named is null)
            {
                errors.Add("preferences.checkInDay", "Must be a day of the week, such as Monday.");
            }

            day = named ?? day;
        }

        TimeOnly? time = null;
        if (p?.CheckInTime is { } timeText)
        {
            // HH:mm, 24-hour, as an <input type="time"> posts it.
            if (timeText.Length != 5 || !TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.Add("preferences.checkInTime", "Must be a local time as HH:mm, such as 08:30.");
            }
            else if (parsed < IntakeLimits.EarliestCheckIn || parsed > IntakeLimits.LatestCheckIn)
            {
                errors.Add("preferences.checkInTime", "Must be between 07:00 and 20:00, when a delegate can be expected to meet.");
            }
            else
            {
                time = parsed;
            }
        }

        decimal? share = null;
        if (p?.AssociatePayShare is { } s)
        {
            if (s < Preferences.MinAssociatePayShare || s > Preferences.MaxAssociatePayShare || decimal.Round(s, 2) != s)
            {
                errors.Add("preferences.associatePayShare",
                    "Must be a share from 0.3 to 0.9 with at most two decimal places: the part of the fees an associate earns that is paid to them.");
            }
            else
            {
                share = s / 1.00m;
            }
        }

        return new Preferences(startWith, day, p?.ShareClientLoad ?? false, Weights(p?.Weights, errors), Rates(p?.Rates, errors), time, share);
    }

    static RankingWeights? Weights(WeightsForm? w, ErrorBag errors)
    {
        if (w is null)
        {
            return null;
        }

        double? Weight(double? value, string name)
        {
            var path = $"preferences.weights.{name}";
            if (value is null)
            {
                errors.Add(path, "Required when weights are given: a number of 0 or more.");
                return null;
            }

            if (!double.IsFinite(value.Value) || value < 0 || value > IntakeLimits.MaxWeight)
            {
                errors.Add(path, $"Must be a number from 0 to {IntakeLimits.MaxWeight}.");
                return null;
            }

            return value;
        }

        var time = Weight(w.Time, "time");
        var stress = Weight(w.Stress, "stress");
        var lowConfidence = Weight(w.LowConfidence, "lowConfidence");
        var repetitive = Weight(w.Repetitive, "repetitive");
        if (time is null || stress is null || lowConfidence is null || repetitive is null)
        {
            return null;
        }

        var weights = new RankingWeights(time.Value, stress.Value, lowConfidence.Value, repetitive.Value);
        if (weights.Total <= 0)
        {
            errors.Add("preferences.weights", "At least one weight must be greater than 0.");
            return null;
        }

        return weights;
    }

    static Dictionary<SupportRole, decimal>? Rates(IReadOnlyDictionary<string, decimal?>? rates, ErrorBag errors)
    {
        if (rates is null)
        {
            return null;
        }

        var result = new Dictionary<SupportRole, decimal>();
        foreach (var (name, rate) in rates)
        {
            var path = $"preferences.rates.{name}";
            // Names only, exactly as the plan's roles[] spells them: Enum.TryParse would also take "0" or "a, b".
            var role = Enum.GetValues<SupportRole>().Where(r => r.ToString() == name).Select(r => (SupportRole?)r).FirstOrDefault();
            if (role is null)
            {
                errors.Add(path, $"Unknown role: must be one of {string.Join(", ", Enum.GetNames<SupportRole>())}.");
                continue;
            }

            if (Cents(Range(rate, path, 0m, IntakeLimits.MaxMoney, errors, exclusiveMin: true), path, errors) is { } valid)
            {
                result[role.Value] = valid;
            }
        }

        return result;
    }

    /// <summary>Two decimal places at most: cents and quarter hours, so the matcher's arithmetic is exact.</summary>
    static decimal? Cents(decimal? value, string path, ErrorBag errors)
    {
        if (value is { } v && decimal.Round(v, 2) != v)
        {
            errors.Add(path, "Must have at most two decimal places.");
            return null;
        }

        return value;
    }

    static string? RequiredText(string? value, string path, ErrorBag errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(path, "Required.");
            return null;
        }

        return OptionalText(value, path, IntakeLimits.MaxNameLength, errors, allowLineBreaks: false)?.Trim();
    }

    static string? OptionalText(string? value, string path, int maxLength, ErrorBag errors, bool allowLineBreaks = true)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(path, $"Must be at most {maxLength} characters.");
            return null;
        }

        // Control and bidirectional-override characters hide or reorder text in emails and pages.
        if (value.Any(c => IsForbiddenCharacter(c) || !allowLineBreaks && c is '\n' or '\t'))
        {
            errors.Add(path, "Must not contain control or text-direction characters.");
            return null;
        }

        return value;
    }

    static bool IsForbiddenCharacter(char c) =>
        char.IsControl(c) && c is not ('\n' or '\t')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';

    static string? Email(string? value, string path, ErrorBag errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(path, "Required.");
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > 254 || trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(path, "Must be a single email address such as ana@example.com.");
            return null;
        }

        return trimmed;
    }

    static string? TimeZone(string? value, string path, ErrorBag errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(path, "Required: an IANA time zone such as America/Chicago.");
            return null;
        }

        // Only IANA ids: they mean the same on every host, Windows ids do not exist on Linux.
        if (value.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone)
            || !(zone.HasIanaId || value == "UTC") || value.Contains("..", StringComparison.Ordinal))
        {
            errors.Add(path, "Must be an IANA time zone such as America/Chicago.");
            return null;
        }

        return value;
    }

    static TaskCategory? Category(string? value, string path, ErrorBag errors)
    {
        TaskCategory? found = value switch
        {
            "admin" => TaskCategory.Admin,
            "billing" => TaskCategory.Billing,
            "marketing" => TaskCategory.Marketing,
            "tech" => TaskCategory.Tech,
            "onboarding" => TaskCategory.Onboarding,
            "clinical" => TaskCategory.Clinical,
            _ => null,
        };
        if (found is null)
        {
            errors.Add(path, "Must be one of admin, billing, marketing, tech, onboarding, clinical.");
        }

        return found;
    }

    static decimal? Range(decimal? value, string path, decimal min, decimal max, ErrorBag errors, bool exclusiveMin = false)
    {
        if (value is null)
        {
            errors.Add(path, "Required.");
            return null;
        }

        if (value > max || (exclusiveMin ? value <= min : value < min))
        {
            var lower = exclusiveMin ? $"greater than {min}" : $"at least {min}";
            errors.Add(path, $"Must be {lower} and at most {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        // 1200 and 1200.00 are the same amount: drop the scale so the same intake always has the same plan id.
        return value.Value / 1.000000000000000000000000000000000m;
    }

    static int? Scale(int? value, string path, ErrorBag errors)
    {
        if (value is null or < 1 or > 5)
        {
            errors.Add(path, "Required: a whole number from 1 to 5.");
            return null;
        }

        return value;
    }

    sealed class ErrorBag
    {
        readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

        public bool Any => errors.Count > 0;

        public void Add(string path, string message)
        {
            if (!errors.TryGetValue(path, out var list))
            {
                errors[path] = list = [];
            }

            list.Add(message);
        }

        public IntakeValidation Result(Intake? intake) =>
            new(intake, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }
}
