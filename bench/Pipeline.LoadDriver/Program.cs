using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Delegation.Pipeline.LoadDriver;

// Pipeline throughput against the engine's ceiling, then the intake endpoint under load.
// Usage: dotnet run -c Release --project bench/Pipeline.LoadDriver -- [--plans 200] [--rounds 5] [--load-seconds 30]
//        [--concurrency 32] [--azurite] [--skip-load]
// Or, with Azurite running: -- --idle-latency [--idle-seconds 60] [--rounds 3]: the time from an intake posted
// to a host idle that long to its plan email, at queue polling ceilings of 30 s (the Functions default), 10 s
// (this app's host.json) and 2 s (the standalone host's default).
var plans = Arg("--plans", 200);
var loadSeconds = Arg("--load-seconds", 30);
var concurrency = Arg("--concurrency", 32);
var rounds = Arg("--rounds", 5);
var azurite = args.Contains("--azurite");
var idleSeconds = Arg("--idle-seconds", 60);
var root = FindRoot();
// The host built in Release (dotnet run -c Release builds it as a project reference); Debug otherwise.
string[] configurations = ["Release", "Debug"];
var dll = configurations.Select(c => Path.Combine(root, "src", "Standalone", "bin", c, "net10.0", "Delegation.Standalone.dll"))
    .FirstOrDefault(File.Exists) ?? throw new FileNotFoundException("Build src/Standalone first.");

var settings = new Dictionary<string, string>
{
    ["Diagnostics__Enabled"] = "true",
    ["RateLimiting__IntakePermitsPerMinute"] = "100000000",
    // The same log level for both measurements; console logging per activity would be measured too.
    ["Logging__LogLevel__Default"] = "Warning",
    // Steady-state code from the first call: with tiered compilation the busy host kept re-JITting for
    // minutes (each round faster than the last), so early rounds measured the JIT, not the pipeline.
    ["DOTNET_TieredCompilation"] = Environment.GetEnvironmentVariable("BENCH_TIERED") ?? "0",
};
if (azurite)
{
    var run = Guid.NewGuid().ToString("N")[..10];
    settings["AzureWebJobsStorage"] = "UseDevelopmentStorage=true";
    settings["Standalone__TaskHub"] = "bench" + run;
    settings["Storage__ContainerName"] = "bench-" + run;
}

if (args.Contains("--idle-latency"))
{
    await IdleLatencyAsync();
    return;
}

await using var host = await HostProcess.StartAsync(dll, settings);
Console.WriteLine($"backend: {(azurite ? "Azure Storage (Azurite)" : "in-memory (embedded)")}, plans: {plans}, cores: {Environment.ProcessorCount}");

// A full-size round first, not counted: JIT, connection pools, the thread pool and the GC heap grow to
// the load during it (a first burst of N measured up to twice as slow as later ones).
Console.WriteLine("warm-up round");
await RunCeilingAsync(plans);
await RunPipelineAsync(plans, "Warm-up Practice");

// Then rounds of ceiling and pipeline side by side; each figure is the median over the rounds.
var ceilings = new List<(TimeSpan Elapsed, TimeSpan Cpu)>();
var pipelines = new List<(TimeSpan Elapsed, TimeSpan Cpu, List<double> EmailLatencies)>();
for (var round = 1; round <= rounds; round++)
{
    var c = await RunCeilingAsync(plans);
    var p = await RunPipelineAsync(plans, $"Bench {round} Practice");
    ceilings.Add(c);
    pipelines.Add(p);
    Console.WriteLine($"round {round}: ceiling {c.Elapsed.TotalSeconds:F2} s ({Utilisation(c):P0} of the cores), " +
        $"pipeline {p.Elapsed.TotalSeconds:F2} s ({Utilisation((p.Elapsed, p.Cpu)):P0}), ratio {c.Elapsed / p.Elapsed:F2}");
}

// Each round's ratio compares two phases run seconds apart; the median of those ratios is the figure,
// since the machine's other load moves both phases of a round more alike than it moves two rounds.
var ratios = ceilings.Zip(pipelines, (c, p) => c.Elapsed / p.Elapsed).Order().ToList();
var ours = pipelines.OrderBy(p => p.Elapsed).ElementAt(rounds / 2);
var ceiling = ceilings.OrderBy(c => c.Elapsed).ElementAt(rounds / 2);
var latencies = pipelines.SelectMany(p => p.EmailLatencies).ToList();
Console.WriteLine($"pipeline (median of {rounds}): {plans} plans to Active in {ours.Elapsed.TotalSeconds:F2} s = {plans / ours.Elapsed.TotalSeconds:F1} plans/s; " +
    $"host CPU {pipelines.Average(p => p.Cpu.TotalMilliseconds) / plans:F1} ms per plan");
