using System.Text.Json;
using Delegation.Api;
using Delegation.Core.Workflow;
using Delegation.Core.Workflow.Activities;
using Delegation.Functions.Http;
using Delegation.Functions.Timers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Delegation.Functions.Tests;

/// <summary>What the Functions host would index from a published app: names, triggers, routes and host.json.</summary>
public sealed class PublishTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    static readonly string[] Activities =
    [
        nameof(RankTasks), nameof(MatchSupport), nameof(GenerateSops), nameof(GenerateHiringKits), nameof(ScheduleCheckIns), nameof(PublishCheckInCalendar), nameof(SavePlan), nameof(SendPlanEmail),
        nameof(SendNotice), nameof(SaveRollout), nameof(StartRollout), nameof(AmendSop),
        nameof(ListPlanIds), nameof(BuildMonthlyReport), nameof(SendReportSummary),
        nameof(LoadPlanUpdate), nameof(SavePlanUpdate), nameof(ApplyPlanUpdate), nameof(SendPlanUpdateEmail),
    ];

    static readonly (string Name, string EntryPoint)[] Orchestrators =
    [
        (nameof(DelegationPlan), "Delegation.Functions.Orchestrators.DelegationPlanOrchestrator.RunAsync"),
        (nameof(PlanRollout), "Delegation.Functions.Orchestrators.PlanRolloutOrchestrator.RunAsync"),
        (nameof(MonthlyReports), "Delegation.Functions.Orchestrators.MonthlyReportsOrchestrator.RunAsync"),
        (nameof(SopChangeReview), "Delegation.Functions.Orchestrators.SopChangeReviewOrchestrator.RunAsync"),
        (nameof(PlanUpdate), "Delegation.Functions.Orchestrators.PlanUpdateOrchestrator.RunAsync"),
    ];

    /// <summary>Functions that are neither anonymous HTTP, orchestrators nor activities.</summary>
    static readonly string[] Others = [nameof(RunReports), nameof(GetReportsRun), nameof(Timers.MonthlyReportsTimer)];

    /// <summary>Function name, HTTP method, route, and whether it binds a Durable client.</summary>
    public static TheoryData<string, string, string, bool> HttpFunctions => new()
    {
        { nameof(SubmitIntake), "post", ApiRoutes.Intake, true },
        { nameof(GetPlan), "get", ApiRoutes.Plan, true },
        { nameof(GetSop), "get", ApiRoutes.Sop, false },
        { nameof(GetDelegateSop), "get", ApiRoutes.DelegateSop, false },
        { nameof(GetHiringKit), "get", ApiRoutes.HiringKit, false },
        { nameof(GetCalendar), "get", ApiRoutes.Calendar, false },
        { nameof(GetHealth), "get", ApiRoutes.Health, false },
        { nameof(GetReport), "get", ApiRoutes.Report, false },
        { nameof(UpdatePlan), "put", ApiRoutes.PlanIntake, true },
        { nameof(GetPlanIntake), "get", ApiRoutes.PlanIntake, true },
        { nameof(GetPlanVersions), "get", ApiRoutes.PlanVersions, false },
        { nameof(RegisterHire), "post", ApiRoutes.Delegates, true },
        { nameof(ControlPlan), "post", ApiRoutes.Control, true },
        { nameof(RecordCheckIn), "post", ApiRoutes.CheckInApi, true },
        { nameof(CheckInPage), "get", ApiRoutes.CheckInPage, false },
        { nameof(SubmitCheckIn), "post", ApiRoutes.CheckInPage, true },
        { nameof(RescheduleCheckIn), "post", ApiRoutes.RescheduleApi, true },
        { nameof(ReschedulePage), "get", ApiRoutes.ReschedulePage, false },
        { nameof(SubmitReschedule), "post", ApiRoutes.ReschedulePage, true },
        { nameof(GetSopChange), "get", ApiRoutes.SopChangeApi, false },
        { nameof(DecideSopChange), "post", ApiRoutes.SopChangeApi, true },
        { nameof(SopChangePage), "get", ApiRoutes.SopChangePage, false },
        { nameof(SubmitSopChange), "post", ApiRoutes.SopChangePage, true },
        { nameof(GetSopReview), "get", ApiRoutes.SopReviewApi, false },
        { nameof(ConfirmSopReview), "post", ApiRoutes.SopReviewApi, false },
        { nameof(SopReviewPage), "get", ApiRoutes.SopReviewPage, false },
        { nameof(SubmitSopReview), "post", ApiRoutes.SopReviewPage, false },
        { nameof(ManagePage), "get", ApiRoutes.ManagePage, false },
        { nameof(ManageAction), "post", ApiRoutes.ManageAction, true },
        { nameof(GetIntakeForm), "get", WebRoutes.IntakeForm, false },
        { nameof(GetPlanPage), "get", WebRoutes.PlanPage, false },
        { nameof(GetAsset), "get", WebRoutes.Asset, false },
    };

    [Fact]
    public void Publish_ListsEveryFunction_InFunctionsMetadata()
    {
        string[] expected = [.. HttpFunctions.Select(row => (string)row[0]), .. Orchestrators.Select(o => o.Name), .. Activities, .. Others];

        var names = app.Functions.Select(f => f.GetProperty("name").GetString() ?? "").ToList();

        // Sorted lists, not sets: a function indexed twice is a defect too.
        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.All(app.Functions, f =>
        {
            Assert.Equal("dotnet-isolated", f.GetProperty("language").GetString());
            Assert.Equal("Delegation.Functions.dll", f.GetProperty("scriptFile").GetString());
        });
        Assert.True(File.Exists(Path.Combine(app.Output, "Delegation.Functions.dll")));
    }

    [Fact]
    public void Publish_BindsOrchestrators_ToOrchestrationTrigger()
    {
        Assert.All(Orchestrators, o =>
        {
            var orchestrator = app.Function(o.Name);

            Assert.Equal(new[] { "orchestrationTrigger" }, BindingTypes(orchestrator));
            Assert.Equal(o.EntryPoint, orchestrator.GetProperty("entryPoint").GetString());
        });
    }

    [Fact]
    public void Publish_BindsEachActivity_ToActivityTrigger()
    {
        Assert.All(Activities, name =>
        {
            var activity = app.Function(name);

            // StartRollout and ApplyPlanUpdate also bind the Durable client: they start the rollout or raise its events.
            string[] expected = name is nameof(StartRollout) or nameof(ApplyPlanUpdate) ? ["activityTrigger", "durableClient"] : ["activityTrigger"];
            Assert.Equal(expected, BindingTypes(activity));
            Assert.Equal($"Delegation.Functions.Activities.{name}Activity.RunAsync", activity.GetProperty("entryPoint").GetString());
        });
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void Publish_RoutesHttpFunction_ToApiRoute(string name, string method, string route, bool bindsDurableClient)
    {
        var function = app.Function(name);
        var trigger = Assert.Single(Bindings(function), b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(new[] { method }, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString() ?? ""));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        string[] expectedTypes = bindsDurableClient ? ["httpTrigger", "durableClient", "http"] : ["httpTrigger", "http"];
        Assert.Equal(expectedTypes, BindingTypes(function));
    }

    [Theory]
    [InlineData(nameof(RunReports), "post", ApiRoutes.AdminReports)]
    [InlineData(nameof(GetReportsRun), "get", ApiRoutes.AdminReportsRun)]
    public void Publish_AdminReports_NeedAFunctionKey(string name, string method, string route)
    {
        var function = app.Function(name);
        var trigger = Assert.Single(Bindings(function), b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(new[] { method }, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString() ?? ""));
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(new[] { "httpTrigger", "durableClient", "http" }, BindingTypes(function));
    }

    [Fact]
    public void Publish_MonthlyReportsTimer_ReadsItsScheduleFromTheReportsSetting()
    {
        var function = app.Function(nameof(Timers.MonthlyReportsTimer));
        var trigger = Assert.Single(Bindings(function), b => b.GetProperty("type").GetString() == "timerTrigger");

        // Resolved by the host from the app setting Reports__Schedule, the same one the standalone host reads.
        Assert.Equal("%Reports:Schedule%", trigger.GetProperty("schedule").GetString());
        Assert.Equal(new[] { "timerTrigger", "durableClient" }, BindingTypes(function));
        Assert.Equal("Delegation.Functions.Timers.MonthlyReportsTimer.RunAsync", function.GetProperty("entryPoint").GetString());
    }

    [Fact]
    public void Publish_EveryHttpFunction_IsTheFirstMatchForItsOwnPaths()
    {
        var table = new FunctionsRouteTable(app.Functions);

        // Each function, for each method and each path its template is meant for, must be the one the
        // host picks; another's more general template earlier in name order would take it away.
        var shadowed = table.Routes
            .SelectMany(r => r.Methods.SelectMany(m => r.Samples().Select(path => (r.Function, Method: m, Path: path))))
            .Select(s => (s.Function, s.Method, s.Path, Winner: table.FirstMatch(s.Method, s.Path)))
            .Where(s => s.Winner != s.Function)
            .Select(s => $"{s.Method} {s.Path}: {s.Winner} answers, not {s.Function}")
            .ToList();

        Assert.Empty(shadowed);
        Assert.Contains(table.Routes, r => r.Function == nameof(RegisterHire));
    }

    [Fact]
    public void Publish_WebRoutes_NeverShadowTheApi()
    {
        var routes = app.Functions
            .SelectMany(f => Bindings(f).ToList())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .Select(b => b.GetProperty("route").GetString() ?? "")
            .ToList();

        // An empty route would become the function's name; a catch-all would swallow api/ and assets/.
        Assert.DoesNotContain("", routes);
        Assert.DoesNotContain(routes, r => r.Contains("{*", StringComparison.Ordinal));
        Assert.All(routes.Where(r => !r.StartsWith("api/", StringComparison.Ordinal)), r =>
            Assert.Contains(r, new[] { WebRoutes.IntakeForm, WebRoutes.PlanPage, WebRoutes.Asset, ApiRoutes.CheckInPage, ApiRoutes.ReschedulePage, ApiRoutes.SopChangePage, ApiRoutes.SopReviewPage, ApiRoutes.ManagePage, ApiRoutes.ManageAction, ApiRoutes.DelegateSop }));
    }

    [Theory]
    [InlineData("api/plans/0123456789abcdef0123456789abcdef/hiring/virtual-assistant", nameof(GetHiringKit))]
    [InlineData("api/plans/0123456789abcdef0123456789abcdef/sops/t1", nameof(GetSop))]
    [InlineData("api/plans/0123456789abcdef0123456789abcdef/reports/2026-03", nameof(GetReport))]
    [InlineData("api/plans/0123456789abcdef0123456789abcdef/versions", nameof(GetPlanVersions))]
    [InlineData("api/plans/0123456789abcdef0123456789abcdef/intake", nameof(GetPlanIntake))]
    [InlineData("sops/AbC-_09xyzAbC-_09xyzAbC-_09xyzAbC-_09xyz", nameof(GetDelegateSop))]
    public void Publish_PlanDocumentUrl_MatchesOnlyItsOwnGetFunction(string url, string expected)
    {
        // The host takes the first template that matches, in name order: a URL two GET templates match is served by
        // whichever sorts first. Each document URL must match exactly one, using ASP.NET Core's own template matcher.
        var matching = app.Functions
            .Where(f => Bindings(f).Any(b => b.GetProperty("type").GetString() == "httpTrigger"
                && b.GetProperty("methods").EnumerateArray().Any(m => m.GetString() == "get")
                && new TemplateMatcher(TemplateParser.Parse(b.GetProperty("route").GetString()!), new RouteValueDictionary())
                    .TryMatch(new PathString("/" + url), new RouteValueDictionary())))
            .Select(f => f.GetProperty("name").GetString());

        Assert.Equal([expected], matching);
    }

    [Fact]
    public void Publish_CarriesTheWebPages_InTheSharedApiAssembly()
    {
        // Read from the published file itself, not from the copy this test process already loaded.
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(app.Output, "Delegation.Api.dll")));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);

        var names = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name));

        Assert.Superset(
            new HashSet<string> { "Delegation.Api.Web.index.html", "Delegation.Api.Web.plan.html", "Delegation.Api.Web.app.js", "Delegation.Api.Web.site.css" },
            names.ToHashSet());
    }

    [Fact]
    public void Publish_CopiesRootHostJson_WithDurableTaskAndNoRoutePrefix()
    {
        var published = File.ReadAllText(Path.Combine(app.Output, "host.json"));

        Assert.Equal(File.ReadAllText(Path.Combine(app.RepoRoot, "host.json")), published);
        using var host = JsonDocument.Parse(published);
        var extensions = host.RootElement.GetProperty("extensions");
        // Routes in ApiRoutes already start with "api/"; the default prefix would make them "api/api/...".
        Assert.Equal("", extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        var durableTask = extensions.GetProperty("durableTask");
        Assert.False(string.IsNullOrWhiteSpace(durableTask.GetProperty("hubName").GetString()));
        // infra/main.bicep grants queue and table roles for this provider; another one needs other infrastructure.
        Assert.Equal("AzureStorage", durableTask.GetProperty("storageProvider").GetProperty("type").GetString());
    }

    [Fact]
    public void Publish_BundlesTheDurableTaskHostExtension()
    {
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.Output, "extensions.json")));

        var durable = Assert.Single(extensions.RootElement.GetProperty("extensions").EnumerateArray(),
            e => e.GetProperty("name").GetString() == "DurableTask");
        var hintPath = durable.GetProperty("hintPath").GetString()!;
        Assert.True(File.Exists(Path.Combine(app.Output, hintPath)), $"{hintPath} is not in the publish output.");
    }

    static JsonElement.ArrayEnumerator Bindings(JsonElement function) => function.GetProperty("bindings").EnumerateArray();

    static List<string> BindingTypes(JsonElement function) =>
        Bindings(function).Select(b => b.GetProperty("type").GetString() ?? "(no type)").ToList();
}
