using Delegation.Core.Reports;

namespace Delegation.Core.Tests;

public sealed class ReportMonthTests
{
    [Theory]
    [InlineData("2026-01-01T08:00:00Z", "2025-12")]
    [InlineData("2026-03-01T00:00:00Z", "2026-02")]
    [InlineData("2026-03-31T23:59:59Z", "2026-02")]
    public void Before_IsTheMonthJustEnded(string now, string expected) =>
        Assert.Equal(expected, ReportMonth.Before(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-1")]
    [InlineData("26-11")]
    [InlineData("2026-11-01")]
    [InlineData("november")]
    [InlineData("1999-12")]
    public void TryParse_AnythingButYearDashMonth_IsRefused(string? text) =>
        Assert.False(ReportMonth.TryParse(text, out _));

    [Fact]
    public void TryParse_YearDashMonth_GivesTheMonthsBounds()
    {
        Assert.True(ReportMonth.TryParse("2028-02", out var month));

        Assert.Equal(new DateTimeOffset(2028, 2, 1, 0, 0, 0, TimeSpan.Zero), month.Start);
        Assert.Equal(new DateTimeOffset(2028, 3, 1, 0, 0, 0, TimeSpan.Zero), month.End);
        Assert.Equal(29, month.Days);
        Assert.Equal("2028-02", month.ToString());
    }
}
