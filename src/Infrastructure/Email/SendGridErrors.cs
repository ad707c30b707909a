using System.Text.Json;

namespace Delegation.Infrastructure.Email;

/// <summary>Reads SendGrid's error body (<c>{"errors":[{"message":…,"field":…}]}</c>) into one line for the log.</summary>
public static class SendGridErrors
{
    const int MaxLength = 1000;

    /// <summary>"field: message; …", or the raw body (cut short) when it is not SendGrid's error shape.</summary>
    public static string Describe(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no body)";
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                var lines = errors.EnumerateArray().Select(e =>
                {
                    var message = Text(e, "message") ?? "(no message)";
                    return Text(e, "field") is { Length: > 0 } field && field != "null" ? $"{field}: {message}" : message;
                });
                return Cut(string.Join("; ", lines));
            }
        }
        catch (JsonException)
        {
            // not JSON: fall through to the raw body
        }

        return Cut(body);
    }

    static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static string Cut(string s) => s.Length <= MaxLength ? s : s[..MaxLength] + "…";
}
