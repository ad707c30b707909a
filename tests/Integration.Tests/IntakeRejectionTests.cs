using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Integration.Tests;

/// <summary>Bad input gets a clear 4xx naming the field and starts nothing.</summary>
public sealed class IntakeRejectionTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    readonly StandaloneHost host = fixture.Host;

    public static TheoryData<string, string[]> InvalidIntakes()
    {
        var data = new TheoryData<string, string[]>();
        void Add(Action<JsonObject> change, params string[] fields)
        {
            var intake = Intakes.Realistic();
            change(intake);
            data.Add(intake.ToJsonString(), fields);
        }

        Add(i => i["practice"]!["email"] = "not-an-email", "practice.email");
        Add(i => i["practice"]!["email"] = "ana@example.com\r\nBcc: all@example.com", "practice.email");
        Add(i => i["practice"]!["timeZone"] = "Mars/Olympus", "practice.timeZone");
        Add(i => i["tasks"]![0]!["category"] = "surgery", "tasks[0].category");
        Add(i => i["tasks"]![1]!["stress"] = 9, "tasks[1].stress");
        Add(i => { i["tasks"]![2]!["hoursPerWeek"] = -1; i["budget"]!["monthly"] = -5; }, "tasks[2].hoursPerWeek", "budget.monthly");
        Add(i => i["tasks"] = new JsonArray(), "tasks");
        Add(i => i["preferences"]!["startWith"] = 7, "preferences.startWith");
        Add(i => i.Remove("practice"), "practice");
        Add(i => i["tasks"]![0]!["stress"] = "high", "tasks[0].stress");
        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidIntakes))]
    public async Task Intake_Invalid_Is400NamingEveryFieldAndStartsNothing(string body, string[] fields)
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field} in {errors}");
            Assert.NotEmpty(messages.EnumerateArray());
        }

        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task Intake_MalformedJson_Is400()
    {
        using var response = await host.Http.PostAsync("api/intake", Intakes.Json("{\"practice\": {\"name\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task Intake_UnknownField_Is400NamingIt()
    {
        var intake = Intakes.Realistic();
        intake["tasks"]![0]!["hoursPerWek"] = 3;

        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.Contains("tasks[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Intake_Over256KB_Is413()
    {
        var intake = Intakes.Realistic();
        intake["tasks"]![0]!["notes"] = new string('x', 300 * 1024);

        using var response = await host.Http.PostAsync("api/intake", Intakes.Json(intake));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertNothingStartedAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task Intake_WrongMediaType_Is415(string mediaType)
    {
        var content = new StringContent(Intakes.Realistic().ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);

        using var response = await host.Http.PostAsync("api/intake", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertNothingStartedAsync();
    }

    async Task AssertNothingStartedAsync()
    {
        // Give a wrongly started pipeline time to write something before looking.
        await Task.Delay(300);
        Assert.False(Directory.Exists(Path.Combine(host.BlobsDir, "plans")), "a plan folder was written");
        Assert.False(Directory.Exists(host.OutboxDir) && Directory.EnumerateFiles(host.OutboxDir).Any(), "an email was written");
    }
}
