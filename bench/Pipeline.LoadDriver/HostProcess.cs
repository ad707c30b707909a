using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Delegation.Pipeline.LoadDriver;

/// <summary>The standalone host started the way a user runs it, in a folder of its own, with the benchmark's settings.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    readonly Process process;

    HostProcess(Process process, string workDir, int port)
    {
        this.process = process;
        WorkDir = workDir;
        Http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string WorkDir { get; }

    public HttpClient Http { get; }

    public string OutboxDir => Path.Combine(WorkDir, ".data", "outbox");

    /// <summary>Resident set size of the host process, from /proc.</summary>
    public long RssBytes =>
        File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024).Single();

    /// <summary>CPU time the host process has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<HostProcess> StartAsync(string dll, IDictionary<string, string> settings)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var workDir = Directory.CreateTempSubdirectory("delegation-bench-").FullName;
        var psi = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment.Remove("AzureWebJobsStorage");
        psi.Environment["Standalone__Port"] = port.ToString(CultureInfo.InvariantCulture);
        psi.Environment["App__BaseUrl"] = $"http://localhost:{port}/";
        foreach (var (key, value) in settings)
        {
            psi.Environment[key] = value;
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("host: " + e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("host: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, workDir, port);
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var health = await host.Http.GetAsync("api/health");
                if (health.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The host did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Http.Dispose();
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
