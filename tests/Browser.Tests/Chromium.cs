using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Delegation.Browser.Tests;

/// <summary>
/// Headless Chromium from the Debian packages (<c>chromium</c>, <c>chromium-driver</c>; <c>.ci/run</c> installs them).
/// The driver and browser paths are given explicitly, so Selenium Manager never looks for or downloads anything.
/// </summary>
internal static class Chromium
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    public static ChromeDriver Start(string userDataDir)
    {
        if (!File.Exists(BrowserPath) || !File.Exists(DriverPath))
        {
            throw new InvalidOperationException($"Install chromium and chromium-driver (apt-get install -y chromium chromium-driver): {BrowserPath} or {DriverPath} is missing.");
        }

        // Belt and braces: were Selenium Manager ever consulted, it must stay offline.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;

        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            $"--user-data-dir={userDataDir}", "--window-size=1200,1000", "--lang=en-US");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.Zero;
        // Every page records what its Content-Security-Policy blocked, so tests can show nothing of ours is.
        OnEveryPage(driver, """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
            """);
        return driver;
    }

    /// <summary>Runs <paramref name="script"/> in every document before the page's own scripts; returns its id.</summary>
    public static string OnEveryPage(ChromeDriver driver, string script)
    {
        var result = driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new() { ["source"] = script }) as Dictionary<string, object>;
        return result?["identifier"] as string ?? throw new InvalidOperationException("Chromium did not register the script.");
    }

    public static void RemoveOnEveryPage(ChromeDriver driver, string id) =>
        driver.ExecuteCdpCommand("Page.removeScriptToEvaluateOnNewDocument", new() { ["identifier"] = id });

    public static IReadOnlyList<string> CspViolations(ChromeDriver driver) =>
        ((IEnumerable<object>?)driver.ExecuteScript("return window.__cspViolations || [];") ?? []).Select(v => v.ToString() ?? "").ToList();
}
