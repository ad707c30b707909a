using Delegation.Integration.Tests.Fixtures;

namespace Delegation.Browser.Tests;

/// <summary>Where the tests save the README's pictures.</summary>
internal static class Screenshots
{
    /// <summary>
    /// docs/screenshots with UPDATE_SCREENSHOTS=1, so a deliberate run refreshes the README; otherwise the temp
    /// folder, so an ordinary test run never changes the repository.
    /// </summary>
    public static string Dir { get; } = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
        ? System.IO.Path.Combine(RepoPaths.Root, "docs", "screenshots")
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "delegation-screenshots");

    /// <summary>The path of one picture.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Dir, name);
}
