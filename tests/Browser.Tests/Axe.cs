using System.Text;
using Deque.AxeCore.Commons;
using Newtonsoft.Json.Linq;
using OpenQA.Selenium.Chrome;

namespace Delegation.Browser.Tests;

/// <summary>
/// axe-core, as Deque ships it in <c>Deque.AxeCore.Commons</c>, run in the page through Selenium: the same
/// two steps Deque.AxeCore.Selenium takes (inject the bundled script, run <c>axe.run</c> and read back its
/// JSON), which is not served here. Every rule axe enables by default runs; none is switched off.
/// </summary>
internal static class Axe
{
    static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Scans the whole current document as it is now.</summary>
    public static AxeResult Run(ChromeDriver driver)
    {
        driver.ExecuteScript(Script.Value);
        var json = (string?)driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document).then(r => done(JSON.stringify(r)), e => done(JSON.stringify({ error: String(e) })));
            """);
        var result = JObject.Parse(json ?? throw new InvalidOperationException($"axe-core returned nothing on {driver.Url}."));
        if (result["error"] is { } error)
        {
            throw new InvalidOperationException($"axe-core failed on {driver.Url}: {error}");
        }

        return new AxeResult(result);
    }

    /// <summary>Fails with every violation (rule, impact, element, axe's own summary) when there is any.</summary>
    public static void AssertNoViolations(ChromeDriver driver, string state)
    {
        var result = Run(driver);
        Assert.True(result.Violations.Length == 0, $"axe-core on {state} ({driver.Url}):\n{Describe(result.Violations)}");
        // A scan that checked nothing would pass anything.
        Assert.NotEmpty(result.Passes);
    }

    static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine(c, $"- {v.Id} ({v.Impact}): {v.Help}");
            foreach (var node in v.Nodes)
            {
                // What axe found wrong with this element, e.g. the contrast ratio and the colours it measured.
                var why = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message);
                text.AppendLine(c, $"    {node.Html}: {string.Join(" / ", why)}");
            }
        }

        return text.ToString();
    }
}
