using Delegation.Integration.Tests.Fixtures;
using OpenQA.Selenium.Chrome;

namespace Delegation.Browser.Tests;

/// <summary>One standalone host and one browser (with a fresh profile) for a test class.</summary>
public class BrowserFixture : IAsyncLifetime
{
    readonly string profile = Directory.CreateTempSubdirectory("delegation-chromium-").FullName;

    public StandaloneHost Host { get; private set; } = null!;

    internal ChromeDriver Driver { get; private set; } = null!;

    public Uri Url(string path) => new(Host.Http.BaseAddress!, path);

    /// <summary>Settings of the host (environment variables, __ for sections); none by default.</summary>
    protected virtual IDictionary<string, string>? HostSettings => null;

    public async Task InitializeAsync()
    {
        Host = await StandaloneHost.StartAsync(HostSettings);
        Driver = Chromium.Start(profile);
    }

    public async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium may still be flushing its profile; the temp folder is cleaned by the OS
        }
    }
}
