using System.Net;
using System.Text.Json.Nodes;
using Delegation.Email.Tests.StandIn;
using Delegation.Integration.Tests.Fixtures;
using MimeKit;

namespace Delegation.Integration.Tests;

/// <summary>
/// Whole plans through the standalone host with email on SendGrid (the stand-in) or the outbox:
/// faults are survived, each plan email arrives once, and no task notes ever reach an email.
/// </summary>
public sealed class EmailDeliveryEndToEndTests
{
    // Obviously client-identifying text a therapist might type into a task's notes.
    static readonly string[] Notes =
    [
        "Client J.D. relapse after divorce, call Tue",
        "M. Okafor DOB 1984-03-02 owes copay; Aetna member W123456789",
        "Reschedule Sarah K. (panic attacks) to Friday",
    ];

    static JsonObject IntakeWithNotes(string practiceName)
    {
        var intake = Intakes.Realistic(practiceName);
        var tasks = intake["tasks"]!.AsArray();
        for (var i = 0; i < tasks.Count; i++)
        {
            tasks[i]!["notes"] = Notes[i % Notes.Length];
        }

        return intake;
    }

    [Fact]
    public async Task Plans_WhenSendGridFailsFirst_AreEachDeliveredOnceWithValidBodiesAndNoNotes()
    {
        await using var standIn = await SendGridStandIn.StartAsync();
        // A rate limit, a bad minute and a hung request before SendGrid recovers.
        standIn.Script(StandInReply.RateLimited(TimeSpan.FromSeconds(1)), StandInReply.ServerError, StandInReply.Hang, StandInReply.ServerError);
        await using var host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["SendGrid__ApiKey"] = SendGridStandIn.ApiKey,
            ["SendGrid__Host"] = standIn.Host,
            ["SendGrid__BaseDelay"] = "00:00:00.050",
            ["SendGrid__MaxDelay"] = "00:00:00.200",
            ["SendGrid__AttemptTimeout"] = "00:00:01",
            ["SendGrid__TotalTimeout"] = "00:00:20",
            ["SendGrid__ClaimLease"] = "00:00:30",
        });
        var practices = new[] { "Calm Harbor Counseling", "Northside Family Therapy", "Willow Creek Psychology" };

        var planIds = await Task.WhenAll(practices.Select(p => SubmitAsync(host, IntakeWithNotes(p))));
        foreach (var planId in planIds)
        {
            PlanAssertions.IsCompleteActivePlan(await host.WaitForStatusAsync(planId, "Active"), planId);
        }

        // The same intakes again (a double submit) change nothing.
        Assert.Equal(planIds, await Task.WhenAll(practices.Select(p => SubmitAsync(host, IntakeWithNotes(p)))));

        Assert.Empty(standIn.Violations);
        Assert.True(standIn.Requests.Count > planIds.Length, "the scripted faults must have been hit");
        var delivered = standIn.Delivered;
        Assert.Equal(planIds.Select(id => $"{id}-plan-1").Order(), delivered.Select(r => r.MessageId).Order());
        Assert.All(standIn.Requests, r => Assert.DoesNotContain(Notes, n => r.Body.Contains(n, StringComparison.Ordinal)));
        Assert.All(standIn.Requests, r => Assert.DoesNotContain("J.D.", r.Body, StringComparison.Ordinal));
        Assert.False(Directory.Exists(host.OutboxDir) && Directory.EnumerateFiles(host.OutboxDir).Any(), "SendGrid is configured: nothing goes to the outbox");
        foreach (var planId in planIds)
        {
            Assert.True(File.Exists(Path.Combine(host.BlobsDir, "emails", $"{planId}-plan-1", "sent.json")));
        }
    }

    [Fact]
    public async Task Plan_WhenSendGridRejectsTheMessage_FailsAfterOneRequestWithoutDurableRetries()
    {
        await using var standIn = await SendGridStandIn.StartAsync();
        standIn.Script(StandInReply.BadRequest("The from address does not match a verified Sender Identity.", "from"));
        await using var host = await StandaloneHost.StartAsync(new Dictionary<string, string>
        {
            ["SendGrid__ApiKey"] = SendGridStandIn.ApiKey,
            ["SendGrid__Host"] = standIn.Host,
        });

        var planId = await SubmitAsync(host, IntakeWithNotes("Calm Harbor Counseling"));
        var status = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline && status != "Failed"; await Task.Delay(250))
        {
            using var response = await host.Http.GetAsync($"api/plans/{planId}");
            status = response.StatusCode == HttpStatusCode.OK ? (await response.ReadJsonAsync()).GetProperty("status").GetString()! : "";
        }

        // The Durable policy would have retried after 1 s, 2 s, 4 s...; the rejection stops it at once.
        Assert.Equal("Failed", status);
        Assert.Single(standIn.Requests);
        Assert.Contains("does not match a verified Sender Identity", host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plans_InTheOutbox_CarryNoTaskNotesInSubjectBodyOrAttachments()
    {
        await using var host = await StandaloneHost.StartAsync();
        var planIds = new List<string>();
        foreach (var practice in new[] { "Calm Harbor Counseling", "Riverbend Counseling" })
        {
            planIds.Add(await SubmitAsync(host, IntakeWithNotes(practice)));
        }

        foreach (var planId in planIds)
        {
            await host.WaitForStatusAsync(planId, "Active");
        }

        var files = Directory.GetFiles(host.OutboxDir, "*.eml");
        Assert.Equal(planIds.Count, files.Length);
        foreach (var file in files)
        {
            var message = await MimeMessage.LoadAsync(file);
            var texts = new List<string> { message.Subject ?? "", message.TextBody ?? "", message.HtmlBody ?? "" };
            foreach (var attachment in message.Attachments.OfType<MimePart>())
            {
                using var content = new MemoryStream();
                await attachment.Content!.DecodeToAsync(content);
                texts.Add(System.Text.Encoding.UTF8.GetString(content.ToArray()));
            }

            Assert.NotEmpty(message.Attachments);
            Assert.Contains("Scheduling appointments", message.TextBody, StringComparison.Ordinal); // task names are fine
            foreach (var text in texts)
            {
                Assert.DoesNotContain(Notes, n => text.Contains(n, StringComparison.Ordinal));
                Assert.DoesNotContain("J.D.", text, StringComparison.Ordinal);
                Assert.DoesNotContain("W123456789", text, StringComparison.Ordinal);
            }
        }
    }

    static async Task<string> SubmitAsync(StandaloneHost host, JsonObject intake)
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("planId").GetString()!;
    }
}
