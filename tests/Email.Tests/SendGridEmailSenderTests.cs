using System.Diagnostics;
using System.Text.Json;
using Delegation.Core.Ports;
using Delegation.Email.Tests.StandIn;
using Delegation.Infrastructure.Email;

namespace Delegation.Email.Tests;

/// <summary>The SendGrid adapter against the stand-in: contract, faults, and once-only delivery.</summary>
public sealed class SendGridEmailSenderTests : IAsyncLifetime
{
    EmailHarness h = null!;

    public async Task InitializeAsync() => h = await EmailHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Send_Accepted_BodyMatchesSendGridSchemaWithTracingBothPartsAndBase64Attachment()
    {
        var message = Messages.Plan();

        var outcome = await h.Sender.SendAsync(message);

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        var request = Assert.Single(h.StandIn.Requests);
        Assert.Empty(request.Violations);
        var body = request.Json;
        Assert.Equal("plans@delegation.example", body.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Delegation", body.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(["delegation", "plan"], body.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var personalization = Assert.Single(body.GetProperty("personalizations").EnumerateArray());
        Assert.Equal("ana@example.com", Assert.Single(personalization.GetProperty("to").EnumerateArray()).GetProperty("email").GetString());
        var args = personalization.GetProperty("custom_args");
        Assert.Equal(message.PlanId, args.GetProperty("planId").GetString());
        Assert.Equal("plan", args.GetProperty("purpose").GetString());
        Assert.Equal(message.MessageId, args.GetProperty("messageId").GetString());
        Assert.Equal(["text/plain", "text/html"], body.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        var attachment = Assert.Single(body.GetProperty("attachments").EnumerateArray());
        Assert.Equal("SOP-t1.html", attachment.GetProperty("filename").GetString());
        Assert.Equal(message.Attachments[0].Content, Convert.FromBase64String(attachment.GetProperty("content").GetString()!));
        Assert.NotNull(await h.Documents.GetAsync($"emails/{message.MessageId}/sent.json"));
    }

    [Fact]
    public async Task Send_BadRequest_FailsAtOnceWithSendGridsMessageLogged()
    {
        h.StandIn.Script(StandInReply.BadRequest("Does not contain a valid address.", "personalizations.0.to.0.email"));

        var ex = await Assert.ThrowsAsync<EmailRejectedException>(() => h.Sender.SendAsync(Messages.Plan()));

        Assert.Equal(400, ex.StatusCode);
        Assert.Single(h.StandIn.Requests);
        Assert.Contains("personalizations.0.to.0.email: Does not contain a valid address.", ex.Reason, StringComparison.Ordinal);
        Assert.Contains(h.Log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("Does not contain a valid address.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_RateLimited_WaitsForXRateLimitResetThenSucceeds()
    {
        h.StandIn.Script(StandInReply.RateLimited(TimeSpan.FromSeconds(1)));

        var outcome = await h.Sender.SendAsync(Messages.Plan());

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        var requests = h.StandIn.Requests;
        Assert.Equal([429, 202], requests.Select(r => r.Status));
        // The reset is a whole epoch second at or after now + 1 s; the retry may not come before it.
        var reset = DateTimeOffset.FromUnixTimeSeconds((long)Math.Ceiling((requests[0].At + TimeSpan.FromSeconds(1)).ToUnixTimeMilliseconds() / 1000.0));
        Assert.True(requests[1].At >= reset - TimeSpan.FromMilliseconds(50), $"retried at {requests[1].At:O}, before the reset {reset:O}");
    }

    [Fact]
    public async Task Send_RetryAfter_WaitsThatLongThenSucceeds()
    {
        h.StandIn.Script(StandInReply.RetryAfter(TimeSpan.FromSeconds(1)));

        await h.Sender.SendAsync(Messages.Plan());

        var requests = h.StandIn.Requests;
        Assert.Equal([429, 202], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Send_RateLimitResetBeyondMaxWait_FailsWithoutWaiting()
    {
        h.StandIn.Script(StandInReply.RateLimited(TimeSpan.FromHours(1)));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<EmailUnavailableException>(() => h.Sender.SendAsync(Messages.Plan()));

        Assert.Single(h.StandIn.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Send_ServerErrors_AreRetriedWithBackoffThenSucceed()
    {
        h.StandIn.Script(StandInReply.ServerError, StandInReply.ServerError);

        var outcome = await h.Sender.SendAsync(Messages.Plan());

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        Assert.Equal([500, 500, 202], h.StandIn.Requests.Select(r => r.Status));
        Assert.Single(h.StandIn.Delivered);
    }

    [Fact]
    public async Task Send_HungRequest_TimesOutAndIsRetried()
    {
        h.StandIn.Script(StandInReply.Hang);

        var outcome = await h.Sender.SendAsync(Messages.Plan());

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        Assert.Equal([null, 202], h.StandIn.Requests.Select(r => r.Status));
        Assert.True(h.StandIn.Requests[1].At - h.StandIn.Requests[0].At >= TimeSpan.FromMilliseconds(450), "the retry must wait for the attempt timeout");
    }

    [Fact]
    public async Task Send_ServerErrorsBeyondRetries_StopsAfterBoundedAttemptsAndALaterSendDeliversOnce()
    {
        h.StandIn.Script(Enumerable.Repeat(StandInReply.ServerError, 5).ToArray());
        var message = Messages.Plan();

        await Assert.ThrowsAsync<EmailUnavailableException>(() => h.Sender.SendAsync(message));
        Assert.Equal(5, h.StandIn.Requests.Count); // MaxRetries (4) + 1, and no more
        Assert.NotNull(await h.Documents.GetAsync($"emails/{message.MessageId}/claim-1.failed.json"));

        // The claim of the failed attempt does not block a later run (an operator's restart, a rewind).
        var outcome = await h.Sender.SendAsync(message);

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        Assert.Single(h.StandIn.Delivered);
        Assert.NotNull(await h.Documents.GetAsync($"emails/{message.MessageId}/claim-2.json"));
    }

    [Fact]
    public async Task Send_SameMessageAgain_IsNotSentTwice()
    {
        var message = Messages.Plan();

        var first = await h.Sender.SendAsync(message);
        var second = await h.Sender.SendAsync(message);

        Assert.Equal(EmailSendOutcome.Sent, first);
        Assert.Equal(EmailSendOutcome.AlreadySent, second);
        Assert.Single(h.StandIn.Requests);
    }

    [Fact]
    public async Task Send_SameMessageConcurrently_IsDeliveredOnce()
    {
        // The first request is held, so the other executions find a live claim and must wait for its outcome.
        // The attempt timeout is far above the hold: with the harness's 500 ms, a loaded CI machine let the
        // held attempt time out and the HTTP pipeline retry it, which is a second request by design.
        await using var patient = await EmailHarness.StartAsync(new Dictionary<string, string?> { ["SendGrid:AttemptTimeout"] = "00:00:05" });
        patient.StandIn.Script(StandInReply.AcceptedAfter(TimeSpan.FromMilliseconds(300)));
        var message = Messages.Plan();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => patient.Sender.SendAsync(message))));

        Assert.Single(outcomes, o => o == EmailSendOutcome.Sent);
        Assert.Equal(7, outcomes.Count(o => o == EmailSendOutcome.AlreadySent));
        Assert.Single(patient.StandIn.Requests);
    }

    [Fact]
    public async Task Send_ClaimLeftByACrashedExecution_IsTakenOverOnlyAfterTheLease()
    {
        await using var shortLease = await EmailHarness.StartAsync(new Dictionary<string, string?>
        {
            ["SendGrid:TotalTimeout"] = "00:00:00.800",
            ["SendGrid:ClaimLease"] = "00:00:01.500",
        });
        var message = Messages.Plan();
        // What a host that died mid-send leaves behind: a pending claim and no outcome.
        var claimedAt = DateTimeOffset.UtcNow;
        await shortLease.Documents.TryCreateAsync($"emails/{message.MessageId}/claim-1.json",
            JsonSerializer.SerializeToUtf8Bytes(new { Attempt = 1, At = claimedAt }), "application/json");

        var outcome = await shortLease.Sender.SendAsync(message);

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        var request = Assert.Single(shortLease.StandIn.Requests);
        Assert.True(request.At - claimedAt >= TimeSpan.FromMilliseconds(1500), $"sent {request.At - claimedAt} after the claim, inside its lease");
        Assert.Contains(shortLease.Log.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("sending again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_WrongApiKey_IsRejectedNotRetried()
    {
        await using var wrongKey = await EmailHarness.StartAsync(new Dictionary<string, string?> { ["SendGrid:ApiKey"] = "SG.wrong" });

        var ex = await Assert.ThrowsAsync<EmailRejectedException>(() => wrongKey.Sender.SendAsync(Messages.Plan()));

        Assert.Equal(401, ex.StatusCode);
        Assert.Single(wrongKey.StandIn.Requests);
    }

    [Fact]
    public void ToSendGrid_HostileNames_StayInsideTheirJsonStrings()
    {
        var message = Messages.Plan() with { To = new EmailAddress("ana@example.com", "Ana \"}], \"from\": {\"email\": \"x@evil.example\""), Subject = "Plan </script>" };

        var body = JsonDocument.Parse(SendGridEmailSender.ToSendGrid(message, new EmailOptions()).Serialize()).RootElement;

        Assert.Empty(SendGridContract.Validate(body));
        Assert.Equal("plans@delegation.example", body.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal(message.To.Name, body.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void RateLimitWait_PrefersRetryAfterThenReset()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        using var reset = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        reset.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "1700000007");
        using var both = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        both.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "1700000007");
        both.Headers.TryAddWithoutValidation("Retry-After", "3");
        using var past = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        past.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "1699999990");
        using var none = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);

        Assert.Equal(TimeSpan.FromSeconds(7), SendGridResilience.RateLimitWait(reset, now));
        Assert.Equal(TimeSpan.FromSeconds(3), SendGridResilience.RateLimitWait(both, now));
        Assert.Equal(TimeSpan.Zero, SendGridResilience.RateLimitWait(past, now));
        Assert.Null(SendGridResilience.RateLimitWait(none, now));
    }

    [Fact]
    public void Options_LeaseNotLongerThanTotalTimeout_IsRefused()
    {
        var options = new SendGridOptions { TotalTimeout = TimeSpan.FromMinutes(2), ClaimLease = TimeSpan.FromMinutes(1) };

        Assert.Contains("ClaimLease", options.Problem(), StringComparison.Ordinal);
        Assert.Null(new SendGridOptions().Problem());
        Assert.Contains("Host", new SendGridOptions { Host = "api.eu.sendgrid.com" }.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void SendGridErrors_Describe_JoinsFieldsAndMessages()
    {
        var body = """{"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from"},{"message":"invalid request","field":null}]}""";

        Assert.Equal("from: The from address does not match a verified Sender Identity.; invalid request", SendGridErrors.Describe(body));
        Assert.Equal("<html>bad gateway</html>", SendGridErrors.Describe("<html>bad gateway</html>"));
        Assert.Equal("(no body)", SendGridErrors.Describe(""));
    }
}
