using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

public sealed class IntakeValidatorTests
{
    [Fact]
    public void Validate_SampleIntake_IsValid()
    {
        var result = IntakeValidator.Validate(Samples.Form());

        Assert.True(result.IsValid, Describe(result));
        Assert.Empty(result.Errors);
        Assert.Equal("t1", result.Intake!.Tasks[0].TaskId);
    }

    [Fact]
    public void Validate_NullBody_IsReportedAtTheRoot()
    {
        var result = IntakeValidator.Validate(null);

        Assert.False(result.IsValid);
        Assert.Equal(["$"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_MissingSections_AreAllReported()
    {
        var result = IntakeValidator.Validate(new IntakeForm(null, null, null, null));

        Assert.False(result.IsValid);
        Assert.Null(result.Intake);
        Assert.Equal(["budget", "practice", "tasks"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_ManyInvalidFields_ReportsEveryOneWithItsJsonPath()
    {
        var form = Samples.Form(
            new TaskForm("Scheduling", "cleaning", 4m, 4, 3, true, false, null),
            new TaskForm("Claims", "billing", 0m, 4, 3, true, false, null),
            new TaskForm("Social", "marketing", 2m, 9, 0, false, false, null)) with
        {
            Practice = Samples.Form().Practice! with { Email = "a@b.com\r\nBcc: x@y.com", TimeZone = "Central Standard Time", Name = "\u202Eevil" },
            Budget = new BudgetForm(-1m, "usd"),
            Preferences = new PreferencesForm(4, "Funday", null),
        };

        var result = IntakeValidator.Validate(form);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                "budget.currency", "budget.monthly",
                "practice.email", "practice.name", "practice.timeZone",
                "preferences.checkInDay", "preferences.startWith",
                "tasks[0].category", "tasks[1].hoursPerWeek", "tasks[2].confidence", "tasks[2].stress",
            ],
            result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.Errors.Values, messages => Assert.NotEmpty(messages));
    }

    [Fact]
    public void Validate_EmptyTaskList_IsRejected()
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Tasks = [] });

        Assert.Equal(["tasks"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_NullTaskInList_IsReportedAtItsIndex()
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Tasks = [Samples.TaskForm(), null] });

        Assert.Equal(["tasks[1]"], result.Errors.Keys);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Validate_TaskCount_IsCappedAtOneHundred(int count, bool valid)
    {
        var tasks = Enumerable.Range(1, count).Select(i => Samples.TaskForm($"Task {i}")).ToArray();

        var result = IntakeValidator.Validate(Samples.Form(tasks));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(["tasks"], result.Errors.Keys);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("80.01")]
    [InlineData("81")]
    public void Validate_TaskHoursOutsideZeroExclusiveToEighty_AreRejected(string hours)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm(hours: decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(["tasks[0].hoursPerWeek"], result.Errors.Keys);
    }

    [Theory]
    [InlineData("0.25")]
    [InlineData("80")]
    public void Validate_TaskHoursWithinRange_AreAccepted(string hours)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm(hours: decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Validate_MissingTaskHours_IsRequired()
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { HoursPerWeek = null }));

        Assert.Equal(["tasks[0].hoursPerWeek"], result.Errors.Keys);
    }

