namespace Delegation.Core.Tests;

/// <summary>A clock that says what the test says, for activities that stamp what they record.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
