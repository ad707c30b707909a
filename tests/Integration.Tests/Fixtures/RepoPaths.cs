namespace Delegation.Integration.Tests.Fixtures;

/// <summary>Paths in the checkout the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The standalone host built in the same configuration as these tests.</summary>
    public static string StandaloneDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release" : "Debug";
            var dll = Path.Combine(Root, "src", "Standalone", "bin", configuration, "net10.0", "Delegation.Standalone.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the standalone host is missing.", dll);
        }
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Delegation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Delegation.sln not found above " + AppContext.BaseDirectory);
    }
}