Console.WriteLine($"  intake-to-email latency (all rounds) p50 {Pct(latencies, 50):F0} ms, p95 {Pct(latencies, 95):F0} ms, p99 {Pct(latencies, 99):F0} ms");
Console.WriteLine($"ceiling (median of {rounds}; {plans} bare orchestrations: 7 no-op activities, an 8th starting a child instance with 1): " +
    $"{ceiling.Elapsed.TotalSeconds:F2} s = {plans / ceiling.Elapsed.TotalSeconds:F1} /s; host CPU {ceilings.Average(c => c.Cpu.TotalMilliseconds) / plans:F1} ms per probe");
Console.WriteLine($"ratio (ours / ceiling): median of the rounds' ratios {ratios[rounds / 2]:F2} (range {ratios[0]:F2}–{ratios[^1]:F2}); " +
    $"host CPU per probe / per plan {ceilings.Sum(c => c.Cpu.TotalMilliseconds) / pipelines.Sum(p => p.Cpu.TotalMilliseconds):F2}");

if (!args.Contains("--skip-load"))
{
    await LoadAsync();
}

return;

async Task<(TimeSpan Elapsed, TimeSpan Cpu, List<double> EmailLatencies)> RunPipelineAsync(int count, string prefix)
{
    var submitted = new ConcurrentDictionary<string, DateTime>();
    var cpu = host.CpuTime;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(1, count).Select(async i =>
    {
        var sentAt = DateTime.UtcNow;
        using var response = await host.Http.PostAsync("api/intake", Json(Intake($"{prefix} {i}")));
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"intake answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("planId").GetString()!;
        submitted[id] = sentAt;
    }));

    await WaitAllAsync(submitted.Keys, id => $"api/plans/{id}", "Active");
    var elapsed = clock.Elapsed;
    cpu = host.CpuTime - cpu;
    var latencies = submitted.Select(p => (File.GetLastWriteTimeUtc(Path.Combine(host.OutboxDir, $"{p.Key}-plan-1.eml")) - p.Value).TotalMilliseconds).ToList();
    return (elapsed, cpu, latencies);
}

async Task<(TimeSpan Elapsed, TimeSpan Cpu)> RunCeilingAsync(int count)
{
    // The same payload size as an intake, so serialization costs the same per step.
    var payload = Intake("Ceiling Practice");
    var ids = new ConcurrentBag<string>();
    var cpu = host.CpuTime;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
    {
        using var response = await host.Http.PostAsync("api/diagnostics/ceiling", new StringContent(payload, Encoding.UTF8, "text/plain"));
        response.EnsureSuccessStatusCode();
        ids.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
    }));
    await WaitAllAsync(ids, id => $"api/diagnostics/ceiling/{id}", "Completed");
    return (clock.Elapsed, host.CpuTime - cpu);
}

// Polls every pending instance in rounds (16 at a time) until each reports the status.
async Task WaitAllAsync(IEnumerable<string> ids, Func<string, string> path, string status)
{
    var polls = 0;
    var pending = ids.ToHashSet();
    var deadline = Stopwatch.StartNew();
    using var gate = new SemaphoreSlim(16);
    while (pending.Count > 0)
    {
        if (deadline.Elapsed > TimeSpan.FromMinutes(10))
        {
            throw new TimeoutException($"{pending.Count} instances never reached {status}");
        }

        var done = await Task.WhenAll(pending.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                Interlocked.Increment(ref polls);
                using var response = await host.Http.GetAsync(path(id));
                if (!response.IsSuccessStatusCode)
                {
                    return (id, false);
                }

                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                var now = body.GetProperty("status").GetString();
                return now is "Failed" ? throw new InvalidOperationException($"{id} failed") : (id, now == status);
            }
            finally
            {
                gate.Release();
            }
        }));
        pending.ExceptWith(done.Where(d => d.Item2).Select(d => d.id));
        await Task.Delay(100);
    }

    Console.WriteLine($"  ({polls} polls for {status})");
}

