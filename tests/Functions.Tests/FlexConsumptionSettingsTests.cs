using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Delegation.Functions.Tests;

/// <summary>
/// Microsoft's guidance for Durable Functions on Flex Consumption, checked where it is set: host.json
/// (the queue polling the Durable extension does) and the ARM template that infra/main.bicep compiles to
/// (the always-ready instance). Neither can be seen running here, so the files themselves are the test.
/// </summary>
public sealed class FlexConsumptionSettingsTests
{
    static readonly string RepoRoot = FindRepoRoot();

    [Fact]
    public void HostJson_PollsTheTaskHubQueues_AtMostEveryTenSeconds()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "host.json")));
        var storageProvider = host.RootElement.GetProperty("extensions").GetProperty("durableTask").GetProperty("storageProvider");

        // The default, 30 s, is how long a form posted to an idle app can wait before its orchestration starts.
        var interval = TimeSpan.ParseExact(
            storageProvider.GetProperty("maxQueuePollingInterval").GetString() ?? "", @"hh\:mm\:ss", CultureInfo.InvariantCulture);

        Assert.InRange(interval, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Infra_KeepsOneDurableInstanceAlwaysReady()
    {
        using var template = JsonDocument.Parse(await CompileMainBicepAsync());

        var site = FunctionAppSite(template.RootElement);
        var alwaysReady = site.GetProperty("properties").GetProperty("functionAppConfig")
            .GetProperty("scaleAndConcurrency").GetProperty("alwaysReady").EnumerateArray().ToList();

        var durable = Assert.Single(alwaysReady, g => g.GetProperty("name").GetString() == "durable");
        Assert.Equal(1, durable.GetProperty("instanceCount").GetInt32());
    }

    /// <summary>The Microsoft.Web/sites resource inside the `api` module deployment.</summary>
    static JsonElement FunctionAppSite(JsonElement template)
    {
        var api = Assert.Single(template.GetProperty("resources").EnumerateArray(), r =>
            r.GetProperty("type").GetString() == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == "api");
        var resources = api.GetProperty("properties").GetProperty("template").GetProperty("resources");
        // Bicep writes a module's resources as an array, or as an object keyed by symbolic name.
        var all = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value).ToList()
            : resources.EnumerateArray().ToList();
        return Assert.Single(all, r => r.GetProperty("type").GetString() == "Microsoft.Web/sites");
    }

    /// <summary>Compiles infra/main.bicep with the Bicep CLI that infra/check.sh uses (restored from NuGet).</summary>
    static async Task<string> CompileMainBicepAsync()
    {
        var tools = Path.Combine(RepoRoot, "infra", "tools", "BicepTools.csproj");
        await RunAsync("dotnet", "restore", tools, "--nologo", "--verbosity", "quiet");
        var packageDir = (await RunAsync("dotnet", "msbuild", tools, "-nologo", "-getProperty:PkgAzure_Bicep_CommandLine_linux-x64")).Trim();
        var bicep = Path.Combine(packageDir, "tools", "bicep");
        Assert.True(File.Exists(bicep), $"Bicep CLI not found in '{packageDir}'.");
        // NuGet does not keep the executable bit on extracted files everywhere (the package is linux-x64 only).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }
        return await RunAsync(bicep, "build", Path.Combine(RepoRoot, "infra", "main.bicep"), "--stdout");
    }

    static async Task<string> RunAsync(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName == "dotnet" ? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet" : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` leaves its own MSBuild's paths in the environment; the child resolves its SDK afresh.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', args)} exited with {process.ExitCode}.\n{await stderr}");
        return await stdout;
    }

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Delegation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Delegation.sln above {AppContext.BaseDirectory}.");
    }
}
