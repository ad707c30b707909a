using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Delegation.Browser.Tests;

/// <summary>Small helpers over the driver: waiting, finding by CSS, reading page state.</summary>
internal static class Page
{
    public static IWebElement Css(this ChromeDriver driver, string selector) => driver.FindElement(By.CssSelector(selector));

    public static ReadOnlyCollection<IWebElement> All(this ChromeDriver driver, string selector) => driver.FindElements(By.CssSelector(selector));

    /// <summary>Polls <paramref name="condition"/> until it holds; on timeout, fails with what the page shows.</summary>
    public static T WaitFor<T>(this ChromeDriver driver, Func<T?> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var value = condition();
                if (value is not null && value is not false)
                {
                    return value;
                }
            }
            catch (WebDriverException ex)
            {
                last = ex;
            }

            Thread.Sleep(100);
        }

        var body = driver.FindElement(By.TagName("body")).Text;
        throw new TimeoutException($"Waited for {what} at {driver.Url}. Page text:\n{body}", last);
    }

    public static IWebElement Visible(this ChromeDriver driver, string selector, TimeSpan? timeout = null) =>
        driver.WaitFor(() => driver.All(selector).FirstOrDefault(e => e.Displayed), $"{selector} to be visible", timeout);

    public static void Fill(this ChromeDriver driver, string selector, string text)
    {
        var input = driver.Css(selector);
        input.Clear();
        input.SendKeys(text);
    }

    public static void Select(this ChromeDriver driver, string selector, string value) =>
        driver.ExecuteScript("const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true }));", selector, value);

    public static string ActiveId(this ChromeDriver driver) => driver.SwitchTo().ActiveElement().GetAttribute("id") ?? "";

    /// <summary>Sets the window to the page's full height so a screenshot shows all of it.</summary>
    public static void SaveFullPageScreenshot(this ChromeDriver driver, string path, int width = 1200)
    {
        var height = Convert.ToInt32(driver.ExecuteScript("return Math.ceil(document.documentElement.scrollHeight);"), System.Globalization.CultureInfo.InvariantCulture);
        driver.Manage().Window.Size = new System.Drawing.Size(width, Math.Min(height + 20, 6000));
        driver.ExecuteScript("document.activeElement?.blur(); window.scrollTo(0, 0);");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        driver.GetScreenshot().SaveAsFile(path);
        driver.Manage().Window.Size = new System.Drawing.Size(1200, 1000);
    }
}
