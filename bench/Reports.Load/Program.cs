// Load script for monthly reports (issue 6): seeds N plans on Azurite, runs one month through the
// standalone host's admin call, and prints the wall time and the host's peak memory. See docs/benchmarks.md.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;

var plans = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var hostDll = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.GetFullPath("src/Standalone/bin/Release/net10.0/Delegation.Standalone.dll");
var intakePath = Path.GetFullPath("docs/sample-intake.json");
const string Connection = "UseDevelopmentStorage=true";
const string Key = "bench-key";
const string Month = "2025-10";

var run = Guid.NewGuid().ToString("N")[..8];
var container = new BlobContainerClient(Connection, $"bench-reports-{run}");
var port = FreePort();
var workDir = Directory.CreateTempSubdirectory("delegation-bench-").FullName;
var start = new ProcessStartInfo("dotnet", [hostDll]) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
start.Environment["AzureWebJobsStorage"] = Connection;
start.Environment["Storage__ContainerName"] = container.Name;
start.Environment["Standalone__TaskHub"] = $"BenchReports{run}";
start.Environment["Standalone__Port"] = port.ToString(CultureInfo.InvariantCulture);
start.Environment["App__BaseUrl"] = $"http://localhost:{port}/";
start.Environment["Admin__Key"] = Key;
start.Environment["Reports__SummaryEmail"] = "operator@example.com";
using var host = Process.Start(start)!;
var hostLog = new System.Collections.Concurrent.ConcurrentQueue<string>();
host.OutputDataReceived += (_, e) => { if (e.Data is not null) hostLog.Enqueue(e.Data); };
host.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
host.BeginOutputReadLine();
host.BeginErrorReadLine();
using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
http.DefaultRequestHeaders.Add("x-functions-key", Key);

try
{
    await Until(async () => (await Try(() => http.GetAsync("api/health")))?.IsSuccessStatusCode == true, TimeSpan.FromMinutes(2), "host health");

    // One real plan made by the host's own pipeline is the template for every seeded copy.
    using var submitted = await http.PostAsync("api/intake", new StringContent(await File.ReadAllTextAsync(intakePath), Encoding.UTF8, "application/json"));
    var answer = await submitted.Content.ReadAsStringAsync();
    var planId = JsonNode.Parse(answer)?["planId"]?.GetValue<string>()
        ?? throw new InvalidOperationException($"intake answered {(int)submitted.StatusCode}: {answer}");
    await Until(async () => await container.GetBlobClient($"plans/{planId}/rollout.json").ExistsAsync(), TimeSpan.FromMinutes(2), "template plan");
    var plan = JsonNode.Parse((await container.GetBlobClient($"plans/{planId}/plan.json").DownloadContentAsync()).Value.Content.ToString())!;
    var rollout = JsonNode.Parse((await container.GetBlobClient($"plans/{planId}/rollout.json").DownloadContentAsync()).Value.Content.ToString())!;

    var seed = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(1, plans - 1), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
    {
        var id = Guid.NewGuid().ToString("N");
        string planJson, rolloutJson;
        lock (plan)
        {
            plan["planId"] = id;
            plan["createdAt"] = new DateTimeOffset(2025, 10, 1 + i % 28, 9, 0, 0, TimeSpan.Zero);
            rollout["planId"] = id;
            (planJson, rolloutJson) = (plan.ToJsonString(), rollout.ToJsonString());
        }

        await container.GetBlobClient($"plans/{id}/plan.json").UploadAsync(BinaryData.FromString(planJson), ct);
        await container.GetBlobClient($"plans/{id}/rollout.json").UploadAsync(BinaryData.FromString(rolloutJson), ct);
    });
    seed.Stop();
    // The template itself started now, not in October: it is listed but not reported.
    Console.WriteLine($"seeded {plans - 1} plans in {seed.Elapsed.TotalSeconds:0.0} s");

    var peak = 0L;
    var timed = Stopwatch.StartNew();
    using (var started = await http.PostAsync($"api/admin/reports?month={Month}", null))
    {
        if (started.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"admin call answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
        }
    }

    JsonNode? summary = null;
    await Until(async () =>
    {
        peak = Math.Max(peak, RssKb(host.Id, "VmRSS"));
        var status = JsonNode.Parse(await http.GetStringAsync($"api/admin/reports/{Month}"))!;
        summary = status["summary"];
        return status["status"]!.GetValue<string>() is "Completed" or "Failed";
    }, TimeSpan.FromMinutes(60), "reports run");
    timed.Stop();

    Console.WriteLine($"plans listed: {plans}, run: {timed.Elapsed.TotalSeconds:0.0} s, summary: {summary?.ToJsonString()}");
    Console.WriteLine($"host peak RSS (VmHWM): {RssKb(host.Id, "VmHWM") / 1024.0:0} MB (sampled VmRSS max {peak / 1024.0:0} MB)");
}
catch
{
    // The host's own log says why a step never happened.
    Console.Error.WriteLine(string.Join(Environment.NewLine, hostLog.TakeLast(60)));
    throw;
}
finally
{
    host.Kill(entireProcessTree: true);
    await host.WaitForExitAsync();
    await container.DeleteIfExistsAsync();
    Directory.Delete(workDir, recursive: true);
}

static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, string what)
{
    var deadline = DateTime.UtcNow + timeout;
    while (!await condition())
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"{what} did not happen within {timeout}.");
        }

        await Task.Delay(500);
    }
}

static async Task<HttpResponseMessage?> Try(Func<Task<HttpResponseMessage>> call)
{
    try
    {
        return await call();
    }
    catch (HttpRequestException)
    {
        return null;
    }
}

static long RssKb(int pid, string field)
{
    var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
    return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

static int FreePort()
{
    using var probe = new TcpListener(IPAddress.Loopback, 0);
    probe.Start();
    return ((IPEndPoint)probe.LocalEndpoint).Port;
}
