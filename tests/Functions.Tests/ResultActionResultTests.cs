using Delegation.Api;
using Delegation.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Delegation.Functions.Tests;

public sealed class ResultActionResultTests
{
    [Fact]
    public async Task ExecuteResult_WritesTheWrappedResult_ToTheResponse()
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        http.Response.Body = body;

        await new ResultActionResult(PlanApi.Health()).ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.StartsWith("application/json", http.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal("""{"status":"Healthy"}""", System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public void WorkerSerializer_SendsTheHostAnEmptyObject_NotTheWrappedDocument()
    {
        var serializer = WorkerSerializer.Create();
        var sop = TypedResults.Bytes(System.Text.Encoding.UTF8.GetBytes("# SOP: a long document"), "text/markdown");

        // The worker serializes every return value for the host, which ignores it under ASP.NET Core integration.
        var wrapped = serializer.Serialize(new ResultActionResult(sop)).ToString();
        var bare = serializer.Serialize(sop).ToString();

        Assert.Equal("{}", wrapped);
        Assert.Contains(Convert.ToBase64String(sop.FileContents.ToArray()), bare, StringComparison.Ordinal);
    }
}
