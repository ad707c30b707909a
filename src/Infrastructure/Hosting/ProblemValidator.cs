using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure.Hosting;

/// <summary>Validates options with their own <c>Problem()</c>, which names the setting that is wrong.</summary>
/// <typeparam name="TOptions">The options class.</typeparam>
/// <param name="problem">What is wrong with the options, or null when they are usable.</param>
public sealed class ProblemValidator<TOptions>(Func<TOptions, string?> problem) : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        problem(options) is { } message ? ValidateOptionsResult.Fail(message) : ValidateOptionsResult.Success;
}