    [Theory]
    [InlineData(0, 3, "tasks[0].stress")]
    [InlineData(6, 3, "tasks[0].stress")]
    [InlineData(-1, 3, "tasks[0].stress")]
    [InlineData(3, 0, "tasks[0].confidence")]
    [InlineData(3, 6, "tasks[0].confidence")]
    public void Validate_StressOrConfidenceOutsideOneToFive_IsRejected(int stress, int confidence, string path)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Stress = stress, Confidence = confidence }));

        Assert.Equal([path], result.Errors.Keys);
    }

    [Fact]
    public void Validate_MissingStressAndConfidence_AreBothRequired()
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Stress = null, Confidence = null }));

        Assert.Equal(["tasks[0].confidence", "tasks[0].stress"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(5, 1)]
    public void Validate_StressAndConfidenceAtTheEnds_AreAccepted(int stress, int confidence)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Stress = stress, Confidence = confidence }));

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("cleaning")]
    [InlineData("Admin")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_UnknownCategory_IsRejected(string? category)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Category = category }));

        Assert.Equal(["tasks[0].category"], result.Errors.Keys);
    }

    [Theory]
    [InlineData("admin", TaskCategory.Admin)]
    [InlineData("billing", TaskCategory.Billing)]
    [InlineData("marketing", TaskCategory.Marketing)]
    [InlineData("tech", TaskCategory.Tech)]
    [InlineData("onboarding", TaskCategory.Onboarding)]
    [InlineData("clinical", TaskCategory.Clinical)]
    public void Validate_KnownCategory_MapsToItsValue(string category, TaskCategory expected)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm(category: category)));

        Assert.Equal(expected, result.Intake!.Tasks[0].Category);
    }

    [Theory]
    [InlineData("a@b.com\r\nBcc: x@y.com")]
    [InlineData("a@b.com\nBcc: x@y.com")]
    [InlineData("a@b.com\rBcc: x@y.com")]
    [InlineData("a@b.com, c@d.com")]
    [InlineData("a@b.com,c@d.com")]
    [InlineData("a@b.com;c@d.com")]
    [InlineData("Ana <a@b.com>")]
    [InlineData("Ana<a@b.com>")]
    [InlineData("<a@b.com>")]
    [InlineData("not-an-email")]
    [InlineData("ana@localhost")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_BadEmail_IsRejected(string? email)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Practice = Samples.Form().Practice! with { Email = email } });

        Assert.Equal(["practice.email"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_EmailWithSurroundingSpaces_IsTrimmed()
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Practice = Samples.Form().Practice! with { Email = "  ana@example.com " } });

        Assert.Equal("ana@example.com", result.Intake!.Practice.Email);
    }

    [Theory]
    [InlineData("America/Chicago")]
    [InlineData("Europe/London")]
    [InlineData("UTC")]
    public void Validate_IanaTimeZone_IsAccepted(string zone)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Practice = Samples.Form().Practice! with { TimeZone = zone } });

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(zone, result.Intake!.Practice.TimeZone);
    }

    [Theory]
    [InlineData("Central Standard Time")]
    [InlineData("GMT Standard Time")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("America/../Europe/London")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_WindowsOrUnknownTimeZone_IsRejected(string? zone)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Practice = Samples.Form().Practice! with { TimeZone = zone } });

        Assert.Equal(["practice.timeZone"], result.Errors.Keys);
    }

    public static TheoryData<string> ForbiddenNames => new()
    {
        "Calm\u202EHarbor",
        "Calm\u200FHarbor",
        "Calm\u2066Harbor",
        "Calm\u0007Harbor",
        "Calm\u001B[31mHarbor",
        "Calm\0Harbor",
        "Calm\nHarbor",
        "Calm\r\nHarbor",
        "Calm\tHarbor",
    };

    [Theory]
    [MemberData(nameof(ForbiddenNames))]
    public void Validate_PracticeNameWithControlOrDirectionCharacters_IsRejected(string name)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Practice = Samples.Form().Practice! with { Name = name } });

        Assert.Equal(["practice.name"], result.Errors.Keys);
    }

    [Theory]
    [MemberData(nameof(ForbiddenNames))]
    public void Validate_OwnerNameWithControlOrDirectionCharacters_IsRejected(string name)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Practice = Samples.Form().Practice! with { OwnerName = name } });

        Assert.Equal(["practice.ownerName"], result.Errors.Keys);
    }

    [Theory]
    [MemberData(nameof(ForbiddenNames))]
    public void Validate_TaskNameWithControlOrDirectionCharacters_IsRejected(string name)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm(name)));

        Assert.Equal(["tasks[0].name"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_NotesWithLineBreaksAndTabs_AreAccepted()
    {
        var notes = "First line\nSecond line\n\tindented";

        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Notes = notes }));

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(notes, result.Intake!.Tasks[0].Notes);
    }

    [Theory]
    [InlineData("Looks fine\u202Eenif skooL")]
    [InlineData("Bell\u0007")]
    public void Validate_NotesWithControlOrDirectionCharacters_AreRejected(string notes)
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Notes = notes }));

        Assert.Equal(["tasks[0].notes"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_NotesLongerThanTheLimit_AreRejected()
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Notes = new string('n', IntakeLimits.MaxNotesLength + 1) }));

        Assert.Equal(["tasks[0].notes"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_NameLongerThanTheLimit_IsRejected()
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm(new string('n', IntakeLimits.MaxNameLength + 1))));

        Assert.Equal(["tasks[0].name"], result.Errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Validate_BlankNames_AreRequired(string? name)
    {
        var form = Samples.Form(Samples.TaskForm(name!)) with { Practice = Samples.Form().Practice! with { Name = name, OwnerName = name } };

        var result = IntakeValidator.Validate(form);

        Assert.Equal(["practice.name", "practice.ownerName", "tasks[0].name"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_Names_AreTrimmed()
    {
        var form = Samples.Form(Samples.TaskForm("  Inbox ")) with { Practice = Samples.Form().Practice! with { Name = " Calm Harbor  " } };

        var intake = IntakeValidator.Validate(form).Intake!;

        Assert.Equal("Calm Harbor", intake.Practice.Name);
        Assert.Equal("Inbox", intake.Tasks[0].Name);
    }

    [Theory]
    [InlineData("-0.01", "budget.monthly")]
    [InlineData("1000000.01", "budget.monthly")]
    public void Validate_BudgetOutOfRange_IsRejected(string monthly, string path)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Budget = new BudgetForm(decimal.Parse(monthly, System.Globalization.CultureInfo.InvariantCulture), "USD") });

        Assert.Equal([path], result.Errors.Keys);
    }

    [Fact]
    public void Validate_PracticeNumbersOutOfRange_AreRejected()
    {
        var practice = Samples.Form().Practice! with { SessionFee = -5m, ClientHoursPerWeek = 81m };

        var result = IntakeValidator.Validate(Samples.Form() with { Practice = practice });

        Assert.Equal(["practice.clientHoursPerWeek", "practice.sessionFee"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("US")]
    [InlineData("USDD")]
    [InlineData("US1")]
    [InlineData("")]
    public void Validate_CurrencyNotThreeUpperCaseLetters_IsRejected(string currency)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Budget = new BudgetForm(1200m, currency) });

        Assert.Equal(["budget.currency"], result.Errors.Keys);
    }

    [Theory]
    [InlineData("EUR", "EUR")]
    [InlineData(null, "USD")]
    public void Validate_Currency_IsKeptOrDefaultsToUsd(string? currency, string expected)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Budget = new BudgetForm(1200m, currency) });

        Assert.Equal(expected, result.Intake!.Budget.Currency);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Funday")]
    [InlineData("Monday, Friday")]
    [InlineData("")]
    public void Validate_CheckInDayThatIsNotADayName_IsRejected(string day)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Preferences = new PreferencesForm(2, day, false) });

        Assert.Equal(["preferences.checkInDay"], result.Errors.Keys);
    }

    [Theory]
    [InlineData("friday")]
    [InlineData("FRIDAY")]
    [InlineData(" Friday ")]
    public void Validate_CheckInDayName_IsAcceptedInAnyCase(string day)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Preferences = new PreferencesForm(2, day, false) });

        Assert.Equal(DayOfWeek.Friday, result.Intake!.Preferences.CheckInDay);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Validate_StartWithOutsideOneToThree_IsRejected(int startWith)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Preferences = new PreferencesForm(startWith, null, null) });

        Assert.Equal(["preferences.startWith"], result.Errors.Keys);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Validate_StartWithOneToThree_IsKept(int startWith)
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Preferences = new PreferencesForm(startWith, null, null) });

        Assert.Equal(startWith, result.Intake!.Preferences.StartWith);
    }

    [Fact]
    public void Validate_MissingPreferences_DefaultToTwoTasksOnMondayWithoutSharingClients()
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Preferences = null });

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(new Preferences(2, DayOfWeek.Monday, false), result.Intake!.Preferences);
    }

    [Fact]
    public void Validate_EmptyPreferences_DefaultToTwoTasksOnMondayWithoutSharingClients()
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Preferences = new PreferencesForm(null, null, null) });

        Assert.Equal(new Preferences(2, DayOfWeek.Monday, false), result.Intake!.Preferences);
    }

    [Fact]
    public void Validate_DuplicateTaskNames_AreAllowedWithDistinctIds()
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm("Inbox"), Samples.TaskForm("Inbox")));

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(["t1", "t2"], result.Intake!.Tasks.Select(t => t.TaskId));
        Assert.All(result.Intake.Tasks, t => Assert.Equal("Inbox", t.Name));
    }

    [Fact]
    public void Validate_OptionalTaskFlags_DefaultToFalse()
    {
        var result = IntakeValidator.Validate(Samples.Form(Samples.TaskForm() with { Repetitive = null, InvolvesClientInfo = null }));

        var task = result.Intake!.Tasks[0];
        Assert.False(task.Repetitive);
        Assert.False(task.InvolvesClientInfo);
    }

    [Theory]
    [InlineData("Europe/London", null, "GB", "GBP")]
    [InlineData("Europe/Berlin", null, "DE", "EUR")]
    [InlineData("America/Toronto", null, "CA", "CAD")]
    [InlineData("America/Chicago", null, "US", "USD")]
    [InlineData("Europe/London", "IE", "IE", "EUR")]
    public void Validate_CountryAndCurrency_FollowTheTimeZoneUnlessGiven(string timeZone, string? country, string expectedCountry, string expectedCurrency)
    {
        var form = Samples.Form() with
        {
            Practice = Samples.Form().Practice! with { TimeZone = timeZone, Country = country },
            Budget = new BudgetForm(900m, null),
        };

        var result = IntakeValidator.Validate(form);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(expectedCountry, result.Intake!.Practice.Country);
        Assert.Equal(expectedCurrency, result.Intake.Budget.Currency);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("usa")]
    [InlineData("")]
    public void Validate_UnknownCountry_IsRejectedByName(string country)
    {
        var form = Samples.Form() with { Practice = Samples.Form().Practice! with { Country = country } };

        Assert.Equal(["practice.country"], IntakeValidator.Validate(form).Errors.Keys);
    }

    [Fact]
    public void Validate_OneTimeTask_IsAProjectWithNoWeeklyHours()
    {
        var result = IntakeValidator.Validate(Samples.Form(
            new TaskForm("Fix the booking widget", "tech", null, 4, 1, false, false, null, OneTimeHours: 6m)) with
        {
            Budget = new BudgetForm(600m, "USD", OneTime: 400m),
        });

        Assert.True(result.IsValid, Describe(result));
        var task = result.Intake!.Tasks[0];
        Assert.True(task.IsProject);
        Assert.Equal(0m, task.HoursPerWeek);
        Assert.Equal(6m, task.OneTimeHours);
        Assert.Equal(400m, result.Intake.Budget.OneTime);
    }

    [Fact]
    public void Validate_NoOneTimeBudget_StaysUnset()
    {
        var result = IntakeValidator.Validate(Samples.Form() with { Budget = new BudgetForm(750m, "USD") });

        Assert.True(result.IsValid, Describe(result));
        Assert.Null(result.Intake!.Budget.OneTime);
    }

    [Theory]
    [InlineData(2, 3, "tasks[0].oneTimeHours")]
    [InlineData(null, 0, "tasks[0].oneTimeHours")]
    [InlineData(null, 501, "tasks[0].oneTimeHours")]
    public void Validate_BadProjectHours_AreRejectedByName(int? weekly, int oneTime, string field)
    {
        var result = IntakeValidator.Validate(Samples.Form(
            new TaskForm("Website refresh", "tech", weekly, 3, 3, false, false, null, OneTimeHours: oneTime)));

        Assert.Equal([field], result.Errors.Keys);
    }

    [Fact]
    public void Validate_ClinicalProject_IsRejected()
    {
        var result = IntakeValidator.Validate(Samples.Form(
            new TaskForm("Group program design", "clinical", null, 3, 3, false, true, null, OneTimeHours: 10m)));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors.Keys, k => k.StartsWith("tasks[0]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("12:30", true)]
    [InlineData("07:00", true)]
    [InlineData("06:59", false)]
    [InlineData("20:01", false)]
    [InlineData("noon", false)]
    [InlineData("9:30", false)]
    public void Validate_CheckInTime_IsHoursAndMinutesInTheWorkingDay(string time, bool valid)
    {
        var form = Samples.Form() with { Preferences = new PreferencesForm(2, "Monday", false, CheckInTime: time) };

        var result = IntakeValidator.Validate(form);

        if (valid)
        {
            Assert.True(result.IsValid, Describe(result));
            Assert.Equal(TimeOnly.ParseExact(time, "HH:mm"), result.Intake!.Preferences.CheckInTimeOrDefault);
        }
        else
        {
            Assert.Equal(["preferences.checkInTime"], result.Errors.Keys);
        }
    }

    [Theory]
    [InlineData(0.6, true)]
    [InlineData(0.29, false)]
    [InlineData(0.91, false)]
    [InlineData(0.555, false)]
    public void Validate_AssociatePayShare_IsAShareBetweenAThirdAndNineTenths(double share, bool valid)
    {
        var form = Samples.Form() with { Preferences = new PreferencesForm(2, "Monday", false, AssociatePayShare: (decimal)share) };

        var result = IntakeValidator.Validate(form);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(["preferences.associatePayShare"], result.Errors.Keys);
        }
    }

    [Fact]
    public void Validate_Systems_AreTrimmedAndKept_BlankMeaningNotGiven()
    {
        var form = Samples.Form() with { Practice = Samples.Form().Practice! with { Systems = new SystemsForm("  SimplePractice ", "Office Ally", " ", null, "Squarespace") } };

        var result = IntakeValidator.Validate(form);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(new PracticeSystems(Ehr: "SimplePractice", Billing: "Office Ally", Website: "Squarespace"), result.Intake!.Practice.Systems);
    }

    [Fact]
    public void Validate_NoSystemsOrOnlyBlanks_KeepsNone()
    {
        var blank = Samples.Form() with { Practice = Samples.Form().Practice! with { Systems = new SystemsForm("", " ", null, null, null) } };

        Assert.Null(IntakeValidator.Validate(Samples.Form()).Intake!.Practice.Systems);
        Assert.Null(IntakeValidator.Validate(blank).Intake!.Practice.Systems);
    }

    [Theory]
    [InlineData("ehr")]
    [InlineData("billing")]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("website")]
    public void Validate_SystemTooLong_IsReportedAtItsPath(string field)
    {
        var longName = new string('x', IntakeLimits.MaxSystemLength + 1);
        var systems = new SystemsForm(
            field == "ehr" ? longName : null, field == "billing" ? longName : null, field == "email" ? longName : null,
            field == "phone" ? longName : null, field == "website" ? longName : null);
        var form = Samples.Form() with { Practice = Samples.Form().Practice! with { Systems = systems } };

        var result = IntakeValidator.Validate(form);

        Assert.False(result.IsValid);
        Assert.Equal(["practice.systems." + field], result.Errors.Keys);
    }

    [Fact]
    public void Validate_SystemWithALineBreakOrControlCharacter_IsRejected()
    {
        var form = Samples.Form() with { Practice = Samples.Form().Practice! with { Systems = new SystemsForm("Simple\nPractice", null, null, "Dial\u202Epad", null) } };

        var result = IntakeValidator.Validate(form);

        Assert.Equal(["practice.systems.ehr", "practice.systems.phone"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_SystemAtTheLimit_IsAccepted()
    {
        var name = new string('x', IntakeLimits.MaxSystemLength);
        var form = Samples.Form() with { Practice = Samples.Form().Practice! with { Systems = new SystemsForm(name, null, null, null, null) } };

        Assert.Equal(name, IntakeValidator.Validate(form).Intake!.Practice.Systems!.Ehr);
    }

    static string Describe(IntakeValidation result) =>
        string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}"));
}
