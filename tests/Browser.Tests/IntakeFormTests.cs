using System.Net;
using System.Text.RegularExpressions;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Delegation.Browser.Tests;

/// <summary>The intake form and plan page in headless Chromium against the real standalone host.</summary>
public sealed partial class IntakeFormTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Form_FilledAndSubmitted_ShowsTheCompletedPlanWithWorkingSopLinks()
    {
        var driver = OpenForm();
        FillPractice("Calm Harbor Counseling", "form-flow@example.com");
        driver.Fill("#budget-monthly", "1600");
        driver.Fill("#systems-ehr", "  SimplePractice ");
        driver.Css("#suggestions [data-suggestion='Scheduling appointments']").Click();
        driver.Fill("#task-list li:nth-child(1) [data-field=hoursPerWeek]", "4");
        SetRange(1, "stress", 4);
        driver.Css("#add-task").Click();
        driver.Fill("#task-list li:nth-child(2) [data-field=name]", "A row I will remove");
        driver.Css("#suggestions [data-suggestion='Billing and insurance claims']").Click();
        driver.Fill("#task-list li:nth-child(3) [data-field=hoursPerWeek]", "5");
        SetRange(3, "stress", 5);
        SetRange(3, "confidence", 1);
        driver.Css("#task-list li:nth-child(2) .remove").Click();
        driver.Css("#add-task").Click();
        driver.Fill("#task-list li:nth-child(3) [data-field=name]", "Therapy sessions");
        driver.Select("#task-list li:nth-child(3) [data-field=category]", "clinical");
        driver.Fill("#task-list li:nth-child(3) [data-field=hoursPerWeek]", "25");
        driver.Css("#suggestions [data-suggestion='Social media']").Click();
        driver.Fill("#task-list li:nth-child(4) [data-field=hoursPerWeek]", "3");
        SetRange(4, "confidence", 2);

        Assert.Equal(4, driver.All("#task-list > li").Count);
        Assert.Equal("Billing and insurance claims", driver.Css("#task-list li:nth-child(2) [data-field=name]").GetAttribute("value"));
        Assert.Equal("billing", driver.Css("#task-list li:nth-child(2) [data-field=category]").GetAttribute("value"));
        Assert.False(driver.Css("#suggestions [data-suggestion='Billing and insurance claims']").Enabled);
        Assert.Equal("5 · dread it", driver.Css("#task-list li:nth-child(2) [data-output=stress]").Text);
        driver.SaveFullPageScreenshot(Screenshots.Path("intake-form.png"));
        Assert.Empty(Chromium.CspViolations(driver));

        driver.Css("#submit").Click();
        var planId = WaitForPlanPage();
        driver.Visible("#plan-ranking", TimeSpan.FromSeconds(90));

        var plan = await fixture.Host.WaitForStatusAsync(planId, "Active");
        Assert.Contains("ready", driver.Css("#plan-status").Text, StringComparison.Ordinal);
        Assert.Equal("Calm Harbor Counseling: your delegation plan", driver.Css("#plan-title").Text);
        // Clinical work kept by rule is not ranked for letting go: it is listed as staying with you.
        Assert.Equal(plan.GetProperty("tasks").GetArrayLength() - 1, driver.All("#plan-ranking table.tasks tbody tr").Count);
        Assert.DoesNotContain("Therapy sessions", driver.Css("#plan-ranking").Text, StringComparison.Ordinal);
        Assert.Contains("Therapy sessions", driver.Css("#plan-stays").Text, StringComparison.Ordinal);
        Assert.NotEmpty(driver.All("#plan-support table.support tbody tr"));
        Assert.NotEmpty(driver.All("#plan-summary svg rect.bar-hours"));
        // Nobody has taken a role yet, so no check-in has a date; the page says when the kickoff will be instead of printing 1970.
        Assert.Contains("once you register who took the role", driver.Css("#plan-checkins").Text, StringComparison.Ordinal);
        // The kickoff rule is said once for every role (round 12), and each role's line gives only its hour and rhythm.
        Assert.Contains("When you register who you hired for a role", driver.Css("#plan-checkins .checkins-note").Text, StringComparison.Ordinal);
        Assert.StartsWith("Kickoff at ", driver.Css("#plan-checkins .series").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1970", driver.Css("#plan-checkins").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1969", driver.Css("#plan-checkins").Text, StringComparison.Ordinal);
        Assert.Empty(driver.All("#plan-reports, #plan-checkins details.history"));
        Assert.Empty(Chromium.CspViolations(driver));
        driver.SaveFullPageScreenshot(Screenshots.Path("plan-page.png"));
        driver.SaveFullPageScreenshot(Path.Combine(Path.GetTempPath(), "delegation-screenshots", "plan-page-phone.png"), width: 400);
        Assert.False(HasHorizontalScroll(), "the plan page fits a phone's width");

        var sop = driver.All("#plan-sops a.sop").First();
        var sopTitle = sop.Text;
        sop.Click();
        driver.WaitFor(() => driver.Url.Contains("/sops/", StringComparison.Ordinal), "the SOP to open");
        Assert.Contains("Step by step", driver.Css("body").Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(sopTitle));
        // The system typed on the form is stored with the plan and named in its SOPs instead of a menu of examples.
        Assert.Equal("SimplePractice", plan.GetProperty("practice").GetProperty("systems").GetProperty("ehr").GetString());
        Assert.Contains("SimplePractice", driver.Css("body").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("TherapyNotes", driver.Css("body").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_WithBadInput_ShowsBrowserErrorsTiedToTheirFields_AndSendsNothing()
    {
        var driver = OpenForm();
        var plansBefore = PlanFiles().Length;
        driver.Fill("#practice-email", "not-an-email");
        driver.Fill("#task-list li:nth-child(1) [data-field=name]", "Inbox");
        driver.Fill("#task-list li:nth-child(1) [data-field=hoursPerWeek]", "0");

        driver.Css("#submit").Click();

        AssertFieldError("practice-name", "Required.");
        AssertFieldError("practice-email", "email address");
        AssertFieldError("task-1-hoursPerWeek", "more than 0");
        Assert.True(driver.Css("#error-summary").Displayed);
        Assert.Equal("practice-name", driver.ActiveId());
        Assert.Contains("need another look", driver.Css("#form-status").Text, StringComparison.Ordinal);
        Assert.EndsWith("/", driver.Url, StringComparison.Ordinal);
        Assert.Equal(plansBefore, PlanFiles().Length);

        // Fixing a field and submitting again clears its message.
        driver.Fill("#practice-email", "ana@example.com");
        driver.Css("#submit").Click();
        Assert.False(driver.Css("#practice-email-error").Displayed);
        Assert.Null(driver.Css("#practice-email").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Form_WhatOnlyTheServerRejects_IsShownNextToTheRightFields()
    {
        var driver = OpenForm();
        FillPractice("Quiet Oak Therapy", "server-errors@example.com");
        driver.Css("#suggestions [data-suggestion='Email inbox']").Click();
        driver.Fill("#task-list li:nth-child(1) [data-field=hoursPerWeek]", "3");
        driver.Css("#suggestions [data-suggestion='Social media']").Click();
        driver.Fill("#task-list li:nth-child(2) [data-field=hoursPerWeek]", "2");
        // A time zone the browser would never offer, and a text-direction override in a task name: only the server checks these.
        driver.ExecuteScript("""
            const tz = document.getElementById('practice-timezone');
            tz.append(new Option('Mars/Olympus_Mons', 'Mars/Olympus_Mons'));
            tz.value = 'Mars/Olympus_Mons';
            document.querySelector('#task-list li:nth-child(2) [data-field=name]').value = 'Social \u202Emedia';
            """);

        driver.Css("#submit").Click();

        AssertFieldError("practice-timezone", "IANA time zone");
        AssertFieldError("task-2-name", "text-direction");
        Assert.Null(driver.Css("#task-1-name").GetAttribute("aria-invalid"));
        Assert.Contains("Task 2, what it is", driver.Css("#error-list").Text, StringComparison.Ordinal);
        Assert.True(driver.Css("#submit").Enabled);
        Assert.EndsWith("/", driver.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_DoubleClicked_SendsOneRequestAndCreatesOnePlanAndOneEmail()
    {
        const string email = "double-click@example.com";
        var driver = OpenForm();
        // Markup in a name must come back as text, never as elements.
        FillPractice("Double <b>Click</b> <img src=x>Counseling", email);
        driver.Css("#suggestions [data-suggestion='Sending intake forms']").Click();
        driver.Fill("#task-list li:nth-child(1) [data-field=hoursPerWeek]", "2");
        // Counts the form's POSTs across the navigation that follows.
        driver.ExecuteScript("""
            const send = window.fetch;
            window.fetch = (url, init) => {
              if (init && init.method === 'POST') sessionStorage.setItem('posts', String(Number(sessionStorage.getItem('posts') || 0) + 1));
              return send(url, init);
            };
            """);

        new Actions(driver).DoubleClick(driver.Css("#submit")).Perform();

        var planId = WaitForPlanPage();
        await fixture.Host.WaitForStatusAsync(planId, "Active");
        driver.Visible("#plan-ranking", TimeSpan.FromSeconds(30));
        Assert.Equal("1", driver.ExecuteScript("return sessionStorage.getItem('posts');"));
        Assert.Equal("Double <b>Click</b> <img src=x>Counseling: your delegation plan", driver.Css("#plan-title").Text);
        Assert.Empty(driver.All("main b, main img"));
        Assert.Single(PlanFiles(), f => File.ReadAllText(f).Contains(email, StringComparison.Ordinal));
        Assert.Single(Emails(), m => m.To.Mailboxes.Any(a => a.Address == email));
    }

    [Fact]
    public async Task Form_UsedWithTheKeyboardOnly_SubmitsAndReachesThePlan()
    {
        var driver = OpenForm();
        driver.Css("body").SendKeys(Keys.Tab);
        for (var i = 0; i < 5 && driver.ActiveId() != "practice-name"; i++)
        {
            Press(Keys.Tab);
        }

        Assert.Equal("practice-name", driver.ActiveId());
        Type("Keyboard Counseling");
        Press(Keys.Tab);
        Type("Kim Lee");
        Press(Keys.Tab);
        Type("keyboard@example.com");
        Press(Keys.Tab); // time zone: the browser's, left as it is
        Press(Keys.Tab); // country: the time zone's, left empty
        Press(Keys.Tab);
        Type("120");
        Press(Keys.Tab);
        Type("20");
        for (var i = 0; i < 5; i++)
        {
            Press(Keys.Tab); // the five systems: optional, left empty
        }

        Press(Keys.Tab);
        Type("900");
        Press(Keys.Tab); // currency: the country's
        Press(Keys.Tab); // one-off budget: left empty
        Press(Keys.Tab);
        Assert.Equal("Scheduling appointments", driver.SwitchTo().ActiveElement().Text.TrimStart('+', ' '));
        Press(Keys.Enter); // picks the suggestion into the empty first row and moves to its hours
        Assert.Equal("task-1-hoursPerWeek", driver.ActiveId());
        Type("4");
        Press(Keys.Tab);
        Press(Keys.ArrowRight); // stress 3 → 4
        Assert.Equal("4 · a lot", driver.Css("#task-list li:nth-child(1) [data-output=stress]").Text);
        Press(Keys.Shift + Keys.Tab);
        Press(Keys.Enter); // implicit submission from a text field

        var planId = WaitForPlanPage();
        var plan = await fixture.Host.WaitForStatusAsync(planId, "Active");
        Assert.Equal("Keyboard Counseling", plan.GetProperty("practice").GetProperty("name").GetString());
        Assert.Equal(4, plan.GetProperty("tasks")[0].GetProperty("hoursPerWeek").GetDecimal());

        void Type(string text) => driver.SwitchTo().ActiveElement().SendKeys(text);
        void Press(string key) => driver.SwitchTo().ActiveElement().SendKeys(key);
    }

    [Fact]
    public async Task Pages_AreServedWithCspAndSecurityHeaders_AndFingerprintedAssets()
    {
        using var form = await fixture.Host.Http.GetAsync("/");
        using var page = await fixture.Host.Http.GetAsync("plans/0123456789abcdef0123456789abcdef");
        using var bad = await fixture.Host.Http.GetAsync("plans/not-a-plan");
        using var missing = await fixture.Host.Http.GetAsync("assets/index.html");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var response in new[] { form, page })
        {
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }

        var html = await form.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        var script = AssetLink().Match(html);
        Assert.True(script.Success, "the form links its script by content hash");
        using var js = await fixture.Host.Http.GetAsync(script.Groups["path"].Value.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", js.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", await js.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, script.Groups["path"].Value.TrimStart('/'));
        again.Headers.IfNoneMatch.Add(js.Headers.ETag!);
        using var notModified = await fixture.Host.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    OpenQA.Selenium.Chrome.ChromeDriver OpenForm()
    {
        var driver = fixture.Driver;
        driver.Manage().Window.Size = new System.Drawing.Size(1200, 1000);
        driver.Navigate().GoToUrl(fixture.Url("/"));
        driver.Visible("#task-list > li");
        return driver;
    }

    void FillPractice(string name, string email)
    {
        var driver = fixture.Driver;
        driver.Fill("#practice-name", name);
        driver.Fill("#practice-owner", "Ana Ruiz");
        driver.Fill("#practice-email", email);
        driver.Select("#practice-timezone", "America/Chicago");
        driver.Fill("#practice-fee", "150");
        driver.Fill("#practice-client-hours", "25");
        driver.Fill("#budget-monthly", "1200");
    }

    void SetRange(int row, string field, int value) =>
        fixture.Driver.ExecuteScript(
            "const r = document.querySelector(arguments[0]); r.value = arguments[1]; r.dispatchEvent(new Event('input', { bubbles: true }));",
            $"#task-list li:nth-child({row}) [data-field={field}]", value);

    string WaitForPlanPage()
    {
        var driver = fixture.Driver;
        var match = driver.WaitFor(() => PlanUrl().Match(driver.Url) is { Success: true } m ? m : null, "the plan page", TimeSpan.FromSeconds(30));
        return match.Groups["id"].Value;
    }

    void AssertFieldError(string inputId, string expected)
    {
        var driver = fixture.Driver;
        var error = driver.Visible($"#{inputId}-error");
        Assert.Contains(expected, error.Text, StringComparison.Ordinal);
        var input = driver.Css($"#{inputId}");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains($"{inputId}-error", (input.GetAttribute("aria-describedby") ?? "").Split(' '));
    }

    bool HasHorizontalScroll()
    {
        var driver = fixture.Driver;
        driver.Manage().Window.Size = new System.Drawing.Size(400, 900);
        try
        {
            return driver.ExecuteScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;") is true;
        }
        finally
        {
            driver.Manage().Window.Size = new System.Drawing.Size(1200, 1000);
        }
    }

    string[] PlanFiles()
    {
        var plans = Path.Combine(fixture.Host.BlobsDir, "plans");
        return Directory.Exists(plans) ? Directory.GetFiles(plans, "plan.json", SearchOption.AllDirectories) : [];
    }

    List<MimeMessage> Emails() =>
        Directory.Exists(fixture.Host.OutboxDir)
            ? Directory.GetFiles(fixture.Host.OutboxDir, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];

    [GeneratedRegex("/plans/(?<id>[0-9a-f]{32})$")]
    private static partial Regex PlanUrl();

    [GeneratedRegex("src=\"(?<path>/assets/app\\.js\\?v=[0-9a-f]{16})\"")]
    private static partial Regex AssetLink();
}
