using Delegation.Core.Email;

namespace Delegation.Core.Tests;

public sealed class FirstNameTests
{
    [Theory]
    [InlineData("Maya Patel", "Maya")]
    [InlineData("  Dr. Maya  Patel ", "Maya")]
    [InlineData("dr maya patel", "maya")]
    [InlineData("Olivia", "Olivia")]
    [InlineData("Dr.", "Dr.")]
    [InlineData("", "")]
    public void Of_GivesTheFirstNameAfterAnyTitle(string full, string expected) =>
        Assert.Equal(expected, FirstName.Of(full));

    [Fact]
    public void PlanEmail_GreetsTheOwnerByFirstName()
    {
        var (plan, sops) = Samples.ComposePlan(Samples.IntakeOf([Samples.Task()]));

        var message = PlanEmailWriter.Write(plan, sops, new Uri("https://delegation.example/"));

        Assert.StartsWith("Dear Ana,", message.Text[message.Text.IndexOf("Dear", StringComparison.Ordinal)..]);
    }
}
