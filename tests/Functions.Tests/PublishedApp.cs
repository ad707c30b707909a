using System.Diagnostics;
using System.Text.Json;

namespace Delegation.Functions.Tests;

/// <summary>
/// Publishes src/Functions once, as a deployment would, into a temporary folder. Its own artifacts path
/// keeps the Release build out of the source tree, so it neither reuses nor races a developer's build.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    // A cold publish restores the hidden extensions project and compiles four projects: 1–2 minutes on 2 cores.
    static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);

    readonly string workFolder = Path.Combine(Path.GetTempPath(), $"delegation-functions-{Guid.NewGuid():N}");

    /// <summary>The folder that holds Delegation.sln.</summary>
    public string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The publish output: what the Functions host would load.</summary>
    public string Output => Path.Combine(workFolder, "publish");

    /// <summary>The published functions.metadata: one element per function.</summary>
    public IReadOnlyList<JsonElement> Functions { get; private set; } = [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] args =
        [
            "publish", Path.Combine("src", "Functions", "Functions.csproj"), "-c", "Release", "-o", Output,
            "--artifacts-path", Path.Combine(workFolder, "artifacts"),
            // Build servers would inherit the redirected pipes and keep them open after publish exits.
            "--disable-build-servers", "-nologo",
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` leaves its own MSBuild's paths in the environment; the child resolves its SDK afresh.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish took longer than {PublishTimeout}.\n{await stdout}\n{await stderr}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish exited with {process.ExitCode}.\n{await stdout}\n{await stderr}");
        }

        using var metadata = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(Output, "functions.metadata")));
        Functions = metadata.RootElement.EnumerateArray().Select(f => f.Clone()).ToList();
    }

    /// <summary>The function called <paramref name="name"/>; fails the test when it is missing.</summary>
    public JsonElement Function(string name) =>
        Assert.Single(Functions, f => f.GetProperty("name").GetString() == name);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Publish never started.
        }

        return Task.CompletedTask;
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