async Task LoadAsync()
{
    // A pool of distinct intakes posted over and over: every repeat is a duplicate that must collapse.
    const int Distinct = 50;
    var bodies = Enumerable.Range(1, Distinct).Select(i => Intake($"Load Practice {i}")).ToArray();
    GC.Collect();
    await Task.Delay(2000);
    var rssBefore = host.RssBytes;
    var statuses = new ConcurrentDictionary<int, int>();
    var planIds = new ConcurrentDictionary<string, int>();
    var latencies = new ConcurrentBag<double>();
    var stop = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
    {
        var random = new Random(worker);
        while (stop.Elapsed < TimeSpan.FromSeconds(loadSeconds))
        {
            var body = bodies[random.Next(Distinct)];
            var t = Stopwatch.StartNew();
            using var response = await host.Http.PostAsync("api/intake", Json(body));
            latencies.Add(t.Elapsed.TotalMilliseconds);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("planId").GetString()!;
                planIds.AddOrUpdate(id, 1, (_, n) => n + 1);
            }
        }
    }));
    var rssAfterLoad = host.RssBytes;
    var requests = statuses.Values.Sum();
    Console.WriteLine($"load: {loadSeconds} s, {concurrency} clients, {requests} POST /api/intake = {requests / (double)loadSeconds:F0} req/s; " +
        $"latency p50 {Pct([.. latencies], 50):F1} ms, p99 {Pct([.. latencies], 99):F1} ms");
    Console.WriteLine("  statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    Console.WriteLine($"  5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}; distinct bodies {Distinct} → distinct plans {planIds.Count}");

    await WaitAllAsync(planIds.Keys, id => $"api/plans/{id}", "Active");
    var emails = planIds.Keys.Select(id => Directory.GetFiles(host.OutboxDir, $"{id}-plan-*.eml").Length).ToList();
    Console.WriteLine($"  every plan Active; plan emails per plan: min {emails.Min()}, max {emails.Max()}");
    GC.Collect();
    await Task.Delay(10_000);
    Console.WriteLine($"  host RSS: before {rssBefore / 1048576.0:F0} MB, right after {rssAfterLoad / 1048576.0:F0} MB, 10 s later {host.RssBytes / 1048576.0:F0} MB");
}

// One host per polling ceiling, on its own task hub: a first intake warms it up, then each round lets the
// queues back off for idleSeconds and times one intake from POST to the plan email's write.
async Task IdleLatencyAsync()
{
    foreach (var ceiling in new[] { 30, 10, 2 })
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var idle = new Dictionary<string, string>(settings)
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Standalone__TaskHub"] = "idle" + run,
            ["Storage__ContainerName"] = "idle-" + run,
            ["Standalone__MaxQueuePollingInterval"] = TimeSpan.FromSeconds(ceiling).ToString("c", CultureInfo.InvariantCulture),
        };
        await using var quiet = await HostProcess.StartAsync(dll, idle);
        await IntakeToEmailAsync(quiet, "Idle Warm-up Practice");
        var times = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            times.Add(await IntakeToEmailAsync(quiet, $"Idle {ceiling} {round} Practice"));
        }

        Console.WriteLine($"polling ceiling {ceiling,2} s, {idleSeconds} s idle: intake to email " +
            string.Join(", ", times.Select(t => $"{t / 1000:F1} s")) + $"; median {times.Order().ElementAt(times.Count / 2) / 1000:F1} s");
    }
}

static async Task<double> IntakeToEmailAsync(HostProcess target, string practice)
{
    var sentAt = DateTime.UtcNow;
    using var response = await target.Http.PostAsync("api/intake", Json(Intake(practice)));
    var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("planId").GetString()!;
    var eml = Path.Combine(target.OutboxDir, $"{id}-plan-1.eml");
    var deadline = Stopwatch.StartNew();
    while (!File.Exists(eml))
    {
        if (deadline.Elapsed > TimeSpan.FromMinutes(5))
        {
            throw new TimeoutException($"No plan email for {id}");
        }

        await Task.Delay(20);
    }

    return (File.GetLastWriteTimeUtc(eml) - sentAt).TotalMilliseconds;
}

// Share of the machine's cores the host kept busy during a phase.
static double Utilisation((TimeSpan Elapsed, TimeSpan Cpu) phase) => phase.Cpu / (phase.Elapsed * Environment.ProcessorCount);

static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

static string Intake(string practice) => JsonSerializer.Serialize(new
{
    practice = new { name = practice, ownerName = "Ana Ruiz", email = "ana@example.com", timeZone = "America/Chicago", sessionFee = 150, clientHoursPerWeek = 25 },
    budget = new { monthly = 1200, currency = "USD" },
    tasks = new object[]
    {
        new { name = "Scheduling appointments", category = "admin", hoursPerWeek = 4, stress = 4, confidence = 3, repetitive = true, involvesClientInfo = true },
        new { name = "Insurance claims", category = "billing", hoursPerWeek = 3, stress = 5, confidence = 2, repetitive = true, involvesClientInfo = true },
        new { name = "Instagram posts", category = "marketing", hoursPerWeek = 2, stress = 3, confidence = 2, repetitive = false, involvesClientInfo = false },
        new { name = "Website updates", category = "tech", hoursPerWeek = 1, stress = 4, confidence = 1, repetitive = false, involvesClientInfo = false },
        new { name = "Therapy sessions", category = "clinical", hoursPerWeek = 25, stress = 2, confidence = 5, repetitive = false, involvesClientInfo = true },
    },
    preferences = new { startWith = 2, checkInDay = "Monday" },
});

static double Pct(List<double> values, int percentile)
{
    values.Sort();
    return values.Count == 0 ? double.NaN : values[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * values.Count) - 1, 0, values.Count - 1)];
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Delegation.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the checkout.");
}
