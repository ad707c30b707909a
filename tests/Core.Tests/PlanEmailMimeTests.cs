using Delegation.Core.Planning;
using System.Text;
using Delegation.Core.Calendar;
using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Plans;
using Delegation.Core.Rollout;
using Delegation.Core.Workflow.Activities;
using Delegation.Infrastructure.Email;
using MimeKit;
using IcalCalendar = Ical.Net.Calendar;

namespace Delegation.Core.Tests;

/// <summary>The plan email as a mail client receives it: built, written as RFC 5322 and parsed back with MimeKit.</summary>
public sealed class PlanEmailMimeTests
{
    const string Hostile = "<script>alert(1)</script>";
    static readonly Uri BaseUrl = new("https://delegation.example/");

    /// <summary>Runs the stages over <paramref name="intake"/> as the workflow does, calendar included, and parses the sent message.</summary>
    static async Task<(Plan Plan, MimeMessage Mime)> SendAsync(Intake.Intake intake)
    {
        var (plan, sops) = Samples.ComposePlan(intake);
        var byId = intake.Tasks.ToDictionary(t => t.TaskId);
        var delegated = plan.Tasks.Where(t => t.Role is not null).Select(t => new SopTask(byId[t.TaskId], t.Role!.Value)).ToList();
        var checkIns = await new ScheduleCheckIns().RunAsync(new CheckInRequest(
            plan.SupportMix.Select(s => s.Role).ToList(), intake.Practice.TimeZone, intake.Preferences.CheckInDay, Samples.Now, delegated,
            intake.Preferences.CheckInTimeOrDefault, intake.Practice.Country));
        // As PublishCheckInCalendar does: nobody is hired yet, so a delegating plan has no dated meeting and no calendar.
        var dated = CheckInCalendar.HasEvents(checkIns);
        plan = plan with { CheckIns = checkIns, Calendar = dated ? new CalendarLink($"/api/plans/{plan.PlanId}/calendar.ics", 1) : null };
        var ics = dated ? Encoding.UTF8.GetBytes(CheckInCalendar.Write(plan.PlanId, intake.Practice, checkIns, Samples.Now, 0)) : null;

        var message = PlanEmailWriter.Write(plan, sops, ics, BaseUrl);

        using var stream = new MemoryStream();
        await MimeMessages.Create(message, new EmailOptions()).WriteToAsync(stream);
        stream.Position = 0;
        return (plan, await MimeMessage.LoadAsync(stream));
    }

    static Intake.Intake MixedIntake(string? renameTop = null) => Samples.Intake(Samples.MixedTasks()
        .Select((t, i) => new TaskForm(i == 1 && renameTop is not null ? renameTop : t.Name, t.Category.ToString().ToLowerInvariant(),
            t.HoursPerWeek, t.Stress, t.Confidence, t.Repetitive, t.InvolvesClientInfo, "Client J.D. relapse"))
        .ToArray());

    static string Text(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task Eml_HasHtmlAndTextAlternatives_OneSopPerPhaseOneTask_AndNoCalendarBeforeAnyHire()
    {
        var (plan, mime) = await SendAsync(MixedIntake());

        var alternative = mime.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.False(string.IsNullOrWhiteSpace(mime.TextBody));
        Assert.False(string.IsNullOrWhiteSpace(mime.HtmlBody));
        var attachments = mime.Attachments.OfType<MimePart>().ToList();
        var phase1 = plan.Tasks.Where(t => t.Phase == 1).Select(t => $"SOP-{t.TaskId}.html").ToList();
        Assert.Equal(2, phase1.Count);
        Assert.Equal(phase1, attachments.Where(a => a.ContentType.MimeType == "text/html").Select(a => a.FileName));
        // No role is taken yet: no dated series, so no calendar file (one without events is invalid RFC 5545).
        Assert.DoesNotContain(attachments, a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal(attachments.Count, phase1.Count);
    }

    [Fact]
    public async Task Html_IsMailClientSafe_AndLinksEverySop_ButNoCalendarBeforeAnyHire()
    {
        var (plan, mime) = await SendAsync(MixedIntake());

        var document = Html.Parse(mime.HtmlBody!);

        Assert.Empty(document.QuerySelectorAll("script, style, link, form"));
        Assert.Empty(Html.ActiveContent(document));
        Assert.NotEmpty(document.QuerySelectorAll("table"));
        Assert.All(document.QuerySelectorAll("h1, h2"), h => Assert.False(string.IsNullOrEmpty(h.GetAttribute("style"))));
        var hrefs = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(plan.Sops, s => Assert.Contains("https://delegation.example" + s.Url, hrefs));
        Assert.DoesNotContain($"https://delegation.example/api/plans/{plan.PlanId}/calendar.ics", hrefs);
        var text = document.Body!.TextContent;
        Assert.All(plan.SupportMix, s => Assert.Contains(Money.Format(s.MonthlyCost, "USD"), text, StringComparison.Ordinal));
        Assert.All(plan.Tasks, t => Assert.Contains(t.Category == TaskCategory.Clinical && t.Role is null ? "Clinical work that stays with you:" : t.Reason, text, StringComparison.Ordinal));
        // The check-in agenda carries the SOPs' KPIs in both parts.
        Assert.Contains("Denial rate", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Denial rate", mime.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HostileTaskName_AppearsOnlyEncoded_InBodySopsAndTheHiresCalendar()
    {
        var (plan, mime) = await SendAsync(MixedIntake(renameTop: Hostile));
        Assert.True(plan.Tasks.Any(t => t.Name == Hostile && t.Phase == 1), string.Join(" | ", plan.Tasks.Select(t => $"{t.Name} {t.Score} {t.Phase} {t.Role}")));

        var html = Html.Parse(mime.HtmlBody!);
        Assert.DoesNotContain("<script", mime.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Html.ActiveContent(html));
        Assert.Contains(Hostile, html.Body!.TextContent, StringComparison.Ordinal);
        foreach (var part in mime.Attachments.OfType<MimePart>())
        {
            var content = Text(part);
            Assert.DoesNotContain("<script", content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("J.D.", content, StringComparison.Ordinal);
            if (part.ContentType.MimeType == "text/html")
            {
                Assert.Empty(Html.ActiveContent(Html.Parse(content)));
            }
        }

        var sop = mime.Attachments.OfType<MimePart>().Single(a => a.FileName == $"SOP-{plan.Tasks.Single(t => t.Name == Hostile).TaskId}.html");
        Assert.Equal("SOP: " + Hostile, Html.Parse(Text(sop)).Title);
        // The calendar comes when the hire for the hostile task's role is registered.
        var role = plan.Tasks.Single(t => t.Name == Hostile).Role!.Value;
        var (_, notices) = RolloutMachine.Apply(RolloutMachine.Start(plan, DayOfWeek.Monday, RolloutSettings.Default, Samples.Now),
            new PlanEvent(PlanEventKind.DelegateRegistered, new DelegateInfo(role, "Jo", "jo@example.com")), Samples.Now);
        var ics = SendNotice.RegisteredCalendar(Assert.Single(notices, n => !n.ToDelegate), plan, "alias1")!;
        Assert.DoesNotContain("<script", ics, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(IcalCalendar.Load(ics)!.Events, e => e.Description!.Contains("KPIs for &lt;script&gt;alert(1)&lt;/script&gt;", StringComparison.Ordinal));
        Assert.DoesNotContain("J.D.", mime.TextBody + mime.HtmlBody, StringComparison.Ordinal);
    }
}
