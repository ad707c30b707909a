using Delegation.Core.Workflow;
using Delegation.Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Tests;

public sealed class PublicBaseUrlTests
{
    static readonly Uri Loopback = new("http://localhost:7071/");

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("localhost", false)]
    [InlineData("LocalHost", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.8.9.10", false)]
    [InlineData("::1", false)]
    [InlineData("[::1]", false)]
    [InlineData("*", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::", true)]
    [InlineData("[::]", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("delegation.internal", true)]
    public void ListensBeyondLoopback_ByListenAddress(string? host, bool beyond) =>
        Assert.Equal(beyond, PublicBaseUrl.ListensBeyondLoopback(host));

    [Theory]
    [InlineData("*", "http://localhost:7071/")]
    [InlineData("0.0.0.0", "http://127.0.0.1:8080/")]
    [InlineData("10.0.0.5", "http://127.4.0.1/")]
    [InlineData("*", "http://[::1]:7071/")]
    [InlineData("*", "https://LOCALHOST/")]
    public void Refusal_ProductionBeyondLoopbackWithLoopbackBaseUrl_NamesTheSettingAndItsValue(string host, string baseUrl)
    {
        var refusal = PublicBaseUrl.Refusal(host, "Production", new Uri(baseUrl), isSet: true);

        Assert.NotNull(refusal);
        Assert.StartsWith("App:BaseUrl is ", refusal, StringComparison.Ordinal);
        Assert.Contains(new Uri(baseUrl).ToString(), refusal, StringComparison.Ordinal);
        Assert.Contains($"Standalone:Host is '{host}'", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_Unset_SaysItIsNotSetAndWhereLinksWouldPoint()
    {
        var refusal = PublicBaseUrl.Refusal("*", "production", Loopback, isSet: false);

        Assert.NotNull(refusal);
        Assert.StartsWith("App:BaseUrl is not set, so emailed links would start with http://localhost:7071/", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost", "Production", "http://localhost:7071/")]
    [InlineData("127.0.0.1", "Production", "http://localhost:7071/")]
    [InlineData("*", "Development", "http://localhost:7071/")]
    [InlineData("*", "Staging", "http://localhost:7071/")]
    [InlineData("*", "Production", "https://delegation.example.com/")]
    [InlineData("0.0.0.0", "Production", "http://10.0.0.5:7071/")]
    [InlineData("*", "Production", "https://localhost.example.com/")]
    public void Refusal_AnyOtherCombination_LetsTheHostStart(string host, string environment, string baseUrl) =>
        Assert.Null(PublicBaseUrl.Refusal(host, environment, new Uri(baseUrl), isSet: true));

    [Theory]
    [InlineData(null, "func-delegation-abc.azurewebsites.net", "https://func-delegation-abc.azurewebsites.net/")]
    [InlineData("", "func-delegation-abc.azurewebsites.net", "https://func-delegation-abc.azurewebsites.net/")]
    [InlineData(null, "localhost:7071", "http://localhost:7071/")]
    [InlineData("https://plans.example.com/", "func-delegation-abc.azurewebsites.net", null)]
    [InlineData(null, null, null)]
    [InlineData(null, " ", null)]
    public void AzureDefault_OnlyWhenUnsetAndOnAzure(string? configured, string? websiteHostName, string? expected) =>
        Assert.Equal(expected is null ? null : new Uri(expected), PublicBaseUrl.AzureDefault(configured, websiteHostName));

    [Theory]
    [InlineData(null, "https://func-delegation-abc.azurewebsites.net/")]
    [InlineData("https://plans.example.com/", "https://plans.example.com/")]
    public void AddAzureBaseUrlDefault_BoundAppOptions_UseTheSiteHostNameUnlessTheSettingIsGiven(string? configured, string expected)
    {
        var settings = new Dictionary<string, string?> { ["WEBSITE_HOSTNAME"] = "func-delegation-abc.azurewebsites.net" };
        if (configured is not null)
        {
            settings["App:BaseUrl"] = configured;
        }

        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddDelegationCore()
            .AddAzureBaseUrlDefault()
            .BuildServiceProvider();

        Assert.Equal(new Uri(expected), services.GetRequiredService<IOptions<AppOptions>>().Value.BaseUrl);
    }
}
