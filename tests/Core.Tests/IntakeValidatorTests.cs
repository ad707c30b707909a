using Delegation.Core.Intake;

namespace Delegation.Core.Tests;

public sealed class IntakeValidatorTests
{
    [Fact]
    public void Validate_SampleIntake_IsValid()
    {
        var result = IntakeValidator.Validate(Samples.Form());

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        Assert.Equal("t1", result.Intake!.Tasks[0].TaskId);
    }
}
