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

    static readonly Lock InstallGate = new();

    /// <summary>
    /// On a fresh machine (as on CI, where <c>.ci/run</c> does it first) install Debian's packages once,
    /// so that the README's plain <c>dotnet test</c> works there too; never a browser download.
    /// </summary>
    static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (File.Exists(BrowserPath) && File.Exists(DriverPath))
            {
                return;
            }

            if (Environment.UserName == "root")
            {
                Run("apt-get", "update");
                Run("apt-get", "install", "-y", "chromium", "chromium-driver");
            }

            if (!File.Exists(BrowserPath) || !File.Exists(DriverPath))
            {
                throw new InvalidOperationException($"Install chromium and chromium-driver (apt-get install -y chromium chromium-driver): {BrowserPath} or {DriverPath} is missing.");
            }
        }
    }

    static void Run(string file, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {stderr.Result}");
        }
    }

    public static ChromeDriver Start(string userDataDir)
    {
        EnsureInstalled();

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
