using System.Text.Json;
using Delegation.Core.Intake;
using Delegation.Core.Plans;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Delegation.Api;

/// <summary>Reads an intake from a request: media type, size and JSON checked before validation.</summary>
public static class IntakeReader
{
    /// <summary>Either the validated intake or the problem to answer with.</summary>
    public sealed record Result(Intake? Intake, IResult? Problem);

    /// <summary>Reads and validates the body of <paramref name="request"/>.</summary>
    public static async Task<Result> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return new(null, Problems.UnsupportedMediaType());
        }

        if (request.ContentLength > IntakeLimits.MaxBodyBytes)
        {
            return new(null, Problems.TooLarge(IntakeLimits.MaxBodyBytes));
        }

        byte[]? body;
        try
        {
            body = await ReadLimitedAsync(request.Body, IntakeLimits.MaxBodyBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server reads chunked bodies ahead of us, so its own (larger) limit can trip first.
            body = null;
        }

        if (body is null)
        {
            return new(null, Problems.TooLarge(IntakeLimits.MaxBodyBytes));
        }

        IntakeForm? form;
        try
        {
            form = JsonSerializer.Deserialize<IntakeForm>(body, PlanJson.Options);
        }
        catch (JsonException ex)
        {
            return new(null, Problems.Validation(new Dictionary<string, string[]> { [FieldOf(ex)] = [Explain(ex)] }));
        }

        var validation = IntakeValidator.Validate(form);
        return validation.IsValid ? new(validation.Intake, null) : new(null, Problems.Validation(validation.Errors));
    }

    static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        && (!media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // "$.tasks[0].stress" becomes "tasks[0].stress"; the JSON reader's own message is not echoed,
    // it can quote the input and names .NET types.
    static string FieldOf(JsonException ex) =>
        ex.Path is null or "$" ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;

    static string Explain(JsonException ex) =>
        ex.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Is not a field of the intake."
        : ex.Message.Contains("maximum configured depth", StringComparison.Ordinal) ? "Is nested too deeply."
        : ex.LineNumber is { } line && ex.Path is null or "$"
            ? $"The body is not valid JSON (line {line + 1}, position {ex.BytePositionInLine + 1})."
            : "Has the wrong type or is not valid JSON.";
}
