using System.Text;
using Delegation.Core.Email;
using Delegation.Core.Intake;
using Delegation.Core.Ports;

namespace Delegation.Core.Tests;

public sealed class PlanEmailWriterTests
{
    const string Note = "Client J.D. relapse";
    static readonly Uri BaseUrl = new("https://delegation.example/");

    /// <summary>The sample intake with a client note on the top task and user strings that need encoding.</summary>
    static Intake.Intake HostileIntake()
    {
        var form = Samples.Form(
            new TaskForm("Insurance claims", "billing", 5m, 5, 2, true, true, Note),
            new TaskForm("<script>alert(1)</script>", "admin", 4m, 4, 3, true, true, "Call back " + Note),
            new TaskForm("Social media & ads", "marketing", 2m, 3, 2, false, false, null),
            new TaskForm("Sessions", "clinical", 20m, 3, 5, false, true, Note)) with
        {
            Practice = Samples.Form().Practice! with { Name = "Tom & Jerry <b>", OwnerName = "<i>Ana</i> Ruiz" },
        };
        return IntakeValidator.Validate(form).Intake ?? throw new InvalidOperationException("intake must be valid");
    }

    [Fact]
    public void Write_Subject_NamesThePractice()
    {
        var (plan, sops) = Samples.ComposePlan(Samples.Intake());

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        Assert.Equal("Your delegation plan for Calm Harbor Counseling", message.Subject);
        Assert.Equal(new EmailAddress("ana@example.com", "Ana Ruiz"), message.To);
    }

    [Fact]
    public void Write_NamesWithLineBreaks_NeverBreakAHeader()
    {
        // Validation refuses these; the writer must hold even if something unvalidated reaches it.
        var intake = Samples.Intake();
        intake = intake with { Practice = intake.Practice with { Name = "Calm\r\nBcc: x@y.com", OwnerName = "Ana\nBcc: x@y.com\r" } };
        var (plan, sops) = Samples.ComposePlan(intake);

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        Assert.DoesNotContain(message.Subject, char.IsControl);
        Assert.DoesNotContain(message.To.Name, char.IsControl);
        Assert.Equal("Your delegation plan for CalmBcc: x@y.com", message.Subject);
    }

    [Fact]
    public void Write_Html_EncodesEveryUserString()
    {
        var (plan, sops) = Samples.ComposePlan(HostileIntake());

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        var document = Html.Parse(message.Html);
        Assert.Contains("Tom &amp; Jerry &lt;b&gt;", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.QuerySelectorAll("b, i"));
        Assert.Empty(Html.ActiveContent(document));
        var text = document.Body!.TextContent;
        Assert.Contains("Tom & Jerry <b>", text, StringComparison.Ordinal);
        Assert.Contains("Dear <i>Ana</i>,", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Equal("Your delegation plan for Tom & Jerry <b>", document.Title);
    }

    [Fact]
    public void Write_Text_ListsEveryTaskWithItsReasonUnencoded()
    {
        var (plan, sops) = Samples.ComposePlan(HostileIntake());

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        Assert.All(plan.Tasks, t =>
        {
            Assert.Contains(t.Name, message.Text, StringComparison.Ordinal);
            // Clinical work that stays is named once in one line, not given the same reason per task.
            Assert.Contains(t.Category == TaskCategory.Clinical && t.Role is null ? "Clinical work that stays with you:" : t.Reason, message.Text, StringComparison.Ordinal);
        });
        Assert.Contains("Tom & Jerry <b>", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_KeptTask_ShowsWhyItWasKept()
    {
        var intake = Samples.Intake();
        var (plan, sops) = Samples.ComposePlan(intake with { Budget = intake.Budget with { Monthly = 800m } });

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        var kept = plan.Tasks.Where(t => t.KeptReason is not null).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, t => Assert.Contains(t.KeptReason!, message.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_TaskNotes_AppearNowhereInTheMessage()
    {
        var (plan, sops) = Samples.ComposePlan(HostileIntake());

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        Assert.NotEmpty(message.Attachments);
        var everything = new[] { message.Subject, message.To.Name, message.To.Email, message.Html, message.Text }
            .Concat(message.Attachments.Select(a => a.FileName + Encoding.UTF8.GetString(a.Content)));
        Assert.All(everything, part =>
        {
            Assert.DoesNotContain("J.D.", part, StringComparison.Ordinal);
            Assert.DoesNotContain("relapse", part, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Write_Attachments_AreOneSopPerPhaseOneTask()
    {
        var (plan, sops) = Samples.ComposePlan(Samples.Intake(Samples.MixedTasks()
            .Select(t => new TaskForm(t.Name, t.Category.ToString().ToLowerInvariant(), t.HoursPerWeek, t.Stress, t.Confidence, t.Repetitive, t.InvolvesClientInfo, null))
            .ToArray()));

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        var phase1 = plan.Tasks.Where(t => t.Phase == 1).Select(t => t.TaskId).ToList();
        Assert.Equal(2, phase1.Count);
        Assert.Equal(phase1.Count, message.Attachments.Count);
        Assert.Equal(phase1.Select(id => $"SOP-{id}.html"), message.Attachments.Select(a => a.FileName));
        Assert.All(message.Attachments, a =>
        {
            Assert.Equal("text/html; charset=utf-8", a.ContentType);
            Assert.Contains("<h2", Encoding.UTF8.GetString(a.Content), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Write_MessageId_IsDeterministicAndSafeAsAFileName()
    {
        var (plan, sops) = Samples.ComposePlan(Samples.Intake());

        var first = PlanEmailWriter.Write(plan, sops, BaseUrl);
        var second = PlanEmailWriter.Write(plan, sops, BaseUrl);
        var other = PlanEmailWriter.Write(plan with { PlanId = "fedcba9876543210fedcba9876543210" }, sops, BaseUrl);

        Assert.Equal($"{Samples.PlanId}-plan-1", first.MessageId);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(first.Html, second.Html);
        Assert.Equal(first.Text, second.Text);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.True(DocumentPath.IsSafeSegment(first.MessageId));
        Assert.Equal(Samples.PlanId, first.PlanId);
        Assert.Equal(PlanEmailWriter.Purpose, first.Purpose);
    }

    [Fact]
    public void Write_Links_PointUnderTheBaseUrl()
    {
        var (plan, sops) = Samples.ComposePlan(Samples.Intake());

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        var hrefs = Html.Parse(message.Html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"https://delegation.example/plans/{Samples.PlanId}", hrefs);
        Assert.All(plan.Sops, s => Assert.Contains("https://delegation.example" + s.Url, hrefs));
        Assert.All(hrefs, h => Assert.StartsWith("https://delegation.example/", h, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_NoAffordableSupport_SaysSoAndAttachesNothing()
    {
        var intake = Samples.Intake();
        var (plan, sops) = Samples.ComposePlan(intake with { Budget = intake.Budget with { Monthly = 0m } });

        var message = PlanEmailWriter.Write(plan, sops, BaseUrl);

        Assert.Empty(message.Attachments);
        Assert.Contains("No support is engaged yet: you set the budget at nothing, so none is paid for.", message.Text, StringComparison.Ordinal);
        Assert.Contains("No support is engaged yet: you set the budget at nothing, so none is paid for.", Html.Parse(message.Html).Body!.TextContent, StringComparison.Ordinal);
    }
}
