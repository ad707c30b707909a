namespace Delegation.Core.Workflow;

/// <summary>Where the product is reached from outside; links in emails are built from it.</summary>
public sealed class AppOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "App";

    /// <summary>Public base address, ending in '/'.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:7071/");
}
