using System.Collections.Concurrent;
using System.Diagnostics;

namespace Delegation.Integration.Tests.Fixtures;

/// <summary>
/// The standalone host as a user runs it: its own process, its own working folder (so .data/ is
/// private to the test), a free port, configured only through environment variables.
/// </summary>
public sealed class StandaloneHost : IAsyncDisposable
{
    readonly Dictionary<string, string> environment;
    readonly ConcurrentQueue<string> output = new();
    Process? process;

    StandaloneHost(string workDir, int port, Dictionary<string, string> environment)
    {
        WorkDir = workDir;
        Port = port;
        this.environment = environment;
        Http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string WorkDir { get; }

    public int Port { get; }

    public HttpClient Http { get; }

    public string OutboxDir => Path.Combine(WorkDir, ".data", "outbox");

    public string BlobsDir => Path.Combine(WorkDir, ".data", "blobs");

    public string Log => string.Join(Environment.NewLine, output);

    /// <summary>The exit code of the last process, once it has exited; null while it runs or before it started.</summary>
    public int? ExitCode => process is { HasExited: true } exited ? exited.ExitCode : null;

    /// <summary>
    /// Starts a host; <paramref name="settings"/> become environment variables (use __ for sections).
    /// Returns once /api/health says ready, or as soon as the process runs when <paramref name="waitUntilReady"/> is false.
    /// </summary>
    public static async Task<StandaloneHost> StartAsync(IDictionary<string, string>? settings = null, bool waitUntilReady = true)
    {
        var host = Create(settings);
        // Links in emails point back to this host unless a test configures its own base address.
        host.environment.TryAdd("App__BaseUrl", $"http://localhost:{host.Port}/");
        try
        {
            await host.StartProcessAsync(waitUntilReady);
        }
        catch
        {
            // A host that never became ready is still a process to stop.
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Starts a host that is expected to refuse to start, with exactly <paramref name="settings"/> (no
    /// <c>App__BaseUrl</c> unless given), and returns its exit code and output. A host still running after
    /// <paramref name="timeout"/> is killed, and the exit code is null.
    /// </summary>
    public static async Task<(int? ExitCode, string Log)> RunUntilExitAsync(IDictionary<string, string> settings, TimeSpan timeout)
    {
        await using var host = Create(settings);
        var process = host.Launch();
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            // The parameterless wait also drains the redirected output, so the log is complete.
            await process.WaitForExitAsync(CancellationToken.None);
            return (process.ExitCode, host.Log);
        }
        catch (OperationCanceledException)
        {
            // DisposeAsync kills it.
            return (null, host.Log);
        }
    }

    static StandaloneHost Create(IDictionary<string, string>? settings)
    {
        var port = Ports.Free();
        var env = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
        // Tests post from one address far faster than a person; only the rate-limit test sets its own limit.
        env.TryAdd("RateLimiting__IntakePermitsPerMinute", "100000");
        env["Standalone__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new StandaloneHost(Directory.CreateTempSubdirectory("delegation-host-").FullName, port, env);
    }

    /// <summary>Stops the process (politely, or with SIGKILL) and starts it again on the same port and folder.</summary>
    public async Task RestartAsync(bool kill = false)
    {
        await StopAsync(kill);
        await StartProcessAsync();
    }

    public async Task StopAsync(bool kill = false)
    {
        if (process is null || process.HasExited)
        {
            return;
        }

        if (kill)
        {
            process.Kill(entireProcessTree: true);
        }
        else
        {
            // SIGTERM: the host's graceful shutdown, as systemd or Ctrl+C would ask.
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    async Task StartProcessAsync(bool waitUntilReady = true)
    {
        var process = Launch();
        if (!waitUntilReady)
        {
            return;
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The standalone host exited with {process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await Http.GetAsync("api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The standalone host did not answer /api/health within 60 s:\n{Log}");
    }

    /// <summary>Starts the process with this host's settings and collects its output; does not wait for it.</summary>
    Process Launch()
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepoPaths.StandaloneDll },
            WorkingDirectory = WorkDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A clean environment for the settings under test: nothing inherited may switch the backend or the links.
        psi.Environment.Remove("AzureWebJobsStorage");
        psi.Environment.Remove("SendGrid__ApiKey");
        psi.Environment.Remove("App__BaseUrl");
        foreach (var (key, value) in environment)
        {
            psi.Environment[key] = value;
        }

        process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(kill: true);
        process?.Dispose();
        Http.Dispose();
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
            // a file still being flushed; the temp folder is cleaned by the OS
        }
    }
}
