using System.Diagnostics;

namespace Delegation.Integration.Tests.Fixtures;

/// <summary>
/// Azurite on 127.0.0.1's default ports. CI starts it before the tests; on a developer machine
/// where none is listening, this starts the copy in the checkout (running <c>npm ci</c> first if
/// it is not installed yet) and stops it after.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionString = "UseDevelopmentStorage=true";
    const int BlobPort = 10000;
    Process? started;

    public async Task InitializeAsync()
    {
        if (Ports.IsListening(BlobPort))
        {
            return;
        }

        var script = Path.Combine(RepoPaths.Root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            // First run on a fresh clone: install the pinned Azurite from package-lock.json into the checkout.
            await RunAsync("npm", "ci", "--no-audit", "--no-fund");
        }

        var psi = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--silent", "--inMemoryPersistence",
                "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1", "--skipApiVersionCheck" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        started = Process.Start(psi)!;
        for (var i = 0; i < 100 && !(Ports.IsListening(BlobPort) && Ports.IsListening(10001) && Ports.IsListening(10002)); i++)
        {
            await Task.Delay(100);
        }

        if (!Ports.IsListening(BlobPort))
        {
            throw new InvalidOperationException("Azurite did not start: " + await started.StandardError.ReadToEndAsync());
        }
    }

    static async Task RunAsync(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {await stderr}");
        }
    }

    public Task DisposeAsync()
    {
        if (started is { HasExited: false })
        {
            started.Kill(entireProcessTree: true);
            started.WaitForExit(5000);
        }

        started?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
