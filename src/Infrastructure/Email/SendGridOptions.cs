using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// SendGrid settings; email goes through SendGrid only when <see cref="ApiKey"/> is set. The fault
/// settings shape the one retry layer for SendGrid (the HTTP pipeline, see <see cref="SendGridResilience"/>);
/// tests set them in milliseconds.
/// </summary>
public sealed class SendGridOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "SendGrid";

    /// <summary>API key (from Key Vault in Azure).</summary>
    public string? ApiKey { get; set; }

    /// <summary>API base address: <c>https://api.eu.sendgrid.com</c> for EU data residency, a local stand-in in tests.</summary>
    public string? Host { get; set; }

    /// <summary>Retries after the first request (429, 5xx, 408, timeouts, connection failures); at most 10.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff for 5xx and timeouts; doubles each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest backoff between two 5xx/timeout retries.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for a rate-limit reset (429); a later reset fails the send instead of waiting.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>One request's time limit; a hung request counts as a failed attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time limit for one send with all its retries and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a claim without an outcome is taken as "another execution is sending it now". Longer than
    /// <see cref="TotalTimeout"/>, so a live attempt has always finished before its claim may be taken over.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Explains what is wrong with these settings, or null when they are usable.</summary>
    public string? Problem()
    {
        if (!string.IsNullOrWhiteSpace(Host) && !(Uri.TryCreate(Host, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            return "SendGrid:Host must be an absolute http(s) URL.";
        }

        if (MaxRetries is < 0 or > 10)
        {
            return "SendGrid:MaxRetries must be between 0 and 10.";
        }

        if (BaseDelay <= TimeSpan.Zero || MaxDelay < BaseDelay || AttemptTimeout <= TimeSpan.Zero || MaxRateLimitWait < TimeSpan.Zero)
        {
            return "SendGrid:BaseDelay and AttemptTimeout must be positive, MaxDelay at least BaseDelay.";
        }

        if (TotalTimeout < AttemptTimeout || ClaimLease <= TotalTimeout)
        {
            return "SendGrid:TotalTimeout must be at least AttemptTimeout, and ClaimLease longer than TotalTimeout.";
        }

        return null;
    }
}

/// <summary>Refuses inconsistent SendGrid settings at start, naming the setting.</summary>
public sealed class SendGridOptionsValidator : IValidateOptions<SendGridOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SendGridOptions options) =>
        options?.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
