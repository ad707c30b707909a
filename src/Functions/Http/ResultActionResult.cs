using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Delegation.Functions.Http;

/// <summary>
/// Runs the shared API's <see cref="IResult"/> on the proxied ASP.NET Core response. The worker also
/// JSON-serializes every return value for the host, which ignores it under ASP.NET Core integration;
/// wrapped, that copy is <c>{}</c> rather than a second serialization of a plan or a SOP's bytes.
/// </summary>
public sealed class ResultActionResult(IResult result) : IActionResult
{
    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
