using Delegation.Core.Locale;

namespace Delegation.Core.Tests;

/// <summary>Dates as the practice's country writes them.</summary>
public sealed class DateWordsTests
{
    static readonly DateOnly March3 = new(2027, 3, 3);

    [Theory]
    [InlineData("US", "Wednesday, March 3, 2027", "Wed, Mar 3", "March 3, 2027")]
    [InlineData("us", "Wednesday, March 3, 2027", "Wed, Mar 3", "March 3, 2027")]
    [InlineData("GB", "Wednesday 3 March 2027", "Wed 3 Mar", "3 March 2027")]
    [InlineData("IE", "Wednesday 3 March 2027", "Wed 3 Mar", "3 March 2027")]
    [InlineData("AU", "Wednesday 3 March 2027", "Wed 3 Mar", "3 March 2027")]
    [InlineData("NZ", "Wednesday 3 March 2027", "Wed 3 Mar", "3 March 2027")]
    [InlineData("DE", "Wednesday 3 March 2027", "Wed 3 Mar", "3 March 2027")]
    [InlineData(null, "Wednesday 3 March 2027", "Wed 3 Mar", "3 March 2027")]
    public void Dates_AreWrittenTheCountrysWay(string? country, string full, string brief, string plain)
    {
        Assert.Equal(full, DateWords.Full(March3, country));
        Assert.Equal(brief, DateWords.Brief(March3, country));
        Assert.Equal(plain, DateWords.Plain(March3, country));
    }

    [Fact]
    public void FullAt_IsTheLocalDateAndTime_InThePracticesZone()
    {
        // 01:30 UTC on 4 March is still the evening of 3 March in Chicago.
        var at = new DateTimeOffset(2027, 3, 4, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal("Wednesday, March 3, 2027, 19:30", DateWords.FullAt(at, "America/Chicago", "US"));
        Assert.Equal("Thursday 4 March 2027, 01:30", DateWords.FullAt(at, "Europe/London", "GB"));
        Assert.Equal("Wed, Mar 3", DateWords.BriefOn(at, "America/Chicago", "US"));
    }

    [Theory]
    [InlineData("US", "counseling")]
    [InlineData("GB", "counselling")]
    [InlineData("CA", "counselling")]
    public void Counselling_IsSpelledForTheCountry(string country, string expected) =>
        Assert.Equal(expected, Spelling.Counselling(country));
}
