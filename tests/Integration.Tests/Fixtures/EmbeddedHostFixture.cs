namespace Delegation.Integration.Tests.Fixtures;

/// <summary>One embedded standalone host shared by a test class whose tests leave no state behind.</summary>
public sealed class EmbeddedHostFixture : IAsyncLifetime
{
    public StandaloneHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await StandaloneHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
