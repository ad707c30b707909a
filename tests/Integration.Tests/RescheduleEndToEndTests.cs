using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>
/// The owner moves the kickoff from the reminder's link: both people get the new time and a calendar update of that
/// one event, a time past the following meeting is refused, and the same link still records the outcome.
/// </summary>
public sealed class RescheduleEndToEndTests : IAsyncLifetime
{
    StandaloneHost host = null!;

    // The kickoff is 2 to 9 days (plan time) after the registration. A reminder lead of 8 days sends the reminder at
    // once or within a day, and at 5000× the kickoff is still at least 2 days = 35 s of real time away: room to move it.
    public async Task InitializeAsync() => host = await StandaloneHost.StartAsync(new Dictionary<string, string>
    {
        ["Workflow__TimeScale"] = "5000",
        ["Workflow__ReminderLead"] = "8.00:00:00",
        ["Workflow__HireReminderDelay"] = "01:00:00",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Kickoff_MovedFromTheReminder_TellsBothWithACalendarUpdate_AndTheLinkStillRecords()
    {
        var intake = Intakes.Realistic("Reschedule Practice " + Guid.NewGuid().ToString("N")[..6]);
        intake["budget"]!["monthly"] = 3000;
        intake["tasks"] = new JsonArray { Intakes.Task("Scheduling appointments", "admin", 5, 5, 2, true, true) };
        var planId = await host.SubmitAsync(intake);
        var hire = await host.WaitForAsync(planId, "hire-VirtualAssistant-1");
        var owner = PlanSteps.OwnerToken(hire);
        await host.RegisterAsync(planId, owner);

        var reminder = await host.WaitForAsync(planId, "remind-VirtualAssistant-1-owner");
        var move = Outbox.LinkIn(reminder, "/reschedule");
        var token = PlanSteps.CheckInToken(reminder);
        Assert.Equal($"/checkins/{token}/reschedule", move.AbsolutePath);
        using (var form = await host.Http.GetAsync(move.PathAndQuery.TrimStart('/')))
        {
            Assert.Contains("type=\"datetime-local\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The kickoff's time as the plan shows it, a day later, in the practice's zone.
        // One phase with its one role hired: the plan is Completed; its check-ins are dated from the registration.
        var plan = await host.WaitForStatusAsync(planId, "Completed");
        var kickoff = plan.GetProperty("checkIns")[0].GetProperty("kickoff").GetProperty("at").GetDateTimeOffset();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        using (var tooLate = await host.Http.PostAsync($"api/checkins/{token}/reschedule", Intakes.Json(new JsonObject { ["at"] = Local(kickoff.AddDays(8)) })))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        }

        using (var bad = await host.Http.PostAsync($"api/checkins/{token}/reschedule", Intakes.Json(new JsonObject { ["at"] = "next Tuesday" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("\"at\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var moved = await host.Http.PostAsync($"api/checkins/{token}/reschedule", Intakes.Json(new JsonObject { ["at"] = Local(kickoff.AddDays(1)) })))
        {
            Assert.Equal(HttpStatusCode.Accepted, moved.StatusCode);
        }

        var toOwner = await host.WaitForAsync(planId, "moved-VirtualAssistant-1-1");
        var toHire = await host.WaitForAsync(planId, "moved-VirtualAssistant-1-1-delegate");
        Assert.Equal("jo@example.com", toHire.To.Mailboxes.Single().Address);
        Assert.Contains("Ana Ruiz moved your check-in from", toHire.TextBody, StringComparison.Ordinal);
        var ics = toOwner.Attachments.OfType<MimeKit.MimePart>().Single(a => a.FileName?.EndsWith(".ics", StringComparison.Ordinal) == true);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        var e = calendar.Events.Single();
        // The UID of the kickoff both imported from the hire emails, which names the plan by its alias, never its id.
        var hired = (await host.WaitForAsync(planId, "hired-VirtualAssistant-delegate")).Attachments.OfType<MimeKit.MimePart>().Single(a => a.FileName == "check-ins.ics");
        using var imported = new MemoryStream();
        await hired.Content!.DecodeToAsync(imported);
        Assert.Equal(Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(imported.ToArray()))!.Events.Single(k => k.Uid!.EndsWith("-virtual-assistant-kickoff@delegation", StringComparison.Ordinal)).Uid, e.Uid);
        Assert.DoesNotContain(planId, e.Uid!, StringComparison.Ordinal);
        Assert.Equal(1, e.Sequence);
        Assert.Equal(kickoff.AddDays(1).UtcDateTime, e.DtStart!.AsUtc);

        // The move did not use the link up: it records the kickoff once it has met.
        using var recorded = await host.Http.PostAsync($"api/checkins/{token}", Intakes.Json(new JsonObject
        {
            ["onTrack"] = true, ["stress"] = 2, ["readyForMore"] = false,
        }));
        Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
    }
}
