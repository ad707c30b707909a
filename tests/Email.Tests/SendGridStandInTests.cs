using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Delegation.Email.Tests.StandIn;

namespace Delegation.Email.Tests;

/// <summary>The stand-in's contract check can fail: bodies SendGrid would refuse are refused here too.</summary>
public sealed class SendGridStandInTests : IAsyncLifetime
{
    SendGridStandIn standIn = null!;
    HttpClient http = null!;

    public async Task InitializeAsync()
    {
        standIn = await SendGridStandIn.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(standIn.Host) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SendGridStandIn.ApiKey);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await standIn.DisposeAsync();
    }

    static JsonObject Valid() => new()
    {
        ["personalizations"] = new JsonArray(new JsonObject { ["to"] = new JsonArray(new JsonObject { ["email"] = "ana@example.com" }) }),
        ["from"] = new JsonObject { ["email"] = "plans@delegation.example", ["name"] = "Delegation" },
        ["subject"] = "Your plan",
        ["content"] = new JsonArray(new JsonObject { ["type"] = "text/plain", ["value"] = "Hello" }),
    };

    [Fact]
    public async Task MailSend_ValidBody_Is202()
    {
        using var response = await PostAsync(Valid());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(standIn.Violations);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("personalizations")]
    public async Task MailSend_MissingRequiredProperty_Is400NamingIt(string property)
    {
        var body = Valid();
        body.Remove(property);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(property, errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"email":"not an address"}""", "/from")]
    [InlineData("""{"name":"no address"}""", "/from")]
    public async Task MailSend_BadFromAddress_Is400(string from, string location)
    {
        var body = Valid();
        body["from"] = JsonNode.Parse(from);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(standIn.Violations, v => v.StartsWith(location, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MailSend_MessageLevelCustomArgsObject_Is400BecauseTheSchemaSaysString()
    {
        var body = Valid();
        body["custom_args"] = new JsonObject { ["planId"] = "p" };

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MailSend_AttachmentNotBase64OrHtmlBeforeText_Is400()
    {
        var attachment = Valid();
        attachment["attachments"] = new JsonArray(new JsonObject { ["content"] = "not base64!", ["filename"] = "a.html" });
        var order = Valid();
        order["content"] = new JsonArray(new JsonObject { ["type"] = "text/html", ["value"] = "<p>Hi</p>" }, new JsonObject { ["type"] = "text/plain", ["value"] = "Hi" });

        using var first = await PostAsync(attachment);
        using var second = await PostAsync(order);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task MailSend_WithoutApiKey_Is401()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(standIn.Host) };
        using var response = await anonymous.PostAsync("v3/mail/send", new StringContent(Valid().ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Contract_IsSendGridsOwnDescription_FromSharedBesideTheCheckout()
    {
        var openApi = JsonNode.Parse(File.ReadAllText(SendGridContract.FilePath))!.AsObject();

        var schema = SendGridContract.ExtractRequestSchema(openApi);

        Assert.EndsWith(Path.Combine("shared", "contracts", "sendgrid", "tsg_mail_v3.json"), SendGridContract.FilePath, StringComparison.Ordinal);
        Assert.Equal(["personalizations", "from"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.DoesNotContain("#/components/", schema.ToJsonString(), StringComparison.Ordinal);
    }

    Task<HttpResponseMessage> PostAsync(JsonObject body) =>
        http.PostAsync("v3/mail/send", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
}
